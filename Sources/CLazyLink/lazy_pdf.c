/* poppler-glib, cairo and glib through their wrappers (see include/lazy_pdf.h). */
#include "lazy_internal.h"

NIANBAO_PDF_FUNCTIONS(NIANBAO_POINTER_F, NIANBAO_POINTER_V)
NIANBAO_PDF_FUNCTIONS(NIANBAO_WRAPPER_F, NIANBAO_WRAPPER_V)

int nianbao_lazy_resolve_pdf(void *library, char *why, size_t why_size) {
    NIANBAO_PDF_FUNCTIONS(NIANBAO_RESOLVE_F, NIANBAO_RESOLVE_V)
    return 0;
}

static void drop_log(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data) {
    (void)domain; (void)level; (void)message; (void)data;
}

void nianbao_poppler_silence_log(void) {
    p_g_log_set_handler("Poppler", (GLogLevelFlags)(G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION),
                        drop_log, NULL);
}
