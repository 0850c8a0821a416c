import FoundationEssentials
import Normalize

/// One table of what the review writes (`findings.csv`, `reports.csv`, the workbook's sheets):
/// a header and rows of text, and which columns hold numbers. The CSV writes every field as
/// text; the workbook stores a numeric column's decimal text as a number, and a field there
/// that is not a decimal (empty, `null`) as text or empty.
struct ReviewSheet {
    var header: [String]
    var rows: [[String]] = []
    var numeric: Set<String>

    init(header: [String], numeric: Set<String>) {
        self.header = header
        self.numeric = numeric
    }

    mutating func append(_ fields: [String]) { rows.append(fields) }

    /// The rows as the workbook takes them, the header first.
    var workbookRows: [[WorkbookCell]] {
        let isNumber = header.map(numeric.contains)
        return [header.map(WorkbookCell.text)] + rows.map { row in
            row.enumerated().map { i, field in
                if field.isEmpty { return .empty }
                return isNumber[i] && FixedPoint(field) != nil ? .number(field) : .text(field)
            }
        }
    }
}
