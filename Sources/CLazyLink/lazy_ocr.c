/* tesseract through its wrappers (see include/lazy_ocr.h). */
#include "lazy_internal.h"

NIANBAO_OCR_FUNCTIONS(NIANBAO_POINTER_F, NIANBAO_POINTER_V)
NIANBAO_OCR_FUNCTIONS(NIANBAO_WRAPPER_F, NIANBAO_WRAPPER_V)

/* libgomp's function (no OpenMP header needed). */
typedef void (*max_active_levels_fn)(int);
static max_active_levels_fn p_omp_set_max_active_levels;

int nianbao_lazy_resolve_ocr(void *library, char *why, size_t why_size) {
    NIANBAO_OCR_FUNCTIONS(NIANBAO_RESOLVE_F, NIANBAO_RESOLVE_V)
    /* A tesseract built without OpenMP has no libgomp: nothing to turn off then. */
    *(void **)&p_omp_set_max_active_levels = dlsym(library, "omp_set_max_active_levels");
    return 0;
}

void nianbao_tesseract_single_thread(void) {
    if (p_omp_set_max_active_levels != NULL) p_omp_set_max_active_levels(0);
}
