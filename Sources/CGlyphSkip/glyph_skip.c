// An interposer for cairo_show_glyphs.
//
// poppler-glib draws a page's text through cairo_show_glyphs, which libpoppler-glib calls
// through its PLT. A definition in the executable comes first in the dynamic linker's search
// order, so poppler's calls arrive here; this one forwards to libcairo's (found with
// dlsym(RTLD_NEXT)) unless the calling thread has turned skipping on. libcairo's own internal
// calls use hidden aliases and never arrive here. Any other caller in the process sees cairo
// unchanged. If the interposition does not take (a linker that does not export the symbol),
// nothing breaks: glyphs are drawn, and the PDF reader paints them out as before.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>
#include "glyph_skip.h"

typedef struct _cairo cairo_t;
typedef struct { unsigned long index; double x; double y; } cairo_glyph_t;
typedef void (*show_glyphs_fn)(cairo_t *, const cairo_glyph_t *, int);

static _Thread_local int skipping;
static _Thread_local unsigned long calls;

void nianbao_glyph_skip_set(int on) { skipping = on; }

unsigned long nianbao_glyph_skip_calls(void) { return calls; }

void cairo_show_glyphs(cairo_t *cr, const cairo_glyph_t *glyphs, int num_glyphs) {
    calls++;
    if (skipping) return;
    static show_glyphs_fn real;
    show_glyphs_fn next = __atomic_load_n(&real, __ATOMIC_ACQUIRE);
    if (next == NULL) {
        next = (show_glyphs_fn)dlsym(RTLD_NEXT, "cairo_show_glyphs");
        if (next == NULL) return;  // no libcairo after us: nothing could have drawn them
        __atomic_store_n(&real, next, __ATOMIC_RELEASE);
    }
    next(cr, glyphs, num_glyphs);
}
