#ifndef NIANBAO_LAZY_SQLITE_H
#define NIANBAO_LAZY_SQLITE_H
#include <sqlite3.h>

/* Every SQLite function batch and review call (see lazy_pdf.h for F and V). */
#define NIANBAO_SQLITE_FUNCTIONS(F, V) \
    F(int, sqlite3_open_v2, (const char *filename, sqlite3 **db, int flags, const char *vfs), (filename, db, flags, vfs)) \
    F(int, sqlite3_close, (sqlite3 *db), (db)) \
    F(int, sqlite3_close_v2, (sqlite3 *db), (db)) \
    F(int, sqlite3_busy_timeout, (sqlite3 *db, int ms), (db, ms)) \
    F(int, sqlite3_exec, (sqlite3 *db, const char *sql, int (*callback)(void *, int, char **, char **), void *context, char **message), (db, sql, callback, context, message)) \
    F(const char *, sqlite3_errmsg, (sqlite3 *db), (db)) \
    V(sqlite3_free, (void *memory), (memory)) \
    F(int, sqlite3_prepare_v2, (sqlite3 *db, const char *sql, int bytes, sqlite3_stmt **statement, const char **tail), (db, sql, bytes, statement, tail)) \
    F(int, sqlite3_step, (sqlite3_stmt *statement), (statement)) \
    F(int, sqlite3_reset, (sqlite3_stmt *statement), (statement)) \
    F(int, sqlite3_clear_bindings, (sqlite3_stmt *statement), (statement)) \
    F(int, sqlite3_finalize, (sqlite3_stmt *statement), (statement)) \
    F(int, sqlite3_bind_null, (sqlite3_stmt *statement, int index), (statement, index)) \
    F(int, sqlite3_bind_int64, (sqlite3_stmt *statement, int index, sqlite3_int64 value), (statement, index, value)) \
    F(int, sqlite3_bind_double, (sqlite3_stmt *statement, int index, double value), (statement, index, value)) \
    F(int, sqlite3_bind_text, (sqlite3_stmt *statement, int index, const char *text, int bytes, void (*destructor)(void *)), (statement, index, text, bytes, destructor)) \
    F(int, sqlite3_bind_blob, (sqlite3_stmt *statement, int index, const void *data, int bytes, void (*destructor)(void *)), (statement, index, data, bytes, destructor)) \
    F(int, sqlite3_column_type, (sqlite3_stmt *statement, int column), (statement, column)) \
    F(sqlite3_int64, sqlite3_column_int64, (sqlite3_stmt *statement, int column), (statement, column)) \
    F(double, sqlite3_column_double, (sqlite3_stmt *statement, int column), (statement, column)) \
    F(const unsigned char *, sqlite3_column_text, (sqlite3_stmt *statement, int column), (statement, column))

NIANBAO_SQLITE_FUNCTIONS(NIANBAO_DECLARE_F, NIANBAO_DECLARE_V)

/* `SQLITE_TRANSIENT` is a cast of -1 to a function pointer, which Swift cannot import:
   these bind text and blobs that SQLite copies before the call returns. */
int nianbao_sqlite_bind_text_transient(sqlite3_stmt *statement, int index, const char *text, int length);
int nianbao_sqlite_bind_blob_transient(sqlite3_stmt *statement, int index, const void *bytes, int length);
#endif
