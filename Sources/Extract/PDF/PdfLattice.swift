/// One table found on one page, with what page joining needs to know about its edges.
struct PdfTablePart {
    var table: Table
    var x0: Double, y0: Double, x1: Double, y1: Double
    /// The x positions of the grid column boundaries, left to right.
    var columnEdges: [Double]
    /// True when the vertical rules run above the first horizontal rule: the first row
    /// continues a row broken by the page break above.
    var openTop = false
    /// True when the vertical rules run below the last horizontal rule.
    var openBottom = false
}

/// Builds tables from the ruling lines of a page: a cell lattice from the rules, where a
/// missing inner rule segment merges the cells it would have separated.
enum PdfLattice {
    /// Tolerance, in points, for rules meeting and for boundaries being the same.
    static let snap = 2.5

    /// Finds the tables on a page.
    ///
    /// - Returns: the tables (outermost first when nested tables are attached to cells) and
    ///   the indices of the glyphs they hold.
    static func tables(horizontal: [PdfRule], vertical: [PdfRule], glyphs: [PdfGlyph], page: Int)
        -> (tables: [PdfTablePart], used: Set<Int>) {
        let lattices = lattices(horizontal: horizontal, vertical: vertical, glyphs: glyphs)
        var owner = [Int?](repeating: nil, count: glyphs.count)
        for (t, l) in lattices.enumerated() {
            for (i, g) in glyphs.enumerated() where owner[i] == nil && l.contains(g.midX, g.midY) {
                owner[i] = t
            }
        }
        var parts: [PdfTablePart?] = []
        var built: [Table] = []
        for (t, l) in lattices.enumerated() {
            let mine = glyphs.indices.filter { owner[$0] == t }.map { glyphs[$0] }
            var table = l.table(glyphs: mine, page: page)
            // Attach smaller tables lying inside this one to the cell that holds them.
            for (u, inner) in lattices.enumerated() where u < t && parts[u] != nil && l.encloses(inner) {
                if let (r, c) = l.cellIndex(atX: (inner.x0 + inner.x1) / 2, y: (inner.y0 + inner.y1) / 2, in: table) {
                    table.rows[r].cells[c].nestedTables.append(built[u])
                    parts[u] = nil
                }
            }
            built.append(table)
            parts.append(PdfTablePart(table: table, x0: l.x0, y0: l.y0, x1: l.x1, y1: l.y1,
                                      columnEdges: l.columns, openTop: l.openTop, openBottom: l.openBottom))
        }
        let used = Set(glyphs.indices.filter { owner[$0] != nil })
        return (parts.compactMap { $0 }.sorted { $0.y0 < $1.y0 }, used)
    }

