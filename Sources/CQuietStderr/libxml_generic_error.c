// libxml2's generic error handler for nianbao's threads: it keeps the first message instead
// of printing it on stderr (libxml2's default). libxml2 raises encoding errors there, outside
// any parser context, so the readers' own structured handlers never see them; the DOCX reader
// names the kept message when the parser's own error says no more than that it failed.
// Installed per thread by CLibXML's shim (libxml2's handlers are per thread).
#include <stdarg.h>
#include <stdio.h>
#include "libxml_generic_error.h"

static _Thread_local char first[240];

void nianbao_xml_keep_generic_error(void *context, const char *message, ...) {
    (void)context;
    // libxml2 calls the handler once per piece of a message: only the first piece is kept.
    if (first[0] != 0 || message == NULL) return;
    va_list args;
    va_start(args, message);
    vsnprintf(first, sizeof first, message, args);
    va_end(args);
}

void nianbao_xml_generic_reset(void) { first[0] = 0; }

const char *nianbao_xml_generic_message(void) { return first; }
