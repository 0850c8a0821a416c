#ifndef NIANBAO_CLIBXML_SHIM_H
#define NIANBAO_CLIBXML_SHIM_H
/* Debian's libxml2 is built with ICU; its encoding.h pulls in <unicode/ucnv.h>, which clashes
   with Foundation's own ICU module. Reading xmlversion.h first and dropping the flag avoids it. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>

/* xmlFree is a C global function pointer, which Swift 6 rejects as not concurrency-safe. */
static inline void nianbao_xmlFree(void *p) { xmlFree(p); }

/* Safe parser options: no network, no entity substitution, no DTD loading, no huge documents. */
static inline int nianbao_xmlSafeOptions(void) {
    return XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
}
#endif