    /// The cell lattices of the connected sets of rules, smallest first (so a nested table
    /// takes its glyphs before the table around it). `glyphs` only keep the strokes of large
    /// glyphs from counting as rules.
    private static func lattices(horizontal: [PdfRule], vertical: [PdfRule], glyphs: [PdfGlyph]) -> [Lattice] {
        // Strokes of large or bold glyphs that survive the painting-out are not rules.
        func insideGlyph(_ r: PdfRule, horizontal: Bool) -> Bool {
            glyphs.contains { g in
                horizontal
                    ? r.position > g.y0 + 0.5 && r.position < g.y1 - 0.5 && r.start >= g.x0 - 1.5 && r.end <= g.x1 + 1.5
                    : r.position > g.x0 + 0.5 && r.position < g.x1 - 0.5 && r.start >= g.y0 - 1.5 && r.end <= g.y1 + 1.5
            }
        }
        let joinedH = joinDashes(horizontal), joinedV = joinDashes(vertical)
        let hs = extendDashed(joinedH, across: joinedV.map(\.rule)).filter { $0.length >= 8 && !insideGlyph($0, horizontal: true) }
        let vs = extendDashed(joinedV, across: joinedH.map(\.rule)).filter { $0.length >= 6 && !insideGlyph($0, horizontal: false) }
        // Connected components of rules that meet.
        var parent = Array(0..<(hs.count + vs.count))
        func find(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        for (i, h) in hs.enumerated() {
            for (j, v) in vs.enumerated()
            where v.position >= h.start - snap && v.position <= h.end + snap
                && h.position >= v.start - snap && h.position <= v.end + snap {
                let a = find(i), b = find(hs.count + j)
                if a != b { parent[a] = b }
            }
        }
        var components: [Int: (h: [PdfRule], v: [PdfRule])] = [:]
        for i in 0..<hs.count { components[find(i), default: ([], [])].h.append(hs[i]) }
        for j in 0..<vs.count { components[find(hs.count + j), default: ([], [])].v.append(vs[j]) }

        var lattices: [Lattice] = []
        // By component id, not in the dictionary's hash-seeded order: equal areas stay in one order.
        for (_, c) in components.sorted(by: { $0.key < $1.key }) where c.h.count + c.v.count >= 3 && !c.v.isEmpty && !c.h.isEmpty {
            if let l = Lattice(h: c.h, v: c.v), l.x1 - l.x0 >= 12, l.y1 - l.y0 >= 8 { lattices.append(l) }
        }
        // Smallest first, so a nested table takes its glyphs before the table around it.
        lattices.sort { $0.area < $1.area }
        return lattices
    }

    /// A box in points, origin top-left.
    struct Box: Equatable {
        var x0: Double, y0: Double, x1: Double, y1: Double
    }

    /// The tables the rules make, for reading a scanned page: each table's outline and its
    /// cells (a merged cell once, as the box of the grid boxes it covers), rows top to bottom.
    static func cellBoxes(horizontal: [PdfRule], vertical: [PdfRule]) -> [(table: Box, cells: [Box])] {
        lattices(horizontal: horizontal, vertical: vertical, glyphs: []).map { l in
            let regions = l.regions()
            var cells: [Box] = []
            for (r, row) in regions.enumerated() {
                for (c, b) in row.enumerated() where b.r0 == r && b.c0 == c {
                    cells.append(Box(x0: l.columns[b.c0], y0: l.rows[b.r0], x1: l.columns[b.c1 + 1], y1: l.rows[b.r1 + 1]))
                }
            }
            return (Box(x0: l.x0, y0: l.y0, x1: l.x1, y1: l.y1), cells)
        }
    }
}

extension PdfLattice {
    /// The most a gap between two pieces of one dashed rule may be, in points, and as a share
    /// of the shorter piece.
    static let dashGap = 4.0, dashGapShare = 0.5
    /// The longest dash a dashed rule's end is extended by (with its widest gap), in points.
    static let maxDash = 12.0

    /// Joins the dashes of dashed rules into whole rules: consecutive pieces on the same line
    /// (positions within a point) with a gap of at most `dashGap` points and at most half the
    /// shorter piece. Without this, a dashed cell border is a row of short rules of which only
    /// those that happen to cross another rule join the table, and an edge seems missing (its
    /// cells merged). Rules a table leaves out stop a whole cell short, far more than a dash gap.
    static func joinDashes(_ rules: [PdfRule]) -> [(rule: PdfRule, reach: Double)] {
        guard rules.count > 1 else { return rules.map { ($0, 0) } }
        let sorted = rules.sorted { ($0.position, $0.start) < ($1.position, $1.start) }
        var out: [(rule: PdfRule, reach: Double)] = []
        var lines: [[PdfRule]] = []
        for r in sorted {
            if let last = lines.last?.first, r.position - last.position <= 1.0 {
                lines[lines.count - 1].append(r)
            } else {
                lines.append([r])
            }
        }
        for var line in lines {
            line.sort { $0.start < $1.start }
            var current = line[0]
            var weight = current.length, sum = current.length * current.position
            var lastPiece = current.length
            var pieces = 1, longestPiece = min(current.length, maxDash), widestGap = 0.0
            func finish() {
                // A dashed rule (two pieces or more) may stop up to a dash and a gap short of
                // where it is drawn to: a last dash shorter than a rule is not found.
                out.append((current, pieces >= 2 ? longestPiece + widestGap : 0))
            }
            for r in line.dropFirst() {
                let gap = r.start - current.end
                if gap <= dashGap, gap <= dashGapShare * min(lastPiece, r.length) {
                    current.end = max(current.end, r.end)
                    weight += r.length
                    sum += r.length * r.position
                    current.position = sum / weight
                    if gap > 0 {  // overlapping pieces are one line found twice, not dashes
                        pieces += 1
                        longestPiece = max(longestPiece, min(r.length, maxDash))
                        widestGap = max(widestGap, gap)
                    }
                } else {
                    finish()
                    current = r
                    weight = r.length
                    sum = r.length * r.position
                    pieces = 1
                    longestPiece = min(r.length, maxDash)
                    widestGap = 0
                }
                lastPiece = r.length
            }
            finish()
        }
        return out
    }

