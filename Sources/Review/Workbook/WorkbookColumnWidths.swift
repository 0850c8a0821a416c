/// Column widths for a sheet, in Excel's units (the width of one `0`), from the longest text
/// of each column, a wide (CJK) character counting as two.
enum WorkbookColumnWidths {
    /// A column never narrower than this, so a header of two or three letters and a small
    /// number still show whole and the column can be found to widen.
    static let minimum = 6.0
    /// A column never wider than this, so one long message or path does not push every
    /// other column off the screen (Excel shows the rest when the cell is selected).
    static let maximum = 60.0
    /// Room beside the text for the cell's margins and the filter button of a header.
    static let padding = 2.0

    /// One width per column of `rows`, the widest row's count of columns.
    static func of(_ rows: [[WorkbookCell]]) -> [Double] {
        var widths: [Double] = []
        for row in rows {
            if row.count > widths.count { widths += Array(repeating: 0, count: row.count - widths.count) }
            for (column, cell) in row.enumerated() {
                widths[column] = max(widths[column], displayWidth(cell))
            }
        }
        return widths.map { min(max($0 + padding, minimum), maximum) }
    }

    /// The width the cell's text takes: its longest line, wide characters as two.
    static func displayWidth(_ cell: WorkbookCell) -> Double {
        let text: String
        switch cell {
        case .text(let s), .number(let s): text = s
        case .empty: return 0
        }
        let longest = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
        }.max() ?? 0
        return Double(longest)
    }

    /// Whether a character is shown two columns wide: Hangul Jamo and the CJK, Hangul and
    /// full-width ranges (a simplification of Unicode's East Asian Width that covers the
    /// reports' text).
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }
}
