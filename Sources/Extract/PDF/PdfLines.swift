/// A line of text on a PDF page: glyphs sharing a baseline, left to right.
struct PdfLine {
    var glyphs: [PdfGlyph]
    var x0: Double, y0: Double, x1: Double, y1: Double
    /// The most common font size of the line's glyphs.
    var fontSize: Double
    var text: String
    var page: Int = 0

    init(glyphs: [PdfGlyph]) {
        let sorted = glyphs.sorted { $0.x0 < $1.x0 }
        self.glyphs = sorted
        x0 = sorted.map(\.x0).min() ?? 0
        x1 = sorted.map(\.x1).max() ?? 0
        y0 = sorted.map(\.y0).min() ?? 0
        y1 = sorted.map(\.y1).max() ?? 0
        var sizes: [Double: Int] = [:]
        for g in sorted { sizes[(g.fontSize * 2).rounded() / 2, default: 0] += 1 }
        fontSize = sizes.max { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }?.key ?? (y1 - y0)
        text = PdfText.join(sorted)
    }

    var height: Double { y1 - y0 }
    var midY: Double { (y0 + y1) / 2 }
}

/// Character classes and joining rules for text read from glyph boxes.
enum PdfText {
    /// Joins one line's glyphs (sorted by x): a space where the gap is wide and neither side is
    /// a wide (CJK) character, so letter-spaced CJK headings read without spaces.
    static func join(_ glyphs: [PdfGlyph]) -> String {
        var out = String.UnicodeScalarView()
        var previous: PdfGlyph?
        for g in glyphs {
            if let p = previous {
                let gap = g.x0 - p.x1
                let em = max(1, min(p.fontSize, g.fontSize))
                if gap > 0.22 * em, !Characters.joinsWithoutSpace(p.scalar), !Characters.joinsWithoutSpace(g.scalar) { out.append(" ") }
            }
            out.append(g.scalar)
            previous = g
        }
        return String(out)
    }

    /// The separator between two lines of one paragraph: nothing after CJK or before it, a
    /// space between Latin words.
    static func lineJoiner(_ left: String, _ right: String) -> String {
        guard let a = left.unicodeScalars.last, let b = right.unicodeScalars.first else { return "" }
        if Characters.joinsWithoutSpace(a) || Characters.joinsWithoutSpace(b) { return "" }
        if a == "-" || a == "/" { return "" }
        let latin: (Unicode.Scalar) -> Bool = { $0.properties.isAlphabetic || Characters.isDigit($0) }
        if latin(b) && (latin(a) || ",.;:!?)".unicodeScalars.contains(a)) { return " " }
        return ""
    }

    /// Groups glyphs into lines: a glyph joins a line when their vertical extents overlap by
    /// at least half the smaller height. Lines come back top to bottom.
    static func lines(_ glyphs: [PdfGlyph]) -> [PdfLine] {
        let sorted = glyphs.sorted { $0.midY < $1.midY || ($0.midY == $1.midY && $0.x0 < $1.x0) }
        var groups: [(y0: Double, y1: Double, glyphs: [PdfGlyph])] = []
        for g in sorted {
            var placed = false
            // Look back over the last few lines only: glyphs arrive sorted by their middles.
            for k in stride(from: groups.count - 1, through: max(0, groups.count - 3), by: -1) {
                let band = groups[k]
                let overlap = min(band.y1, g.y1) - max(band.y0, g.y0)
                let h = min(band.y1 - band.y0, g.height)
                if overlap >= 0.5 * max(h, 0.1) {
                    groups[k].glyphs.append(g)
                    // The band follows the line's first glyphs; a tall glyph does not widen it much.
                    groups[k].y0 = (groups[k].y0 * 3 + max(band.y0, g.y0)) / 4
                    groups[k].y1 = (groups[k].y1 * 3 + min(band.y1, g.y1)) / 4
                    placed = true
                    break
                }
            }
            if !placed { groups.append((g.y0, g.y1, [g])) }
        }
        return groups.map { PdfLine(glyphs: $0.glyphs) }.sorted { $0.y0 < $1.y0 }
    }

    /// Drops glyphs drawn twice a hair apart (fake bold, shadows): the same scalar with a box
    /// offset under about a point. Whitespace glyphs are dropped too.
    static func clean(_ glyphs: [PdfGlyph]) -> [PdfGlyph] {
        var kept: [PdfGlyph] = []
        kept.reserveCapacity(glyphs.count)
        var byCell: [Int64: [Int]] = [:]
        // A box that is not finite (from a hostile font size or matrix) has no place on the page.
        for g in glyphs where !Characters.isWhitespace(g.scalar) && g.width >= 0 && g.height > 0
            && g.x0.isFinite && g.x1.isFinite && g.y0.isFinite && g.y1.isFinite {
            let cx = Int64(PdfInt.clamped((g.midX / 4).rounded(.down))), cy = Int64(PdfInt.clamped((g.midY / 4).rounded(.down)))
            var duplicate = false
            search: for dx in -1...1 {
                for dy in -1...1 {
                    for i in byCell[(cx + Int64(dx)) << 32 | (cy + Int64(dy)) & 0xFFFF_FFFF] ?? [] {
                        let k = kept[i]
                        if k.scalar == g.scalar, abs(k.x0 - g.x0) < 1.2, abs(k.y0 - g.y0) < 1.2 {
                            duplicate = true
                            break search
                        }
                    }
                }
            }
            if duplicate { continue }
            byCell[cx << 32 | cy & 0xFFFF_FFFF, default: []].append(kept.count)
            kept.append(g)
        }
        return kept
    }
}
