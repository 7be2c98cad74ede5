#include <stddef.h>
#include <fontconfig/fontconfig.h>
