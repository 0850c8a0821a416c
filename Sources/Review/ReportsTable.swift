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

    static var columns: [String] { header + cellColumns }
    static var numericColumns: Set<String> { Set(["year", "errors", "warnings"] + cellColumns) }

    /// The row of a report, with the open errors and warnings on its path; a report whose
    /// record could not be read again has its cells empty.
    static func row(_ source: ReviewSource, _ record: ReportRecord?, errors: Int, warnings: Int) -> [String] {
        var values: [String: String] = [:]
        for cell in record?.cells ?? [] where !cell.isExtra {
            let address = "\(cell.table).\(cell.row).\(cell.column)"
            if values[address] == nil { values[address] = cell.value ?? "" }
        }
        return [source.path, source.organ ?? "", source.year.map(String.init) ?? "", source.edition, source.title ?? "",
                String(errors), String(warnings)] + cellColumns.map { values[$0] ?? "" }
    }
}
