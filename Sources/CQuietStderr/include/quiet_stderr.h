#ifndef NIANBAO_QUIET_STDERR_H
#define NIANBAO_QUIET_STDERR_H

/// While on (for the calling thread only), what a library writes to stderr through stdio is
/// dropped. The PDF reader turns it on around its poppler calls: poppler-glib's cairo font
/// code prints `some font thing failed` with a plain fprintf(stderr, …), with no callback to
/// catch it, and nianbao's standard error is for its own one line. Other threads, and this
/// thread outside those calls, write to stderr unchanged.
void nianbao_quiet_stderr_set(int on);

#endif
