internal import CXLSXWriter
internal import CLazyLink
import Extract

// Every libxlsxwriter call of the package lives in this file; no libxlsxwriter pointer leaves
// it. Callers hand over whole sheets of `XLSXValue`s.
//
// Ownership (https://libxlsxwriter.github.io/): `workbook_new_opt` allocates the workbook and
// everything added to it (worksheets, formats); `workbook_close` writes the file and frees
// it all, whether or not the write succeeds, so it is called exactly once. The `tmpdir`
// string is ours: it is kept until after `workbook_close`.
//
// The workbook is written in constant-memory mode: each row goes to a temporary file (in
// `tmpdir`, unlinked at once by libxlsxwriter) when the next starts, so libxlsxwriter holds
// one row of a batch's cells sheet (hundreds of thousands of rows) in memory, not the sheet. Rows are therefore written in
// order, and text is stored inline in each cell (`t="inlineStr"`) rather than in a shared
// string table; Excel, LibreOffice and openpyxl read both.

/// A value as the xlsx file stores it: the workbook's cells once their numbers are parsed.
enum XLSXValue {
    case text(String)
    case number(Double)
    case empty
}

/// One xlsx file being written: sheets are added whole, then `close` writes the file.
final class XLSXFile {
    private let path: String
    private var workbook: UnsafeMutablePointer<lxw_workbook>?
    private let header: UnsafeMutablePointer<lxw_format>?
    private let temporaryFolder: UnsafeMutablePointer<CChar>?

    /// Starts a workbook that `close` writes to `path` (nothing is written before), its
    /// rows kept in temporary files in `temporaryFolder` until then.
    ///
    /// The corresponding libxlsxwriter functions are `workbook_new_opt`,
    /// `workbook_add_format` and `format_set_bold`.
    /// The creation time written into every workbook (1980-01-01T00:00:00Z).
    static let created: time_t = 315_532_800

    init(path: String, temporaryFolder folder: String) throws {
        do { try SystemLibrary.xlsx.open() } catch { throw WorkbookError(error.description) }
        self.path = path
        temporaryFolder = strdup(folder)
        var options = lxw_workbook_options(constant_memory: 1, tmpdir: temporaryFolder, use_zip64: 0)
        guard let workbook = path.withCString({ nb_workbook_new_opt($0, &options) }) else {
            free(temporaryFolder)
            throw WorkbookError("cannot start the workbook \(path) (libxlsxwriter could not allocate it)")
        }
        self.workbook = workbook
        // The same inputs give the same bytes: libxlsxwriter stamps the creation time into
        // docProps/core.xml unless one is given, so the workbook says 1980-01-01 (the zip epoch).
        var properties = lxw_doc_properties()
        properties.created = XLSXFile.created
        _ = nb_workbook_set_properties(workbook, &properties)
        let header = nb_workbook_add_format(workbook)
        if let header { nb_format_set_bold(header) }
        self.header = header
    }

    deinit {
        if let workbook { _ = nb_workbook_close(workbook) }
        free(temporaryFolder)
    }

    /// Adds a sheet named `name` holding `rows`, the first row bold and frozen (it stays in
    /// view while scrolling), columns `widths` wide.
    ///
    /// The corresponding libxlsxwriter functions are `workbook_add_worksheet`,
    /// `worksheet_write_string`, `worksheet_write_number`, `worksheet_freeze_panes` and
    /// `worksheet_set_column`.
    func addSheet(name: String, rows: [[XLSXValue]], widths: [Double]) throws {
        guard let workbook else { throw WorkbookError("the workbook \(path) is already closed") }
        guard let sheet = name.withCString({ nb_workbook_add_worksheet(workbook, $0) }) else {
            throw WorkbookError("cannot add the sheet \(name) to the workbook \(path)")
        }
        // The pane and the widths first: in constant-memory mode rows go out as they come.
        if !rows.isEmpty { nb_worksheet_freeze_panes(sheet, 1, 0) }
        for (c, width) in widths.enumerated() {
            let result = nb_worksheet_set_column(sheet, lxw_col_t(clamping: c), lxw_col_t(clamping: c), width, nil)
            if result != LXW_NO_ERROR {
                throw WorkbookError("cannot set the width of column \(WorkbookCellName.column(c)) of the sheet \(name) of the workbook \(path): \(Self.message(result))")
            }
        }
        for (r, row) in rows.enumerated() {
            let format = r == 0 ? header : nil
            for (c, value) in row.enumerated() {
                let result: lxw_error
                switch value {
                case .empty:
                    continue
                case .text(let text):
                    result = text.withCString { nb_worksheet_write_string(sheet, lxw_row_t(clamping: r), lxw_col_t(clamping: c), $0, format) }
                case .number(let number):
                    result = nb_worksheet_write_number(sheet, lxw_row_t(clamping: r), lxw_col_t(clamping: c), number, format)
                }
                if result != LXW_NO_ERROR {
                    throw WorkbookError("cannot write cell \(WorkbookCellName.of(row: r, column: c)) of the sheet \(name) of the workbook \(path): \(Self.message(result))")
                }
            }
        }
    }

    /// Writes the file and frees the workbook.
    ///
    /// The corresponding libxlsxwriter function is `workbook_close`.
    func close() throws {
        guard let workbook else { return }
        self.workbook = nil
        let result = nb_workbook_close(workbook)
        if result != LXW_NO_ERROR {
            throw WorkbookError("cannot write the workbook \(path): \(Self.message(result))")
        }
    }

    /// libxlsxwriter's sentence for an error.
    private static func message(_ error: lxw_error) -> String {
        guard let text = nb_lxw_strerror(error) else { return "libxlsxwriter error \(error.rawValue)" }
        return String(cString: text)
    }
}
