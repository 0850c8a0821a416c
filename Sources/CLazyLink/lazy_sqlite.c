/* SQLite through its wrappers (see include/lazy_sqlite.h). */
#include "lazy_internal.h"

NIANBAO_SQLITE_FUNCTIONS(NIANBAO_POINTER_F, NIANBAO_POINTER_V)
NIANBAO_SQLITE_FUNCTIONS(NIANBAO_WRAPPER_F, NIANBAO_WRAPPER_V)

int nianbao_lazy_resolve_sqlite(void *library, char *why, size_t why_size) {
    NIANBAO_SQLITE_FUNCTIONS(NIANBAO_RESOLVE_F, NIANBAO_RESOLVE_V)
    return 0;
}

int nianbao_sqlite_bind_text_transient(sqlite3_stmt *statement, int index, const char *text, int length) {
    return p_sqlite3_bind_text(statement, index, text, length, SQLITE_TRANSIENT);
}

int nianbao_sqlite_bind_blob_transient(sqlite3_stmt *statement, int index, const void *bytes, int length) {
    return p_sqlite3_bind_blob(statement, index, bytes, length, SQLITE_TRANSIENT);
}
