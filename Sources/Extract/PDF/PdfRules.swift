/// A ruling line found on a rendered page, in points (origin top-left).
///
/// A horizontal rule has `position` = y and spans `start...end` in x; a vertical rule has
/// `position` = x and spans `start...end` in y.
struct PdfRule: Equatable {
    var position: Double
    var start: Double
    var end: Double
    var length: Double { end - start }
}

/// Finds ruling lines in the pixels of a page rendered at low resolution.
///
/// Text is painted out first (glyph boxes shrunk a little, so rules that touch a box survive).
/// A pixel is ink when it is clearly darker than the lightest pixel a few rows (or columns)
/// away: a thin black line on white or on a pale cell fill is ink, the inside of a fill is
/// not. Ink runs thicker than about two points are not rules (fills, images, bold text).
enum PdfRuleFinder {
    static func rules(in image: GreyImage, glyphs: [PdfGlyph]) -> (horizontal: [PdfRule], vertical: [PdfRule]) {
        var img = image
        let s = image.scale
        for g in glyphs {
            let shrinkX = max(1.0, g.width * 0.12) , shrinkY = max(1.0, g.height * 0.15)
            let xa = max(0, Int(((g.x0 + shrinkX) * s).rounded(.up)))
            let xb = min(img.width - 1, Int(((g.x1 - shrinkX) * s).rounded(.down)))
            let ya = max(0, Int(((g.y0 + shrinkY) * s).rounded(.up)))
            let yb = min(img.height - 1, Int(((g.y1 - shrinkY) * s).rounded(.down)))
            guard xa <= xb, ya <= yb else { continue }
            for y in ya...yb {
                let base = y * img.width
                for x in xa...xb { img.pixels[base + x] = 255 }
            }
        }
        let maxThickness = max(3, Int((2.2 * s).rounded()))
        let h = scan(img, horizontal: true, maxThickness: maxThickness)
        let v = scan(img, horizontal: false, maxThickness: maxThickness)
        return (h, v)
    }

    /// Scans for rules along one direction. For horizontal rules, "along" is x and "across" is y.
    private static func scan(_ img: GreyImage, horizontal: Bool, maxThickness: Int) -> [PdfRule] {
        let w = img.width, h = img.height
        let alongCount = horizontal ? w : h
        let acrossCount = horizontal ? h : w
        @inline(__always) func grey(_ along: Int, _ across: Int) -> Int {
            horizontal ? Int(img.pixels[across * w + along]) : Int(img.pixels[along * w + across])
        }
        let window = maxThickness + 1
        // thin[across][along]: ink whose run across the rule is thin.
        var thin = [Bool](repeating: false, count: alongCount * acrossCount)
        var ink = [Bool](repeating: false, count: acrossCount)
        for a in 0..<alongCount {
            for c in 0..<acrossCount {
                let v = grey(a, c)
                if v >= 215 { ink[c] = false; continue }
                // A valley: clearly lighter pixels on both sides, so the inside and the edge
                // of a pale fill are not ink but a dark line along its edge is.
                var before = c - window < 0 ? 255 : v, after = c + window >= acrossCount ? 255 : v
                for d in 1...window {
                    if c - d >= 0 { before = max(before, grey(a, c - d)) }
                    if c + d < acrossCount { after = max(after, grey(a, c + d)) }
                }
                ink[c] = min(before, after) - v >= 40
            }
            var c = 0
            while c < acrossCount {
                guard ink[c] else { c += 1; continue }
                var e = c
                while e + 1 < acrossCount, ink[e + 1] { e += 1 }
                if e - c + 1 <= maxThickness {
                    for k in c...e { thin[k * alongCount + a] = true }
                }
                c = e + 1
            }
        }
        // Runs along each line of pixels, allowing one-pixel gaps.
        let minRun = max(6, Int((6.0 * img.scale).rounded()))
        var runs: [(across: Int, start: Int, end: Int)] = []
        for c in 0..<acrossCount {
            let base = c * alongCount
            var a = 0
            while a < alongCount {
                guard thin[base + a] else { a += 1; continue }
                var e = a
                while true {
                    if e + 1 < alongCount, thin[base + e + 1] { e += 1; continue }
                    if e + 2 < alongCount, thin[base + e + 2] { e += 2; continue }
                    break
                }
                if e - a + 1 >= minRun { runs.append((c, a, e)) }
                a = e + 1
            }
        }
        // Merge runs on neighbouring pixel lines that overlap into one rule.
        runs.sort { $0.across < $1.across || ($0.across == $1.across && $0.start < $1.start) }
        var groups: [(hi: Int, start: Int, end: Int, weight: Int, sum: Int)] = []
        var active: [Int] = []
        for r in runs {
            active.removeAll { groups[$0].hi < r.across - 1 }
            let len = r.end - r.start + 1
            if let k = active.first(where: { groups[$0].hi >= r.across - 1 && r.start <= groups[$0].end + 2
                                              && r.end >= groups[$0].start - 2 }) {
                groups[k].hi = r.across
                groups[k].start = min(groups[k].start, r.start)
                groups[k].end = max(groups[k].end, r.end)
                groups[k].weight += len
                groups[k].sum += len * r.across
            } else {
                active.append(groups.count)
                groups.append((r.across, r.start, r.end, len, len * r.across))
            }
        }
        let s = img.scale
        return groups.map { g in
            PdfRule(position: (Double(g.sum) / Double(g.weight) + 0.5) / s,
                    start: Double(g.start) / s, end: Double(g.end + 1) / s)
        }
    }
}
