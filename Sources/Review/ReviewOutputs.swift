import Batch
import FoundationEssentials

/// What a review writes into a folder for a reviewer: `findings.csv` (`FindingsTable`),
/// `reports.csv` (`ReportsTable`) and `review.html` (`ReviewPageData`), each replaced
/// atomically, and on request a workbook of the same tables and the cells (`Workbook`). This
/// is the one place the review's files are written, so `review -o` and `batch` write the same
/// set. The files are written in one pass over the reports (`ReviewResult.forEach`), rows
/// streamed to their files as each report is read; only a workbook, which libxlsxwriter
/// takes sheet by sheet, holds its rows until the end.
public enum ReviewOutputs {
    public static let findingsName = FindingsTable.name
    public static let reportsName = ReportsTable.name
    public static let pageName = "review.html"
    static let cellsHeader = ["path", "table", "row", "column", "label", "column_label", "value", "raw"]

    /// Writes the outputs of `result` into `directory` (created if missing), and the workbook
    /// to `workbook` when given; throws `BatchError.cannotWrite` when a file cannot be written.
    public static func write(_ result: ReviewResult, to directory: URL?, workbook: URL? = nil) throws {
        var findings: CSVWriter?, reports: CSVWriter?, page: ReviewPageData?
        if let directory {
            if !FileManager.default.fileExists(atPath: directory.path) {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            }
            findings = try CSVWriter(url: directory.appendingPathComponent(FindingsTable.name), header: FindingsTable.header)
            reports = try CSVWriter(url: directory.appendingPathComponent(ReportsTable.name), header: ReportsTable.columns)
            page = try ReviewPageData(result, directory: directory)
        }
        var sheets = workbook == nil ? nil : (
            findings: ReviewSheet(header: FindingsTable.header, numeric: FindingsTable.numericColumns),
            reports: ReviewSheet(header: ReportsTable.columns, numeric: ReportsTable.numericColumns),
            cells: ReviewSheet(header: cellsHeader, numeric: ["value"]))
        try result.forEach { entry in
            let source = entry.reports.first?.source
            var errors = 0, warnings = 0
            for f in entry.findings {
                let row = FindingsTable.row(f, source: source)
                try findings?.append(row: row)
                sheets?.findings.append(row)
                if f.isOpen, f.check.severity == .error { errors += 1 }
                if f.isOpen, f.check.severity == .warning { warnings += 1 }
            }
            for (source, record) in entry.reports {
                let row = ReportsTable.row(source, record, errors: errors, warnings: warnings)
                try reports?.append(row: row)
                sheets?.reports.append(row)
                for c in record?.cells ?? [] {
                    sheets?.cells.append([source.path, c.table, c.row, c.column, c.label, c.columnLabel, c.value ?? "", c.raw])
                }
            }
            try page?.add(entry)
        }
        try findings?.finish()
        try reports?.finish()
        if let directory { try page?.write(to: directory.appendingPathComponent(pageName)) }
        if let workbook, let sheets {
            do {
                try Workbook.write(path: workbook.path, reports: sheets.reports.workbookRows, findings: sheets.findings.workbookRows,
                                   cells: sheets.cells.workbookRows)
            } catch let error as WorkbookError {
                throw BatchError.cannotWrite(error.message)
            }
        }
    }

    /// Only the workbook (`nianbao review --xlsx FILE` without `-o`).
    public static func writeWorkbook(_ result: ReviewResult, to url: URL) throws {
        try write(result, to: nil, workbook: url)
    }
}
