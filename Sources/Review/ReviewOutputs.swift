import Batch
import FoundationEssentials

/// What a review writes into a folder for a reviewer: `findings.csv` (`FindingsTable`),
/// `reports.csv` (`ReportsTable`) and `review.html` (`ReviewPage`), each replaced atomically,
/// and on request a workbook of the same tables and the cells (`Workbook`). This is the one
/// place the review's files are written, so `review -o` and `batch` write the same set.
public enum ReviewOutputs {
    public static let findingsName = FindingsTable.name
    public static let reportsName = ReportsTable.name
    public static let pageName = "review.html"

    /// Writes the outputs of `result` into `directory` (created if missing), and the workbook
    /// to `workbook` when given; throws `BatchError.cannotWrite` when a file cannot be written.
    public static func write(_ result: ReviewResult, to directory: URL, workbook: URL? = nil) throws {
        let findings = FindingsTable.make(result)
        let reports = ReportsTable.make(result)
        try findings.write(to: directory.appendingPathComponent(FindingsTable.name))
        try reports.write(to: directory.appendingPathComponent(ReportsTable.name))
        try AtomicFile.write(ReviewPageData.render(result), to: directory.appendingPathComponent(pageName))
        if let workbook {
            try writeWorkbook(result, findings: findings, reports: reports, to: workbook)
        }
    }

    /// Only the workbook (`nianbao review --xlsx FILE` without `-o`).
    public static func writeWorkbook(_ result: ReviewResult, to url: URL) throws {
        try writeWorkbook(result, findings: FindingsTable.make(result), reports: ReportsTable.make(result), to: url)
    }

    static func writeWorkbook(_ result: ReviewResult, findings: ReviewSheet, reports: ReviewSheet, to url: URL) throws {
        var cells = ReviewSheet(header: ["path", "table", "row", "column", "label", "column_label", "value", "raw"], numeric: ["value"])
        for r in result.reports {
            for c in r.cells {
                cells.append([r.path, c.table, c.row, c.column, c.label, c.columnLabel, c.value ?? "", c.raw])
            }
        }
        do {
            try Workbook.write(path: url.path, reports: reports.workbookRows, findings: findings.workbookRows, cells: cells.workbookRows)
        } catch let error as WorkbookError {
            throw BatchError.cannotWrite(error.message)
        }
    }
}
