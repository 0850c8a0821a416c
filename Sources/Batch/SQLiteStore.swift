import FoundationEssentials

/// The batch's SQLite database: one row per report in `reports` (keyed by path) and its
/// cells, checks, repairs and warnings in child tables. Storing a report deletes the rows
/// it had and inserts the new ones in the same transaction, so rerunning into the same
/// database updates and never duplicates. Reports are committed in groups for speed; a run
/// killed mid-way loses at most the uncommitted group, which the next run redoes.
public final class SQLiteStore {
    public static let schema = """
        PRAGMA foreign_keys = ON;
        CREATE TABLE IF NOT EXISTS reports (
            path TEXT PRIMARY KEY,
            sha256 TEXT NOT NULL,
            format TEXT NOT NULL,
            title TEXT,
            organ TEXT,
            year INTEGER,
            edition TEXT NOT NULL,
            failing_checks INTEGER NOT NULL,
            converted_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS reports_year ON reports(year);
        CREATE INDEX IF NOT EXISTS reports_organ ON reports(organ);
        CREATE TABLE IF NOT EXISTS cells (
            path TEXT NOT NULL REFERENCES reports(path) ON DELETE CASCADE,
            table_id TEXT NOT NULL,
            row_index INTEGER NOT NULL,
            row_key TEXT NOT NULL,
            extra INTEGER NOT NULL,
            column_key TEXT NOT NULL,
            label TEXT NOT NULL,
            column_label TEXT NOT NULL,
            value REAL,
            value_text TEXT,
            raw TEXT NOT NULL,
            PRIMARY KEY (path, table_id, row_index, column_key)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS cells_address ON cells(table_id, row_key, column_key);
        CREATE TABLE IF NOT EXISTS checks (
            path TEXT NOT NULL REFERENCES reports(path) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            rule TEXT NOT NULL,
            at TEXT NOT NULL,
            ok INTEGER,
            message TEXT NOT NULL,
            PRIMARY KEY (path, seq)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS checks_rule ON checks(rule, ok);
        CREATE TABLE IF NOT EXISTS repairs (
            path TEXT NOT NULL REFERENCES reports(path) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            table_id TEXT NOT NULL,
            row_key TEXT NOT NULL,
            action TEXT NOT NULL,
            PRIMARY KEY (path, seq)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS warnings (
            path TEXT NOT NULL REFERENCES reports(path) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            message TEXT NOT NULL,
            PRIMARY KEY (path, seq)
        ) WITHOUT ROWID;
        """

    public let database: SQLiteDatabase
    let selectHash, deleteReport, insertReport, insertCell, insertCheck, insertRepair, insertWarning: SQLiteStatement
    var pending = 0
    var inTransaction = false

    /// Reports per transaction.
    static let group = 200

    public init(path: String) throws {
        do {
            database = try SQLiteDatabase(path: path)
            try database.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;")
            try database.execute(SQLiteStore.schema)
            selectHash = try database.prepare("SELECT sha256 FROM reports WHERE path = ?")
            // ON DELETE CASCADE removes the report's cells, checks, repairs and warnings.
            deleteReport = try database.prepare("DELETE FROM reports WHERE path = ?")
            insertReport = try database.prepare("""
                INSERT INTO reports (path, sha256, format, title, organ, year, edition, failing_checks, converted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                """)
            insertCell = try database.prepare("""
                INSERT INTO cells (path, table_id, row_index, row_key, extra, column_key, label, column_label, value, value_text, raw)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            insertCheck = try database.prepare("INSERT INTO checks (path, seq, rule, at, ok, message) VALUES (?, ?, ?, ?, ?, ?)")
            insertRepair = try database.prepare("INSERT INTO repairs (path, seq, table_id, row_key, action) VALUES (?, ?, ?, ?, ?)")
            insertWarning = try database.prepare("INSERT INTO warnings (path, seq, message) VALUES (?, ?, ?)")
        } catch let error as SQLiteError {
            throw BatchError.database("\(path): \(error)")
        }
    }

    /// Stores `record`, replacing what the database held for its path. Does nothing when the
    /// database already holds this path with the same content hash (unless `replace`).
    public func store(_ record: ReportRecord, replace: Bool = true) throws {
        try wrap {
            if !replace {
                try selectHash.bind([.text(record.path)])
                let current = try selectHash.step() ? selectHash.text(0) : nil
                try selectHash.bind([])
                if current == record.sha256 { return }
            }
            try begin()
            // One savepoint per report: a failure leaves none of its rows behind.
            try database.execute("SAVEPOINT report")
            do {
                try insertRows(record)
            } catch {
                try? database.execute("ROLLBACK TO report; RELEASE report")
                throw error
            }
            try database.execute("RELEASE report")
            try counted()
        }
    }

    func insertRows(_ record: ReportRecord) throws {
            try deleteReport.run([.text(record.path)])
            try insertReport.run([
                .text(record.path), .text(record.sha256), .text(record.format), .optional(record.title), .optional(record.organ),
                record.year.map { .integer(Int64($0)) } ?? .null, .text(record.edition), .integer(Int64(record.failingChecks.count)),
            ])
            for cell in record.cells {
                try insertCell.run([
                    .text(record.path), .text(cell.table), .integer(Int64(cell.rowIndex)), .text(cell.row),
                    .integer(cell.isExtra ? 1 : 0), .text(cell.column), .text(cell.label), .text(cell.columnLabel),
                    cell.value.flatMap(Double.init).map(SQLiteValue.real) ?? .null, .optional(cell.value), .text(cell.raw),
                ])
            }
            for (i, check) in record.checks.enumerated() {
                try insertCheck.run([.text(record.path), .integer(Int64(i)), .text(check.rule), .text(check.at),
                                     check.ok.map { .integer($0 ? 1 : 0) } ?? .null, .text(check.message)])
            }
            for (i, repair) in record.repairs.enumerated() {
                try insertRepair.run([.text(record.path), .integer(Int64(i)), .text(repair.table), .text(repair.row), .text(repair.action)])
            }
            for (i, warning) in record.warnings.enumerated() {
                try insertWarning.run([.text(record.path), .integer(Int64(i)), .text(warning)])
            }
    }

    /// Removes a report (an input that now fails), so the database matches the index.
    public func remove(path: String) throws {
        try wrap {
            try begin()
            try deleteReport.run([.text(path)])
            try counted()
        }
    }

    /// Commits the open transaction.
    public func finish() throws {
        try wrap {
            if inTransaction { try database.execute("COMMIT") }
            inTransaction = false
            pending = 0
        }
    }

    func begin() throws {
        if !inTransaction {
            try database.execute("BEGIN IMMEDIATE")
            inTransaction = true
        }
    }

    func counted() throws {
        pending += 1
        if pending >= SQLiteStore.group { try finish() }
    }

    func wrap(_ body: () throws -> Void) throws {
        do { try body() } catch let error as SQLiteError { throw BatchError.database(error.description) }
    }
}

@available(*, unavailable, message: "owns an SQLite connection used from one thread at a time")
extension SQLiteStore: Sendable {}
