#ifndef NIANBAO_LAZY_INTERNAL_H
#define NIANBAO_LAZY_INTERNAL_H
/* What the groups' files share: the pointer each wrapper calls through, the wrappers, and
   how a group's functions are resolved in its opened library. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include "lazy_link.h"

/* `__typeof__(&name)` is only a type: no reference to the library's symbol is emitted, so the
   linker records no dependency on the library. */
#define NIANBAO_POINTER_F(ret, name, params, args) static __typeof__(&name) p_##name;
#define NIANBAO_POINTER_V(name, params, args) static __typeof__(&name) p_##name;
#define NIANBAO_WRAPPER_F(ret, name, params, args) ret nb_##name params { return p_##name args; }
#define NIANBAO_WRAPPER_V(name, params, args) void nb_##name params { p_##name args; }
#define NIANBAO_RESOLVE_F(ret, name, params, args) \
    if (!nianbao_lazy_resolve(library, #name, (void **)&p_##name, why, why_size)) return -1;
#define NIANBAO_RESOLVE_V(name, params, args) NIANBAO_RESOLVE_F(void, name, params, args)

/* Looks `name` up in `library` (and the libraries it links) into `slot`; 0 with `why` set when
   it is not there. */
int nianbao_lazy_resolve(void *library, const char *name, void **slot, char *why, size_t why_size);

/* Each group's resolver: fills every pointer of the group from the opened library. */
int nianbao_lazy_resolve_pdf(void *library, char *why, size_t why_size);
int nianbao_lazy_resolve_ocr(void *library, char *why, size_t why_size);
int nianbao_lazy_resolve_sqlite(void *library, char *why, size_t why_size);
int nianbao_lazy_resolve_xlsx(void *library, char *why, size_t why_size);
#endif
