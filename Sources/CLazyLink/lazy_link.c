/* Opening the groups' libraries (see include/lazy_link.h). */
#include "lazy_internal.h"
#include <pthread.h>
#include <string.h>

typedef int (*resolver)(void *, char *, size_t);

/* A group: the library's names to try (the runtime package's soname first, then the -dev
   package's link name), the Debian package that has the library, how dlopen opens it, and its
   resolver. poppler-glib is opened RTLD_GLOBAL so that CGlyphSkip's interposers, which look
   libcairo's functions up with RTLD_NEXT, find the cairo it brought in. */
typedef struct {
    const char *names[2];
    const char *package;
    int mode;
    resolver resolve;
} group_info;

static const group_info groups[] = {
    [NIANBAO_LIB_PDF] = {{"libpoppler-glib.so.8", "libpoppler-glib.so"}, "libpoppler-glib8", RTLD_LAZY | RTLD_GLOBAL, nianbao_lazy_resolve_pdf},
    [NIANBAO_LIB_OCR] = {{"libtesseract.so.5", "libtesseract.so"}, "libtesseract5", RTLD_LAZY | RTLD_LOCAL, nianbao_lazy_resolve_ocr},
    [NIANBAO_LIB_SQLITE] = {{"libsqlite3.so.0", "libsqlite3.so"}, "libsqlite3-0", RTLD_LAZY | RTLD_LOCAL, nianbao_lazy_resolve_sqlite},
    [NIANBAO_LIB_XLSX] = {{"libxlsxwriter.so.4", "libxlsxwriter.so"}, "libxlsxwriter4", RTLD_LAZY | RTLD_LOCAL, nianbao_lazy_resolve_xlsx},
};

#define GROUPS ((int)(sizeof groups / sizeof groups[0]))

/* Each group's outcome, decided once: 1 open, -1 failed with `message`. */
static struct {
    pthread_once_t once;
    int state;
    char message[512];
} outcome[] = {{PTHREAD_ONCE_INIT, 0, ""}, {PTHREAD_ONCE_INIT, 0, ""}, {PTHREAD_ONCE_INIT, 0, ""}, {PTHREAD_ONCE_INIT, 0, ""}};

int nianbao_lazy_resolve(void *library, const char *name, void **slot, char *why, size_t why_size) {
    dlerror();
    void *symbol = dlsym(library, name);
    if (symbol == NULL) {
        snprintf(why, why_size, "the library has no function %s", name);
        return 0;
    }
    *slot = symbol;
    return 1;
}

static void open_group(int group) {
    const group_info *info = &groups[group];
    void *library = NULL;
    char first_error[256] = "";
    for (int i = 0; i < 2 && library == NULL; i++) {
        library = dlopen(info->names[i], info->mode);
        if (library == NULL && i == 0) {
            const char *e = dlerror();
            snprintf(first_error, sizeof first_error, "%s", e ? e : info->names[0]);
        }
    }
    if (library == NULL) {
        snprintf(outcome[group].message, sizeof outcome[group].message,
                 "%s (install the Debian package %s)", first_error, info->package);
        outcome[group].state = -1;
        return;
    }
    char why[256] = "";
    if (info->resolve(library, why, sizeof why) != 0) {
        snprintf(outcome[group].message, sizeof outcome[group].message, "%s: %s (%s)", info->names[0], why, info->package);
        outcome[group].state = -1;
        return;  /* the library stays mapped: harmless, and never called */
    }
    outcome[group].state = 1;
}

static void open_pdf(void) { open_group(NIANBAO_LIB_PDF); }
static void open_ocr(void) { open_group(NIANBAO_LIB_OCR); }
static void open_sqlite(void) { open_group(NIANBAO_LIB_SQLITE); }
static void open_xlsx(void) { open_group(NIANBAO_LIB_XLSX); }
static void (*const openers[])(void) = {open_pdf, open_ocr, open_sqlite, open_xlsx};

int nianbao_lazy_open(nianbao_lib_group group, char *why, size_t why_size) {
    int g = (int)group;
    if (g < 0 || g >= GROUPS) return -1;
    pthread_once(&outcome[g].once, openers[g]);
    if (outcome[g].state == 1) return 0;
    if (why != NULL && why_size > 0) snprintf(why, why_size, "%s", outcome[g].message);
    return -1;
}

int nianbao_lazy_is_open(nianbao_lib_group group) {
    const group_info *info = &groups[(int)group];
    for (int i = 0; i < 2; i++) {
        void *library = dlopen(info->names[i], RTLD_LAZY | RTLD_NOLOAD);
        if (library != NULL) {
            dlclose(library);  /* RTLD_NOLOAD took a reference: give it back */
            return 1;
        }
    }
    return 0;
}
