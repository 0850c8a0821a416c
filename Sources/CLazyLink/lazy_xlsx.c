/* libxlsxwriter through its wrappers (see include/lazy_xlsx.h). */
#include "lazy_internal.h"

NIANBAO_XLSX_FUNCTIONS(NIANBAO_POINTER_F, NIANBAO_POINTER_V)
NIANBAO_XLSX_FUNCTIONS(NIANBAO_WRAPPER_F, NIANBAO_WRAPPER_V)

int nianbao_lazy_resolve_xlsx(void *library, char *why, size_t why_size) {
    NIANBAO_XLSX_FUNCTIONS(NIANBAO_RESOLVE_F, NIANBAO_RESOLVE_V)
    return 0;
}
