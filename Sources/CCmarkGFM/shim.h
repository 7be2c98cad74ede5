#include <stddef.h>
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

/* The GFM extensions' node types: exported by libcmark-gfm-extensions and assigned when
   the core extensions register, but declared only in headers Debian does not install. */
extern cmark_node_type CMARK_NODE_TABLE;
extern cmark_node_type CMARK_NODE_TABLE_ROW;
extern cmark_node_type CMARK_NODE_TABLE_CELL;
extern cmark_node_type CMARK_NODE_STRIKETHROUGH;
