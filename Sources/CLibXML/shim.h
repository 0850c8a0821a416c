#ifndef NIANBAO_CLIBXML_SHIM_H
#define NIANBAO_CLIBXML_SHIM_H
/* Debian's libxml2 is built with ICU; its encoding.h pulls in <unicode/ucnv.h>, which clashes
   with Foundation's own ICU module. Reading xmlversion.h first and dropping the flag avoids it. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/HTMLparser.h>

/* xmlFree is a C global function pointer, which Swift 6 rejects as not concurrency-safe. */
static inline void nianbao_xmlFree(void *p) { xmlFree(p); }

/* Defined in CQuietStderr (libxml_generic_error.c): a generic error handler that keeps the
   thread's first message instead of printing it on stderr, its reset, and the message kept. */
void nianbao_xml_keep_generic_error(void *context, const char *message, ...);
void nianbao_xml_generic_reset(void);
const char *nianbao_xml_generic_message(void);

/* For the calling thread (libxml2's error handlers are per thread): generic errors kept, not
   printed; no structured handler but the readers' own. */
static inline void nianbao_xmlSilenceThread(void) {
    xmlSetGenericErrorFunc(NULL, nianbao_xml_keep_generic_error);
    nianbao_xml_generic_reset();
    xmlSetStructuredErrorFunc(NULL, NULL);
}

/* Safe parser options: no network, no entity substitution, no DTD loading, no huge documents. */
static inline int nianbao_xmlSafeOptions(void) {
    return XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
}
/* Safe HTML parser options: recover from the tag soup of real pages, no network, libxml2's own
   error and warning printing off (errors reach the structured handler only). */
static inline int nianbao_htmlSafeOptions(void) {
    return HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING;
}
#endif
