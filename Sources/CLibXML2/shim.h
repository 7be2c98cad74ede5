#include <stddef.h>
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, and encoding.h then includes the system's <unicode/ucnv.h>.
 * Foundation carries its own ICU module, and clang refuses two definitions of UErrorCode in
 * one Swift module. We never touch the ICU fields of xmlCharEncodingHandler (only pointers
 * to it), so libxml2 is seen here without its ICU part. */
#undef LIBXML_ICU_ENABLED
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/xmlsave.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
