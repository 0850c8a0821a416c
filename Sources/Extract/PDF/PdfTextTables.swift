/// Tables drawn without any rules, found from text alignment.
///
/// A line is tabular when wide gaps (over about an em) split it into several runs of glyphs;
/// two or more tabular lines in a row, one of them holding a number, make a table whose cells
/// are the runs of each line in order (geometry `.approximate`: the grid builder places the
/// values). A cell wrapped over two lines comes out as two rows; the builder's row joining
/// copes with labels split that way, not with values.
enum PdfTextTables {
    static func tables(in lines: inout [PdfLine], page: Int) -> [PdfTablePart] {
        let runs = lines.map(segments)
        var parts: [PdfTablePart] = []
        var drop = Set<Int>()
        var i = 0
        while i < lines.count {
            guard runs[i].count >= 2 else { i += 1; continue }
            var j = i
            while j + 1 < lines.count, runs[j + 1].count >= 2,
                  lines[j + 1].y0 - lines[j].y1 < 3 * max(lines[j].height, 1) {
                j += 1
            }
            let block = Array(i...j)
            if block.count >= 2, block.contains(where: { runs[$0].contains(where: Characters.isNumberLike) }) {
                let rows = block.map { k in
                    TableRow(cells: runs[k].enumerated().map { TableCell(text: $0.element, column: $0.offset) })
                }
                let x0 = block.map { lines[$0].x0 }.min()!, x1 = block.map { lines[$0].x1 }.max()!
                parts.append(PdfTablePart(table: Table(rows: rows, geometry: .approximate, page: page),
                                          x0: x0, y0: lines[i].y0, x1: x1, y1: lines[j].y1, columnEdges: []))
                drop.formUnion(block)
            }
            i = j + 1
        }
        if !drop.isEmpty { lines = lines.indices.filter { !drop.contains($0) }.map { lines[$0] } }
        return parts
    }

    /// The runs of a line split at gaps wider than about an em.
    static func segments(_ line: PdfLine) -> [String] {
        var out: [[PdfGlyph]] = []
        for g in line.glyphs {
            if let last = out.last?.last, g.x0 - last.x1 < 1.2 * max(1, min(g.fontSize, last.fontSize)) {
                out[out.count - 1].append(g)
            } else {
                out.append([g])
            }
        }
        return out.map(PdfText.join)
    }

}
