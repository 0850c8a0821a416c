#ifndef NIANBAO_GLYPH_SKIP_H
#define NIANBAO_GLYPH_SKIP_H

/// While on (for the calling thread only), cairo_show_glyphs draws nothing and
/// cairo_glyph_path adds nothing to the path. The PDF reader turns it on around the render
/// it takes ruling lines from: glyphs are painted out of that image anyway, drawing them was
/// a third of a PDF's conversion time, and the fonts cairo kept for them grew memory.
void nianbao_glyph_skip_set(int on);

/// How many times cairo_show_glyphs or cairo_glyph_path reached this file on the calling
/// thread (drawn or skipped). Zero after a render with text means the functions are not
/// interposed: everything still works, glyphs are simply drawn.
unsigned long nianbao_glyph_skip_calls(void);

#endif
