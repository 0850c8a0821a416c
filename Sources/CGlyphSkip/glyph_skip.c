// Interposers for cairo_show_glyphs and cairo_glyph_path.
//
// poppler-glib draws a page's text through cairo_show_glyphs (filled text) and
// cairo_glyph_path (stroked text, such as WPS's fake bold, and text used as a clip), which
// libpoppler-glib calls through its PLT. A definition in the executable comes first in the
// dynamic linker's search order, so poppler's calls arrive here; these forward to libcairo's
// (found with dlsym(RTLD_NEXT)) unless the calling thread has turned skipping on. libcairo's
// own internal calls use hidden aliases and never arrive here. Any other caller in the
// process sees cairo unchanged. If the interposition does not take (a linker that does not
// export the symbols), nothing breaks: glyphs are drawn, and the PDF reader paints them out.
//
// Skipping the glyph path leaves stroked text undrawn and makes a text clip empty (what is
// drawn inside it until the graphics state is restored is left out too: only what the page
// meant to show through the letters). Not drawing glyphs also means cairo never creates a
// scaled font for them; its cache of 256 recently used scaled fonts would otherwise keep each
// document's embedded fonts (hundreds of KB each) alive long after the document is closed.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>
#include "glyph_skip.h"

typedef struct _cairo cairo_t;
typedef struct { unsigned long index; double x; double y; } cairo_glyph_t;
typedef void (*glyphs_fn)(cairo_t *, const cairo_glyph_t *, int);

static _Thread_local int skipping;
static _Thread_local unsigned long calls;

void nianbao_glyph_skip_set(int on) { skipping = on; }

unsigned long nianbao_glyph_skip_calls(void) { return calls; }

/// libcairo's own function called `name`, looked up once into `slot`.
static glyphs_fn next_in_cairo(glyphs_fn *slot, const char *name) {
    glyphs_fn next = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
    if (next == NULL) {
        next = (glyphs_fn)dlsym(RTLD_NEXT, name);
        if (next != NULL) __atomic_store_n(slot, next, __ATOMIC_RELEASE);
    }
    return next;
}

void cairo_show_glyphs(cairo_t *cr, const cairo_glyph_t *glyphs, int num_glyphs) {
    calls++;
    if (skipping) return;
    static glyphs_fn real;
    glyphs_fn next = next_in_cairo(&real, "cairo_show_glyphs");
    if (next != NULL) next(cr, glyphs, num_glyphs);  // NULL: no libcairo after us, nothing to draw with
}

void cairo_glyph_path(cairo_t *cr, const cairo_glyph_t *glyphs, int num_glyphs) {
    calls++;
    if (skipping) return;
    static glyphs_fn real;
    glyphs_fn next = next_in_cairo(&real, "cairo_glyph_path");
    if (next != NULL) next(cr, glyphs, num_glyphs);
}
