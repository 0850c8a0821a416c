import Extract
import FoundationEssentials
import Glibc

/// The review's workbook (`--xlsx FILE`): three sheets, `reports`, `findings` and `cells`,
/// each from plain rows whose first row is the header (bold, frozen). Written through
/// libxlsxwriter, atomically: the file appears whole at `path` or not at all.
public enum Workbook {
    /// The sheets' names, in order.
    public static let sheetNames = ["reports", "findings", "cells"]

    /// Writes the workbook to `path`, replacing a file there.
    ///
    /// Every `.number` is checked first (a decimal a `Double` can hold), so a bad cell costs
    /// no write. The workbook is written to `path.tmp-XXXXXX` in the same folder and renamed
    /// over `path` only when complete; on any error the temporary file is removed and a
    /// `WorkbookError` names the file (and the cell, where one cell was the cause).
    public static func write(path: String, reports: [[WorkbookCell]], findings: [[WorkbookCell]],
                             cells: [[WorkbookCell]]) throws {
        let sheets = zip(sheetNames, [reports, findings, cells]).map { ($0, $1) }
        for (name, rows) in sheets { _ = try xlsxValues(rows, sheet: name, path: path) }
        let temporary = try createTemporary(beside: path)
        do {
            let folder = PathText.folder(path)
            let file = try XLSXFile(path: temporary, temporaryFolder: folder.isEmpty ? "." : folder)
            // One sheet's parsed values at a time: the cells sheet is the large one.
            for (name, rows) in sheets {
                try file.addSheet(name: name, rows: try xlsxValues(rows, sheet: name, path: path),
                                  widths: WorkbookColumnWidths.of(rows))
            }
            try file.close()
            guard rename(temporary, path) == 0 else {
                throw WorkbookError("cannot write the workbook \(path): \(String(cString: strerror(errno)))")
            }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// The rows with every number parsed, or an error naming the first cell that is not one.
    private static func xlsxValues(_ rows: [[WorkbookCell]], sheet: String, path: String) throws -> [[XLSXValue]] {
        try rows.enumerated().map { r, row in
            try row.enumerated().map { c, cell in
                switch cell {
                case .text(let text): return .text(text)
                case .empty: return .empty
                case .number(let text):
                    guard let number = Double(text.trimmingSpaces()), number.isFinite else {
                        throw WorkbookError("cannot write the workbook \(path): cell \(WorkbookCellName.of(row: r, column: c)) of the sheet \(sheet) is to be a number but is \"\(text)\"")
                    }
                    return .number(number)
                }
            }
        }
    }

    /// A new empty file `path.tmp-XXXXXX` beside `path` (same folder, so the rename is atomic),
    /// readable by others as an output file is.
    private static func createTemporary(beside path: String) throws -> String {
        var template = Array("\(path).tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw WorkbookError("cannot write the workbook \(path): \(String(cString: strerror(errno)))")
        }
        fchmod(fd, 0o644)
        close(fd)
        return String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
