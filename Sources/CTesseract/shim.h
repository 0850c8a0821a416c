#ifndef NIANBAO_CTESSERACT_SHIM_H
#define NIANBAO_CTESSERACT_SHIM_H
#include <tesseract/capi.h>

/* Debian's libtesseract is built with OpenMP; by default each recognition spreads over every
   core with spinning threads (3.5 times the CPU time for the same result on 2 cores, measured).
   nianbao runs one document per thread and batch runs several: tesseract gets one thread each.
   tesseract asks for its threads with num_threads clauses, which omp_set_num_threads does not
   override; no active parallel level at all (OpenMP's max-active-levels 0, set process-wide)
   runs every parallel region on the calling thread alone, as OMP_THREAD_LIMIT=1 would.
   libgomp's function, declared here so no OpenMP header is needed. */
extern void omp_set_max_active_levels(int);
static inline void nianbao_tesseract_single_thread(void) { omp_set_max_active_levels(0); }
#endif
