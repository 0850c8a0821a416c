/// Reads the two TAB shapes of table that converters leave in text dumps.
///
/// - Rows (shape a): every line holding a TAB is a row, its cells the line split on TAB.
///   Blank lines inside the run do not end the table (a page break leaves one); the first
///   non-blank line without a TAB does, and is a paragraph.
/// - One cell per line (shape b): each line starts with a TAB and holds one cell; a blank
///   line ends a row; a line without a TAB right after a cell line continues that cell.
///
/// The shape is decided per run of lines by majority: in shape b almost every TAB line has
/// exactly one TAB, at column 0.
enum TabTables {
    enum Shape: Equatable { case rows, cellPerLine }

    /// The result of reading a run of TAB lines that starts at `start`.
    struct Run {
        /// The rows, in order; empty when the run turned out to be indented paragraphs.
        var rows: [[String]]
        /// The lines consumed, from `start` up to (not including) `end`.
        var end: Int
        var shape: Shape
    }

    static func read(_ lines: [TextLine], from start: Int) -> Run {
        let shape = decideShape(lines, from: start)
        switch shape {
        case .rows: return readRows(lines, from: start)
        case .cellPerLine: return readCellPerLine(lines, from: start)
        }
    }

    /// Scans the run (TAB lines, blank lines, and lines directly after a non-blank line)
    /// and counts how many TAB lines have the one-cell shape.
    static func decideShape(_ lines: [TextLine], from start: Int) -> Shape {
        var tabLines = 0
        var oneCell = 0
        var index = start
        while index < lines.count {
            let line = lines[index]
            if line.isBlank {
                // ok: blank lines never end a run by themselves
            } else if line.hasTab {
                tabLines += 1
                if line.tabCount == 1 && line.startsWithTab { oneCell += 1 }
            } else if index == start || lines[index - 1].isBlank {
                break
            }
            index += 1
        }
        return tabLines > 0 && oneCell * 10 >= tabLines * 8 ? .cellPerLine : .rows
    }

    private static func readRows(_ lines: [TextLine], from start: Int) -> Run {
        var rows: [[String]] = []
        var end = start
        var index = start
        while index < lines.count {
            let line = lines[index]
            if line.isBlank { index += 1; continue }
            guard line.hasTab else { break }
            rows.append(line.text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
            index += 1
            end = index
        }
        return Run(rows: rows, end: end, shape: .rows)
    }

    private static func readCellPerLine(_ lines: [TextLine], from start: Int) -> Run {
        var rows: [[String]] = []
        var row: [String] = []
        var end = start
        var index = start
        var afterCell = false
        while index < lines.count {
            let line = lines[index]
            if line.isBlank {
                if !row.isEmpty { rows.append(row); row = [] }
                afterCell = false
            } else if line.hasTab {
                var cells = line.text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                if line.startsWithTab { cells.removeFirst() }
                row.append(contentsOf: cells)
                afterCell = true
                end = index + 1
            } else if afterCell && !TextShapes.isSectionHeading(line.text) {
                row[row.count - 1] += "\n" + line.text
                end = index + 1
            } else {
                break
            }
            index += 1
        }
        if !row.isEmpty { rows.append(row) }
        // A run whose every row is a single cell is TAB-indented prose, not a table.
        if rows.allSatisfy({ $0.count <= 1 }) { rows = [] }
        return Run(rows: rows, end: end, shape: .cellPerLine)
    }
}
