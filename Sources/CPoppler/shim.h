#ifndef NIANBAO_CPOPPLER_SHIM_H
#define NIANBAO_CPOPPLER_SHIM_H
#include <poppler.h>
#include <cairo.h>
#include <glib.h>
#include <glib-object.h>

/* A log handler that drops the message. */
static void nianbao_drop_log(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data) {
    (void)domain; (void)level; (void)message; (void)data;
}

/* poppler-glib reports poppler's error() through g_log in the "Poppler" domain (at INFO level,
   which G_MESSAGES_DEBUG would print): every level of that domain is dropped. */
static inline void nianbao_poppler_silence_log(void) {
    g_log_set_handler("Poppler", (GLogLevelFlags)(G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION),
                      nianbao_drop_log, NULL);
}

static inline void nianbao_g_object_unref(void *object) { g_object_unref(object); }
#endif
