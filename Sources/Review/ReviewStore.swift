import Batch
import Normalize

/// The findings across reports in the batch's SQLite database (`--sqlite`): rows of the
/// `checks` table on the later report's path, numbered after the report's own checks. A
/// run first deletes the rows of those rules (`ReviewFinding.isAcrossReports`) for every
/// reviewed report, so rerunning replaces them and never duplicates. Findings on a path
/// the database has no report for (a failed input) are not stored.
public enum ReviewStore {
    public static func store(_ result: ReviewResult, database path: String) throws {
        do {
            let db = try SQLiteDatabase(path: path)
            try db.execute(SQLiteStore.schema)
            let delete = try db.prepare("""
                DELETE FROM checks WHERE path = ?1 AND (rule LIKE 'cross\\_year.%' ESCAPE '\\' OR rule LIKE 'cross\\_report.%' ESCAPE '\\'
                  OR rule LIKE 'hierarchy.%' OR rule = 'coverage')
                """)
            let insert = try db.prepare("""
                INSERT INTO checks (path, seq, rule, at, ok, message)
                SELECT ?1, (SELECT COALESCE(MAX(seq), -1) + 1 FROM checks WHERE path = ?1), ?2, ?3, ?4, ?5
                WHERE EXISTS (SELECT 1 FROM reports WHERE path = ?1)
                """)
            try db.execute("BEGIN IMMEDIATE")
            do {
                for report in result.sources { try delete.run([.text(report.path)]) }
                try result.forEachAcross { f in
                    try insert.run([.text(f.path), .text(f.check.rule), .text(f.check.at),
                                    f.check.ok.map { .integer($0 ? 1 : 0) } ?? .null, .text(f.check.message)])
                }
                try db.execute("COMMIT")
            } catch {
                try? db.execute("ROLLBACK")
                throw error
            }
        } catch let error as SQLiteError {
            throw BatchError.database("\(path): \(error)")
        }
    }
}
