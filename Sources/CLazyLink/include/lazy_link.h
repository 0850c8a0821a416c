#ifndef NIANBAO_LAZY_LINK_H
#define NIANBAO_LAZY_LINK_H
/* The C libraries that only some inputs need, opened when such an input arrives.
 *
 * nianbao links libxml2 and libzip (every DOCX needs them) and nothing else of size: poppler
 * (with glib and cairo), tesseract, SQLite and libxlsxwriter bring some 90 shared objects,
 * and the dynamic loader took longer to map and relocate them than a DOCX takes to convert.
 * Each library below is opened with dlopen the first time its group is asked for, and every
 * function the package calls is reached through a wrapper named `nb_` + the function's own
 * name, with the function's own type (each wrapper's declaration is `__typeof__` the
 * library's, so a wrong signature does not compile). A wrapper is only called after its
 * group's `nianbao_lazy_open` returned 0. */
#include <stddef.h>

typedef enum {
    NIANBAO_LIB_PDF = 0,     /* poppler-glib, with the glib, gobject and cairo it links */
    NIANBAO_LIB_OCR = 1,     /* tesseract, with the leptonica and libgomp it links */
    NIANBAO_LIB_SQLITE = 2,  /* SQLite */
    NIANBAO_LIB_XLSX = 3,    /* libxlsxwriter */
} nianbao_lib_group;

/* Opens the group's library and resolves every wrapper of the group, once per process
 * (thread-safe). Returns 0, or -1 with `why` holding one line (the library or function
 * that could not be found, and the Debian package that has it). */
int nianbao_lazy_open(nianbao_lib_group group, char *why, size_t why_size);

/* 1 when the group's library is mapped in this process (for tests), else 0. */
int nianbao_lazy_is_open(nianbao_lib_group group);

#include "lazy_pdf.h"
#include "lazy_ocr.h"
#include "lazy_sqlite.h"
#include "lazy_xlsx.h"
#endif