    /// Extends each end of a dashed rule to the nearest rule across it within its reach (a
    /// dash and a gap): the cell border it was drawn to. Other rules are returned as they are.
    static func extendDashed(_ rules: [(rule: PdfRule, reach: Double)], across: [PdfRule]) -> [PdfRule] {
        rules.map { item in
            var r = item.rule
            guard item.reach > 0 else { return r }
            let crossing = across.filter { r.position >= $0.start - snap && r.position <= $0.end + snap }
            if let end = crossing.map(\.position).filter({ $0 > r.end && $0 <= r.end + item.reach }).min() { r.end = end }
            if let start = crossing.map(\.position).filter({ $0 < r.start && $0 >= r.start - item.reach }).max() { r.start = start }
            return r
        }
    }
}

/// The grid of one connected set of rules.
private struct Lattice {
    var columns: [Double]
    var rows: [Double]
    /// hEdge[r][c]: the rule at rows[r] between columns[c] and columns[c+1] is drawn.
    var hEdge: [[Bool]]
    /// vEdge[c][r]: the rule at columns[c] between rows[r] and rows[r+1] is drawn.
    var vEdge: [[Bool]]
    var openTop = false
    var openBottom = false

    var x0: Double { columns.first! }
    var x1: Double { columns.last! }
    var y0: Double { rows.first! }
    var y1: Double { rows.last! }
    var area: Double { (x1 - x0) * (y1 - y0) }

    init?(h: [PdfRule], v: [PdfRule]) {
        let snap = PdfLattice.snap
        var xs = v.map(\.position)
        var ys = h.map(\.position)
        let hTop = ys.min()!, hBottom = ys.max()!
        let vTop = v.map(\.start).min()!, vBottom = v.map(\.end).max()!
        // Rule ends with no rule across them still bound the table (open edges at page breaks,
        // tables without outer side borders).
        let hLeft = h.map(\.start).min()!, hRight = h.map(\.end).max()!
        if xs.allSatisfy({ abs($0 - hLeft) > snap }) { xs.append(hLeft) }
        if xs.allSatisfy({ abs($0 - hRight) > snap }) { xs.append(hRight) }
        if vTop < hTop - 4 { ys.append(vTop); openTop = true }
        if vBottom > hBottom + 4 { ys.append(vBottom); openBottom = true }
        columns = Self.cluster(xs, tolerance: snap)
        rows = Self.cluster(ys, tolerance: snap)
        guard columns.count >= 2, rows.count >= 2 else { return nil }
        let cols = columns, rws = rows
        func covered(_ rules: [PdfRule], at position: Double, from a: Double, to b: Double) -> Bool {
            let lo = a + snap, hi = b - snap
            guard hi > lo else { return true }
            var spans = rules.filter { abs($0.position - position) <= snap && $0.end > lo && $0.start < hi }
                .map { (max($0.start, lo), min($0.end, hi)) }
            spans.sort { $0.0 < $1.0 }
            var total = 0.0, reach = lo
            for (s, e) in spans where e > reach {
                total += e - max(s, reach)
                reach = e
            }
            return total >= 0.6 * (hi - lo)
        }
        hEdge = rws.map { y in (0..<(cols.count - 1)).map { covered(h, at: y, from: cols[$0], to: cols[$0 + 1]) } }
        vEdge = cols.map { x in (0..<(rws.count - 1)).map { covered(v, at: x, from: rws[$0], to: rws[$0 + 1]) } }
    }

    static func cluster(_ values: [Double], tolerance: Double) -> [Double] {
        var out: [[Double]] = []
        for v in values.sorted() {
            if let last = out.last?.last, v - last <= tolerance { out[out.count - 1].append(v) } else { out.append([v]) }
        }
        return out.map { $0.reduce(0, +) / Double($0.count) }
    }

    func contains(_ x: Double, _ y: Double) -> Bool {
        x >= x0 - 1 && x <= x1 + 1 && y >= y0 - 1 && y <= y1 + 1
    }

