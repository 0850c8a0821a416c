/// Ruling lines from the paths a page strokes and fills (`PopplerPDFPage.marks()`), the way
/// the PDF draws them: exact positions, any thickness down to a hairline, dashed and dotted
/// rules, light grey rules. What `PdfRuleFinder` finds in pixels, for pages that have vectors.
///
/// A rule is a stroked straight segment along x or y, or a filled subpath thin in one
/// direction (Word draws borders as thin filled rectangles); a fill thick both ways is a cell's
/// shading, not a rule. Pieces on one line with small gaps between them (a dotted or dashed
/// border drawn dot by dot) are one rule. Marks inside a glyph's box (text drawn as paths) and
/// marks too light to see are not rules.
enum PdfVectorRules {
    /// Marks thicker than this (points) are not rules: Word's thickest border is 6 points
    /// (`w:sz` 48); a cell's shading or a highlighted line is taller than a line of text. (The
    /// pixel finder stops at 2.2 points, where it cannot tell a rule from bold text.)
    static let maxThickness = 6.0
    /// The shortest rule, in points, as in the pixel finder (a hyphen or a dot is not a rule).
    static let minLength = 6.0
    /// How far a segment may slope, in points over its length, and still run along x or y.
    static let maxSlope = 0.5
    /// Pieces of one rule lie on one line: positions within this many points.
    static let sameLine = 0.8
    /// The widest gap, in points, between pieces of one rule: Word's dotted and dashed borders
    /// drawn as separate dots or dashes leave 1–3 points between them; a gap this small between
    /// two rules that are not one would leave no room for a character either.
    static let maxGap = 3.5
    /// Ink lighter than this grey level (0 black … 255 white) is not a rule: a white rectangle
    /// painted over a cell, or a fill the eye cannot tell from the paper. The pixel finder
    /// needs 40 levels of contrast; the vectors see light grey rules it misses.
    static let maxGrey = 245.0

    /// The page's rules from its marks; `glyphs` are the page's text layer.
    static func rules(from marks: [PdfMark], glyphs: [PdfGlyph]) -> (horizontal: [PdfRule], vertical: [PdfRule]) {
        var horizontal: [Piece] = [], vertical: [Piece] = []
        let largestGlyph = glyphs.reduce(0.0) { max($0, $1.width, $1.height) }
        for m in marks where m.grey <= maxGrey {
            guard m.x0.isFinite, m.y0.isFinite, m.x1.isFinite, m.y1.isFinite else { continue }
            let minX = min(m.x0, m.x1), maxX = max(m.x0, m.x1)
            let minY = min(m.y0, m.y1), maxY = max(m.y0, m.y1)
            if max(maxX - minX, maxY - minY) <= largestGlyph,
               insideGlyph(minX: minX, minY: minY, maxX: maxX, maxY: maxY, glyphs: glyphs) { continue }
            if m.filled {
                let w = maxX - minX, h = maxY - minY
                if h <= maxThickness, w > h {
                    horizontal.append(Piece(position: (minY + maxY) / 2, start: minX, end: maxX))
                } else if w <= maxThickness, h > w {
                    vertical.append(Piece(position: (minX + maxX) / 2, start: minY, end: maxY))
                }
            } else {
                guard m.width <= maxThickness else { continue }
                if maxY - minY <= maxSlope, maxX > minX {
                    horizontal.append(Piece(position: (m.y0 + m.y1) / 2, start: minX, end: maxX))
                } else if maxX - minX <= maxSlope, maxY > minY {
                    vertical.append(Piece(position: (m.x0 + m.x1) / 2, start: minY, end: maxY))
                }
            }
        }
        return (joined(horizontal), joined(vertical))
    }

    /// A piece of a rule: its line's position across, and its extent along.
    struct Piece {
        var position: Double
        var start: Double
        var end: Double
    }

    /// Pieces on one line joined where they overlap or nearly meet; rules shorter than
    /// `minLength` dropped. The result is sorted by position, then start.
    static func joined(_ pieces: [Piece]) -> [PdfRule] {
        let sorted = pieces.sorted { ($0.position, $0.start, $0.end) < ($1.position, $1.start, $1.end) }
        // Lines: runs of pieces whose positions lie within `sameLine` of the line's first.
        var rules: [PdfRule] = []
        var i = 0
        while i < sorted.count {
            var j = i
            while j < sorted.count, sorted[j].position - sorted[i].position <= sameLine { j += 1 }
            var line = sorted[i..<j].sorted { ($0.start, $0.end) < ($1.start, $1.end) }[...]
            while let first = line.first {
                var start = first.start, end = first.end
                var weight = 0.0, sum = 0.0
                while let next = line.first, next.start - end <= maxGap {
                    let length = max(next.end - next.start, 0.01)
                    weight += length
                    sum += length * next.position
                    end = max(end, next.end)
                    start = min(start, next.start)
                    line = line.dropFirst()
                }
                if end - start >= minLength {
                    rules.append(PdfRule(position: sum / weight, start: start, end: end))
                }
            }
            i = j
        }
        return rules.sorted { ($0.position, $0.start) < ($1.position, $1.start) }
    }

    /// True when the box lies inside one glyph's box: a stroke of a character drawn as a path.
    private static func insideGlyph(minX: Double, minY: Double, maxX: Double, maxY: Double, glyphs: [PdfGlyph]) -> Bool {
        for g in glyphs where g.x0 <= minX + 0.1 && maxX <= g.x1 + 0.1 && g.y0 <= minY + 0.1 && maxY <= g.y1 + 0.1 {
            return true
        }
        return false
    }
}
