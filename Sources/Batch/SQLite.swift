import CSQLite
internal import CLazyLink
import Extract
import FoundationEssentials

/// An SQLite failure: the result code and the message copied from `sqlite3_errmsg` at once.
/// `description` is for people and may change between SQLite versions; test `code`.
public struct SQLiteError: Error, Sendable, CustomStringConvertible {
    /// The primary or extended SQLite result code (`SQLITE_CONSTRAINT` = 19, …).
    public var code: Int32
    public var message: String
    /// The statement that failed, when there is one.
    public var sql: String?

    public var description: String {
        "SQLite error \(code): \(message)" + (sql.map { " (in: \($0.prefix(80)))" } ?? "")
    }
}

/// One open SQLite connection; the only owner of its `sqlite3*`, closed in `deinit`.
///
/// Use it from one thread at a time (the batch engine keeps it on its collecting thread).
public final class SQLiteDatabase {
    let handle: OpaquePointer

    /// Opens (creating if needed) the database file at `path`.
    /// The corresponding SQLite function is `sqlite3_open_v2`.
    public init(path: String) throws {
        do { try SystemLibrary.sqlite.open() } catch { throw SQLiteError(code: 1, message: error.description, sql: nil) }
        var db: OpaquePointer?
        // "Whether or not an error occurs when it is opened, resources associated with the
        // database connection handle should be released by passing it to sqlite3_close()"
        // (https://sqlite.org/c3ref/open.html).
        let rc = nb_sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: nb_sqlite3_errmsg($0)) } ?? "cannot open"
            nb_sqlite3_close_v2(db)
            throw SQLiteError(code: rc, message: message, sql: nil)
        }
        handle = db
        nb_sqlite3_busy_timeout(db, 5000)
    }

    deinit {
        // The corresponding SQLite function is `sqlite3_close_v2`; statements keep the
        // database alive (they hold a reference), so none is left unfinalized here.
        nb_sqlite3_close_v2(handle)
    }

    /// Runs one or more statements without parameters (schema, pragmas, transactions).
    /// The corresponding SQLite function is `sqlite3_exec`.
    public func execute(_ sql: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let rc = nb_sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if rc != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? lastMessage
            nb_sqlite3_free(errorMessage)
            throw SQLiteError(code: rc, message: message, sql: sql)
        }
    }

    /// Compiles one statement. The corresponding SQLite function is `sqlite3_prepare_v2`.
    public func prepare(_ sql: String) throws -> SQLiteStatement {
        try SQLiteStatement(database: self, sql: sql)
    }

    /// The values of the first column of every row of a query, as text (a test and report helper).
    public func column(_ sql: String) throws -> [String?] {
        let statement = try prepare(sql)
        var out: [String?] = []
        while try statement.step() { out.append(statement.text(0)) }
        return out
    }

    var lastMessage: String { String(cString: nb_sqlite3_errmsg(handle)) }
}

@available(*, unavailable, message: "an SQLite connection opened with SQLITE_OPEN_NOMUTEX is used from one thread at a time")
extension SQLiteDatabase: Sendable {}

/// One compiled statement; the only owner of its `sqlite3_stmt*`, finalized in `deinit`.
/// Parameters are numbered from 1, result columns from 0, as in SQLite.
public final class SQLiteStatement {
    let database: SQLiteDatabase
    let handle: OpaquePointer
    let sql: String

    init(database: SQLiteDatabase, sql: String) throws {
        var statement: OpaquePointer?
        let rc = nb_sqlite3_prepare_v2(database.handle, sql, -1, &statement, nil)
        guard rc == SQLITE_OK, let statement else {
            throw SQLiteError(code: rc, message: database.lastMessage, sql: sql)
        }
        self.database = database
        self.handle = statement
        self.sql = sql
    }

    deinit {
        // The corresponding SQLite function is `sqlite3_finalize`.
        nb_sqlite3_finalize(handle)
    }

    /// Binds `values` to parameters 1, 2, … after resetting the statement.
    /// The corresponding SQLite functions are `sqlite3_reset` and `sqlite3_bind_*`.
    public func bind(_ values: [SQLiteValue]) throws {
        nb_sqlite3_reset(handle)
        nb_sqlite3_clear_bindings(handle)
        for (i, value) in values.enumerated() {
            let index = Int32(i + 1)
            let rc: Int32
            switch value {
            case .null: rc = nb_sqlite3_bind_null(handle, index)
            case .integer(let n): rc = nb_sqlite3_bind_int64(handle, index, n)
            case .real(let x): rc = nb_sqlite3_bind_double(handle, index, x)
            case .text(let s):
                rc = s.utf8CString.withUnsafeBufferPointer { buffer in
                    nianbao_sqlite_bind_text_transient(handle, index, buffer.baseAddress, Int32(buffer.count - 1))
                }
            }
            guard rc == SQLITE_OK else { throw SQLiteError(code: rc, message: database.lastMessage, sql: sql) }
        }
    }

    /// Advances to the next row: `true` when a row is ready, `false` when done.
    /// The corresponding SQLite function is `sqlite3_step`.
    @discardableResult
    public func step() throws -> Bool {
        switch nb_sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let rc: throw SQLiteError(code: rc, message: database.lastMessage, sql: sql)
        }
    }

    /// Binds `values` and runs the statement to completion (an INSERT, UPDATE or DELETE).
    public func run(_ values: [SQLiteValue]) throws {
        try bind(values)
        while try step() {}
    }

    /// Column `index` of the current row as text, `nil` for NULL.
    /// The corresponding SQLite function is `sqlite3_column_text`.
    public func text(_ index: Int32) -> String? {
        guard nb_sqlite3_column_type(handle, index) != SQLITE_NULL, let p = nb_sqlite3_column_text(handle, index) else { return nil }
        return String(cString: p)
    }

    /// Column `index` of the current row as an integer, `nil` for NULL.
    public func integer(_ index: Int32) -> Int64? {
        nb_sqlite3_column_type(handle, index) == SQLITE_NULL ? nil : nb_sqlite3_column_int64(handle, index)
    }

    /// Column `index` of the current row as a double, `nil` for NULL.
    public func real(_ index: Int32) -> Double? {
        nb_sqlite3_column_type(handle, index) == SQLITE_NULL ? nil : nb_sqlite3_column_double(handle, index)
    }
}

@available(*, unavailable, message: "a statement belongs to its connection's thread")
extension SQLiteStatement: Sendable {}

/// A value bound to a statement parameter.
public enum SQLiteValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    /// `.text(s)` or `.null`.
    public static func optional(_ s: String?) -> SQLiteValue { s.map(SQLiteValue.text) ?? .null }
}
