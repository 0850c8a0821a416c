import Batch
import FoundationEssentials
import Normalize

/// `reports.csv`: one row per report, so pandas and Excel read a year's collection at once:
/// path, organ, year, edition, title, the open failing findings of severity error and
/// warning on it (its own and those across reports, dismissed ones not counted), then one
/// column per canonical cell `table.row.column` of both editions (`cellColumns`), the value
/// as decimal text, empty for null or for a cell the report's edition does not have.
enum ReportsTable {
    static let name = "reports.csv"
    static let header = ["path", "organ", "year", "edition", "title", "errors", "warnings"]

    /// The canonical cells of both editions in a fixed order: tables as the 2021 edition
    /// lists them, then those only the 2019 edition has; in each, the rows and columns of
    /// the 2021 edition, then the 2019 edition's others; a cell only where an edition has both
    /// its row and its column.
    static let cellColumns: [String] = {
        var tableOrder: [String] = []
        for edition in [Edition.e2021, .e2019] {
            for t in Template.tables(edition) where !tableOrder.contains(t.id) { tableOrder.append(t.id) }
        }
        var out: [String] = []
        for id in tableOrder {
            let tables = [Edition.e2021, .e2019].compactMap { Template.table(id, $0) }
            var rows: [String] = [], columns: [String] = []
            for t in tables {
                for r in t.rows.map(\.key) where !rows.contains(r) { rows.append(r) }
                for c in t.columns.map(\.key) where !columns.contains(c) { columns.append(c) }
            }
            for r in rows {
                for c in columns where tables.contains(where: { t in t.rows.contains { $0.key == r } && t.columns.contains { $0.key == c } }) {
                    out.append("\(id).\(r).\(c)")
                }
            }
        }
        return out
    }()

    static func make(_ result: ReviewResult) -> ReviewSheet {
        var file = ReviewSheet(header: header + cellColumns, numeric: Set(["year", "errors", "warnings"] + cellColumns))
        var errors: [String: Int] = [:], warnings: [String: Int] = [:]
        for f in result.findings where f.isOpen {
            if f.check.severity == .error { errors[f.path, default: 0] += 1 }
            if f.check.severity == .warning { warnings[f.path, default: 0] += 1 }
        }
        for r in result.reports {
            var values: [String: String] = [:]
            for cell in r.cells where !cell.isExtra {
                let address = "\(cell.table).\(cell.row).\(cell.column)"
                if values[address] == nil { values[address] = cell.value ?? "" }
            }
            file.append([r.path, r.organ ?? "", r.year.map(String.init) ?? "", r.edition, r.title ?? "",
                         String(errors[r.path] ?? 0), String(warnings[r.path] ?? 0)]
                        + cellColumns.map { values[$0] ?? "" })
        }
        return file
    }
}
