// Interposers for cairo_stroke, cairo_stroke_preserve, cairo_fill and cairo_fill_preserve
// (include/path_capture.h): the PDF reader takes a page's ruling lines from the paths poppler
// draws instead of from pixels. Interposed the way glyph_skip.c interposes the glyph calls;
// every cairo function used here is libcairo's, found with dlsym(RTLD_NEXT), so nothing links
// libcairo (it arrives with poppler-glib, opened by CLazyLink).
#define _GNU_SOURCE
#include <dlfcn.h>
#include <math.h>
#include <stdlib.h>
#include <cairo.h>
#include "path_capture.h"

static _Thread_local void *target;
static _Thread_local nianbao_mark *marks;
static _Thread_local size_t mark_count, mark_capacity;

/// libcairo's function `name` into the static slot `slot`, looked up once (NULL: no libcairo).
#define CAIRO_NEXT(slot, name) \
    static __typeof__(&name) slot##_found; \
    __typeof__(&name) slot = __atomic_load_n(&slot##_found, __ATOMIC_ACQUIRE); \
    if (slot == NULL) { \
        *(void **)&slot = dlsym(RTLD_NEXT, #name); \
        __atomic_store_n(&slot##_found, slot, __ATOMIC_RELEASE); \
    }

void nianbao_capture_begin(void *cr) {
    target = cr;
    mark_count = 0;
}

size_t nianbao_capture_end(void) {
    target = NULL;
    return mark_count;
}

const nianbao_mark *nianbao_capture_marks(void) { return marks; }

int nianbao_capture_interposed(void) {
    return dlsym(RTLD_DEFAULT, "cairo_stroke") == (void *)cairo_stroke
        && dlsym(RTLD_DEFAULT, "cairo_fill") == (void *)cairo_fill;
}

static void add(nianbao_mark m) {
    if (mark_count == mark_capacity) {
        size_t capacity = mark_capacity ? mark_capacity * 2 : 256;
        nianbao_mark *grown = realloc(marks, capacity * sizeof *marks);
        if (grown == NULL) return;  /* out of memory: the mark is lost, the page reads without it */
        marks = grown;
        mark_capacity = capacity;
    }
    marks[mark_count++] = m;
}

/// The grey level of the context's source over white.
static double source_grey(cairo_t *cr) {
    CAIRO_NEXT(get_source, cairo_get_source)
    CAIRO_NEXT(get_type, cairo_pattern_get_type)
    CAIRO_NEXT(get_rgba, cairo_pattern_get_rgba)
    if (!get_source || !get_type || !get_rgba) return 0;
    cairo_pattern_t *source = get_source(cr);
    if (source == NULL || get_type(source) != CAIRO_PATTERN_TYPE_SOLID) return 0;
    double r = 0, g = 0, b = 0, a = 1;
    if (get_rgba(source, &r, &g, &b, &a) != CAIRO_STATUS_SUCCESS) return 0;
    double grey = 0.299 * r + 0.587 * g + 0.114 * b;   /* ITU-R 601, as the pixel reader's */
    return 255.0 * (1.0 - a * (1.0 - grey));
}

/// Records the context's current path: each straight segment of it for a stroke, each
/// subpath's bounding box for a fill.
static void record(cairo_t *cr, int filled) {
    CAIRO_NEXT(copy_path, cairo_copy_path_flat)
    CAIRO_NEXT(destroy_path, cairo_path_destroy)
    CAIRO_NEXT(to_device, cairo_user_to_device)
    CAIRO_NEXT(to_device_distance, cairo_user_to_device_distance)
    CAIRO_NEXT(line_width, cairo_get_line_width)
    CAIRO_NEXT(dash_count, cairo_get_dash_count)
    if (!copy_path || !destroy_path || !to_device || !to_device_distance || !line_width || !dash_count) return;
    cairo_path_t *path = copy_path(cr);
    if (path == NULL) return;
    if (path->status != CAIRO_STATUS_SUCCESS) {
        destroy_path(path);
        return;
    }
    double grey = source_grey(cr);
    double width = 0;
    int dashed = 0;
    if (!filled) {
        double wx = line_width(cr), wy = 0, hx = 0, hy = line_width(cr);
        to_device_distance(cr, &wx, &wy);
        to_device_distance(cr, &hx, &hy);
        width = fmax(hypot(wx, wy), hypot(hx, hy));
        dashed = dash_count(cr) > 0;
    }
    double start_x = 0, start_y = 0, last_x = 0, last_y = 0;
    double bx0 = INFINITY, by0 = INFINITY, bx1 = -INFINITY, by1 = -INFINITY;
    int open = 0;
    for (int i = 0; i < path->num_data; i += path->data[i].header.length) {
        cairo_path_data_t *d = &path->data[i];
        int type = d->header.type;
        if (type == CAIRO_PATH_MOVE_TO || type == CAIRO_PATH_LINE_TO) {
            double x = d[1].point.x, y = d[1].point.y;
            to_device(cr, &x, &y);
            if (type == CAIRO_PATH_MOVE_TO) {
                if (filled && open) add((nianbao_mark){bx0, by0, bx1, by1, 0, grey, 1, 0});
                bx0 = by0 = INFINITY;
                bx1 = by1 = -INFINITY;
                start_x = x; start_y = y;
                open = 1;
            } else if (!filled) {
                add((nianbao_mark){last_x, last_y, x, y, width, grey, 0, dashed});
            }
            bx0 = fmin(bx0, x); by0 = fmin(by0, y); bx1 = fmax(bx1, x); by1 = fmax(by1, y);
            last_x = x; last_y = y;
        } else if (type == CAIRO_PATH_CLOSE_PATH) {
            if (!filled && (last_x != start_x || last_y != start_y))
                add((nianbao_mark){last_x, last_y, start_x, start_y, width, grey, 0, dashed});
            last_x = start_x; last_y = start_y;
        }
    }
    if (filled && open) add((nianbao_mark){bx0, by0, bx1, by1, 0, grey, 1, 0});
    destroy_path(path);
}

/// Records the path when `cr` is the captured context (and clears it unless `preserve`),
/// else returns 0 so the caller draws.
static int captured(cairo_t *cr, int filled, int preserve) {
    if (target == NULL || (void *)cr != target) return 0;
    record(cr, filled);
    if (!preserve) {
        CAIRO_NEXT(new_path, cairo_new_path)
        if (new_path) new_path(cr);
    }
    return 1;
}

void cairo_stroke(cairo_t *cr) {
    if (captured(cr, 0, 0)) return;
    CAIRO_NEXT(next, cairo_stroke)
    if (next) next(cr);
}

void cairo_stroke_preserve(cairo_t *cr) {
    if (captured(cr, 0, 1)) return;
    CAIRO_NEXT(next, cairo_stroke_preserve)
    if (next) next(cr);
}

void cairo_fill(cairo_t *cr) {
    if (captured(cr, 1, 0)) return;
    CAIRO_NEXT(next, cairo_fill)
    if (next) next(cr);
}

void cairo_fill_preserve(cairo_t *cr) {
    if (captured(cr, 1, 1)) return;
    CAIRO_NEXT(next, cairo_fill_preserve)
    if (next) next(cr);
}
