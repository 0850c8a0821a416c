#ifndef NIANBAO_PATH_CAPTURE_H
#define NIANBAO_PATH_CAPTURE_H
#include <stddef.h>

/// One thing poppler stroked or filled on a page, in device space (the cairo context's
/// pixels; points when it renders at scale 1, origin top-left).
/// A stroke is one straight segment of the stroked path: (x0, y0)–(x1, y1), `width` its line
/// width across the segment. A fill is one subpath's bounding box: x0 ≤ x1, y0 ≤ y1, width 0.
/// `grey` is the ink's grey level over white, 0 black … 255 white (a non-solid source, a
/// gradient or an image pattern, counts as 0). `dashed` is 1 for a stroke with a dash pattern.
typedef struct {
    double x0, y0, x1, y1;
    double width;
    double grey;
    int filled;
    int dashed;
} nianbao_mark;

/// Starts capturing on the calling thread what poppler strokes and fills on `cr` (a
/// `cairo_t *`): cairo_stroke, cairo_stroke_preserve, cairo_fill and cairo_fill_preserve are
/// interposed and, for that context, record their path instead of drawing it. What is drawn
/// on other contexts (a tiling pattern's cell) is drawn as usual and not recorded.
void nianbao_capture_begin(void *cr);

/// Stops capturing; returns how many marks were recorded since `nianbao_capture_begin`.
size_t nianbao_capture_end(void);

/// The calling thread's marks from the last capture (valid until the next begin).
const nianbao_mark *nianbao_capture_marks(void);

/// 1 when the process's cairo_stroke and cairo_fill are this file's (the executable exports
/// them, so poppler-glib's calls arrive here), else 0: a capture would then record nothing.
int nianbao_capture_interposed(void);

#endif
