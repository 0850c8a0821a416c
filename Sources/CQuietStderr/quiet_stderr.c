// Interposers for the stdio functions libpoppler and libpoppler-glib write to stderr with
// (__fprintf_chk, __vfprintf_chk, fputc, fputs, fwrite: their imports on Debian 12).
//
// poppler routes its own error() through a callback (poppler-glib's logs at G_LOG_LEVEL_INFO,
// silent by default, and the PDF reader drops the "Poppler" log domain too), but the cairo
// font engine in poppler-glib prints `some font thing failed` straight to stderr. As with
// CGlyphSkip, a definition in the executable comes first in the dynamic linker's search
// order, so these receive the libraries' calls; each forwards to libc's own (dlsym
// RTLD_NEXT) unless the stream is stderr and the calling thread has turned quiet on. The
// flag is per thread, so a batch converting a PDF on one thread never silences another
// thread's real messages, and fd 2 itself is never touched. If the interposition does not
// take, nothing breaks: the messages are simply printed.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include "quiet_stderr.h"

static _Thread_local int quiet;

void nianbao_quiet_stderr_set(int on) { quiet = on; }

/// libc's own function called `name`, looked up once into `slot`.
static void *next_in_libc(void **slot, const char *name) {
    void *next = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
    if (next == NULL) {
        next = dlsym(RTLD_NEXT, name);
        if (next != NULL) __atomic_store_n(slot, next, __ATOMIC_RELEASE);
    }
    return next;
}

static int silenced(FILE *stream) {
    return quiet && stream == stderr;
}

typedef int (*vfprintf_chk_fn)(FILE *, int, const char *, va_list);

int __vfprintf_chk(FILE *stream, int flag, const char *format, va_list args) {
    if (silenced(stream)) return 0;
    static void *real;
    vfprintf_chk_fn next = (vfprintf_chk_fn)next_in_libc(&real, "__vfprintf_chk");
    return next != NULL ? next(stream, flag, format, args) : vfprintf(stream, format, args);
}

int __fprintf_chk(FILE *stream, int flag, const char *format, ...) {
    va_list args;
    va_start(args, format);
    int result = __vfprintf_chk(stream, flag, format, args);
    va_end(args);
    return result;
}

typedef int (*fputc_fn)(int, FILE *);
typedef int (*fputs_fn)(const char *, FILE *);
typedef size_t (*fwrite_fn)(const void *, size_t, size_t, FILE *);

int fputc(int c, FILE *stream) {
    if (silenced(stream)) return (unsigned char)c;
    static void *real;
    fputc_fn next = (fputc_fn)next_in_libc(&real, "fputc");
    return next != NULL ? next(c, stream) : EOF;
}

int fputs(const char *s, FILE *stream) {
    if (silenced(stream)) return 0;
    static void *real;
    fputs_fn next = (fputs_fn)next_in_libc(&real, "fputs");
    return next != NULL ? next(s, stream) : EOF;
}

size_t fwrite(const void *data, size_t size, size_t count, FILE *stream) {
    if (silenced(stream)) return count;
    static void *real;
    fwrite_fn next = (fwrite_fn)next_in_libc(&real, "fwrite");
    return next != NULL ? next(data, size, count, stream) : 0;
}
