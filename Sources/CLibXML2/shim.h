// libxml2 for Swift. Debian builds libxml2 with ICU, whose headers clash with the
// copy of ICU that Foundation ships (_FoundationICU). quoth never touches the ICU
// parts of libxml2 (only pointers to encoding handlers), so they are left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/parserInternals.h>
