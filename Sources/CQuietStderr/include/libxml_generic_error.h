#ifndef NIANBAO_LIBXML_GENERIC_ERROR_H
#define NIANBAO_LIBXML_GENERIC_ERROR_H

/// A libxml2 generic error handler (xmlGenericErrorFunc) that keeps the calling thread's
/// first message since the last reset instead of printing it.
void nianbao_xml_keep_generic_error(void *context, const char *message, ...);

/// Forgets the calling thread's kept message.
void nianbao_xml_generic_reset(void);

/// The calling thread's kept message, "" when none.
const char *nianbao_xml_generic_message(void);

#endif