    func encloses(_ other: Lattice) -> Bool {
        other.x0 >= x0 - 1 && other.x1 <= x1 + 1 && other.y0 >= y0 - 1 && other.y1 <= y1 + 1
    }

    /// Grid index of a coordinate between boundaries, clamped.
    static func slot(_ v: Double, in edges: [Double]) -> Int {
        var i = 0
        while i + 1 < edges.count - 1, v >= edges[i + 1] { i += 1 }
        return i
    }

    /// The regions of merged grid boxes: (firstColumn, lastColumn, firstRow, lastRow), per box.
    func regions() -> [[(c0: Int, c1: Int, r0: Int, r1: Int)]] {
        let nc = columns.count - 1, nr = rows.count - 1
        var parent = Array(0..<(nc * nr))
        func find(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        func union(_ a: Int, _ b: Int) { let x = find(a), y = find(b); if x != y { parent[max(x, y)] = min(x, y) } }
        for r in 0..<nr {
            for c in 0..<nc {
                if c + 1 < nc, !vEdge[c + 1][r] { union(r * nc + c, r * nc + c + 1) }
                if r + 1 < nr, !hEdge[r + 1][c] { union(r * nc + c, (r + 1) * nc + c) }
            }
        }
        var box: [Int: (c0: Int, c1: Int, r0: Int, r1: Int)] = [:]
        for r in 0..<nr {
            for c in 0..<nc {
                let k = find(r * nc + c)
                if let b = box[k] {
                    box[k] = (min(b.c0, c), max(b.c1, c), min(b.r0, r), max(b.r1, r))
                } else {
                    box[k] = (c, c, r, r)
                }
            }
        }
        return (0..<nr).map { r in (0..<nc).map { c in box[find(r * nc + c)]! } }
    }

    func table(glyphs: [PdfGlyph], page: Int) -> Table {
        let regions = regions()
        let nc = columns.count - 1, nr = rows.count - 1
        var cellGlyphs: [Int: [PdfGlyph]] = [:]
        for g in glyphs {
            let c = Self.slot(g.midX, in: columns), r = Self.slot(g.midY, in: rows)
            let b = regions[r][c]
            cellGlyphs[b.r0 * nc + b.c0, default: []].append(g)
        }
        var out: [TableRow] = []
        for r in 0..<nr {
            var cells: [TableCell] = []
            var c = 0
            while c < nc {
                let b = regions[r][c]
                if b.c0 != c { c += 1; continue }  // inside a region that started to the left (irregular)
                let span = b.c1 - b.c0 + 1
                if b.r0 == r {
                    let text = PdfCellText.text(of: cellGlyphs[b.r0 * nc + b.c0] ?? [])
                    cells.append(TableCell(text: text, column: c, columnSpan: span,
                                           verticalMerge: b.r1 > b.r0 ? .restart : .none))
                } else {
                    cells.append(TableCell(text: "", column: c, columnSpan: span, verticalMerge: .continuation))
                }
                c = b.c1 + 1
            }
            out.append(TableRow(cells: cells))
        }
        return Table(rows: out, geometry: .exact, page: page)
    }

    /// The (row, cell) index in `table` of the cell holding a point.
    func cellIndex(atX x: Double, y: Double, in table: Table) -> (Int, Int)? {
        let c = Self.slot(x, in: columns), r = Self.slot(y, in: rows)
        let b = regions()[r][c]
        guard let i = table.rows[b.r0].cells.firstIndex(where: { $0.column == b.c0 }) else { return nil }
        return (b.r0, i)
    }
}

/// The text of a table cell from its glyphs.
enum PdfCellText {
    /// Lines joined with `\n`; a label stacked one character per line reads as one string, and
    /// a number wrapped in a narrow cell is joined again.
    static func text(of glyphs: [PdfGlyph]) -> String {
        let lines = PdfText.lines(glyphs).map(\.text).filter { !$0.isEmpty }
        guard lines.count > 1 else { return lines.first ?? "" }
        if lines.count >= 3, lines.allSatisfy({ $0.unicodeScalars.count <= 2 }) { return lines.joined() }
        var out = lines[0]
        for line in lines.dropFirst() {
            if let a = out.unicodeScalars.last, let b = line.unicodeScalars.first,
               Characters.isDigit(a) || a == ".", Characters.isDigit(b) || b == "." {
                out += line
            } else {
                out += "\n" + line
            }
        }
        return out
    }
}
