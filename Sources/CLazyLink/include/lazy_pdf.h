#ifndef NIANBAO_LAZY_PDF_H
#define NIANBAO_LAZY_PDF_H
#include <poppler.h>
#include <cairo.h>
#include <glib.h>
#include <glib-object.h>

/* F(return type, function, parameters, arguments) for every poppler-glib, cairo and glib
   function the PDF reader calls; V(function, parameters, arguments) for those returning void. */
#define NIANBAO_PDF_FUNCTIONS(F, V) \
    F(PopplerDocument *, poppler_document_new_from_bytes, (GBytes *bytes, const char *password, GError **error), (bytes, password, error)) \
    F(int, poppler_document_get_n_pages, (PopplerDocument *document), (document)) \
    F(PopplerPage *, poppler_document_get_page, (PopplerDocument *document, int index), (document, index)) \
    F(GQuark, poppler_error_quark, (void), ()) \
    V(poppler_page_get_size, (PopplerPage *page, double *width, double *height), (page, width, height)) \
    F(char *, poppler_page_get_text, (PopplerPage *page), (page)) \
    F(gboolean, poppler_page_get_text_layout, (PopplerPage *page, PopplerRectangle **rectangles, guint *n), (page, rectangles, n)) \
    F(GList *, poppler_page_get_text_attributes, (PopplerPage *page), (page)) \
    V(poppler_page_free_text_attributes, (GList *list), (list)) \
    V(poppler_page_render, (PopplerPage *page, cairo_t *cairo), (page, cairo)) \
    F(cairo_t *, cairo_create, (cairo_surface_t *target), (target)) \
    V(cairo_destroy, (cairo_t *cr), (cr)) \
    F(cairo_surface_t *, cairo_image_surface_create, (cairo_format_t format, int width, int height), (format, width, height)) \
    F(unsigned char *, cairo_image_surface_get_data, (cairo_surface_t *surface), (surface)) \
    F(int, cairo_image_surface_get_width, (cairo_surface_t *surface), (surface)) \
    F(int, cairo_image_surface_get_height, (cairo_surface_t *surface), (surface)) \
    F(int, cairo_image_surface_get_stride, (cairo_surface_t *surface), (surface)) \
    V(cairo_paint, (cairo_t *cr), (cr)) \
    V(cairo_scale, (cairo_t *cr, double sx, double sy), (cr, sx, sy)) \
    V(cairo_set_source_rgb, (cairo_t *cr, double red, double green, double blue), (cr, red, green, blue)) \
    V(cairo_surface_destroy, (cairo_surface_t *surface), (surface)) \
    V(cairo_surface_flush, (cairo_surface_t *surface), (surface)) \
    F(cairo_status_t, cairo_surface_status, (cairo_surface_t *surface), (surface)) \
    F(GBytes *, g_bytes_new, (gconstpointer data, gsize size), (data, size)) \
    V(g_bytes_unref, (GBytes *bytes), (bytes)) \
    V(g_error_free, (GError *error), (error)) \
    V(g_free, (gpointer mem), (mem)) \
    F(guint, g_log_set_handler, (const gchar *domain, GLogLevelFlags levels, GLogFunc function, gpointer data), (domain, levels, function, data)) \
    V(g_object_unref, (gpointer object), (object))

#define NIANBAO_DECLARE_F(ret, name, params, args) __typeof__(name) nb_##name;
#define NIANBAO_DECLARE_V(name, params, args) __typeof__(name) nb_##name;
NIANBAO_PDF_FUNCTIONS(NIANBAO_DECLARE_F, NIANBAO_DECLARE_V)

/* poppler-glib reports poppler's error() through g_log in the "Poppler" domain (at INFO level,
   which G_MESSAGES_DEBUG would print): every level of that domain is dropped. */
void nianbao_poppler_silence_log(void);
#endif
