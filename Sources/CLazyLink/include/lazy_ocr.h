#ifndef NIANBAO_LAZY_OCR_H
#define NIANBAO_LAZY_OCR_H
#include <tesseract/capi.h>

/* Every tesseract C API function the OCR reader calls (see lazy_pdf.h for F and V). */
#define NIANBAO_OCR_FUNCTIONS(F, V) \
    F(TessBaseAPI *, TessBaseAPICreate, (void), ()) \
    F(int, TessBaseAPIInit3, (TessBaseAPI *handle, const char *datapath, const char *language), (handle, datapath, language)) \
    F(int, TessBaseAPISetVariable, (TessBaseAPI *handle, const char *name, const char *value), (handle, name, value)) \
    V(TessBaseAPISetPageSegMode, (TessBaseAPI *handle, TessPageSegMode mode), (handle, mode)) \
    V(TessBaseAPISetSourceResolution, (TessBaseAPI *handle, int ppi), (handle, ppi)) \
    V(TessBaseAPISetImage, (TessBaseAPI *handle, const unsigned char *data, int width, int height, int bytes_per_pixel, int bytes_per_line), (handle, data, width, height, bytes_per_pixel, bytes_per_line)) \
    F(int, TessBaseAPIRecognize, (TessBaseAPI *handle, ETEXT_DESC *monitor), (handle, monitor)) \
    F(TessResultIterator *, TessBaseAPIGetIterator, (TessBaseAPI *handle), (handle)) \
    V(TessBaseAPIClear, (TessBaseAPI *handle), (handle)) \
    V(TessBaseAPIEnd, (TessBaseAPI *handle), (handle)) \
    V(TessBaseAPIDelete, (TessBaseAPI *handle), (handle)) \
    V(TessDeleteText, (const char *text), (text)) \
    F(int, TessPageIteratorBoundingBox, (const TessPageIterator *handle, TessPageIteratorLevel level, int *left, int *top, int *right, int *bottom), (handle, level, left, top, right, bottom)) \
    F(int, TessPageIteratorIsAtBeginningOf, (const TessPageIterator *handle, TessPageIteratorLevel level), (handle, level)) \
    F(float, TessResultIteratorConfidence, (const TessResultIterator *handle, TessPageIteratorLevel level), (handle, level)) \
    V(TessResultIteratorDelete, (TessResultIterator *handle), (handle)) \
    F(TessPageIterator *, TessResultIteratorGetPageIterator, (TessResultIterator *handle), (handle)) \
    F(char *, TessResultIteratorGetUTF8Text, (const TessResultIterator *handle, TessPageIteratorLevel level), (handle, level)) \
    F(int, TessResultIteratorNext, (TessResultIterator *handle, TessPageIteratorLevel level), (handle, level))

NIANBAO_OCR_FUNCTIONS(NIANBAO_DECLARE_F, NIANBAO_DECLARE_V)

/* Debian's libtesseract is built with OpenMP; by default each recognition spreads over every
   core with spinning threads (3.5 times the CPU time for the same result on 2 cores, measured).
   nianbao runs one document per thread and batch runs several: tesseract gets one thread each.
   tesseract asks for its threads with num_threads clauses, which omp_set_num_threads does not
   override; no active parallel level at all (OpenMP's max-active-levels 0, set process-wide)
   runs every parallel region on the calling thread alone, as OMP_THREAD_LIMIT=1 would.
   libgomp's function is found through libtesseract, which links it. */
void nianbao_tesseract_single_thread(void);
#endif
