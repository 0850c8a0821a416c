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
        let window = maxThickness + 1
        // thin[across * alongCount + along]: ink whose run across the rule is thin. The image
        // is walked row by row (row-major, cache friendly) whichever the direction.
        var thin = [Bool](repeating: false, count: alongCount * acrossCount)
        var runStart = [Int](repeating: -1, count: w)  // per x: where the current vertical ink run began
        var rowInk = [Bool](repeating: false, count: w)
        img.pixels.withUnsafeBufferPointer { px in
            thin.withUnsafeMutableBufferPointer { out in
                func mark(x: Int, y: Int) {
                    if horizontal { out[y * w + x] = true } else { out[x * h + y] = true }
                }
                func closeRun(x: Int, endY: Int) {
                    let s0 = runStart[x]
                    if s0 >= 0 {
                        if horizontal, endY - s0 + 1 <= maxThickness { for k in s0...endY { mark(x: x, y: k) } }
                        runStart[x] = -1
                    }
                }
                for y in 0..<h {
                    let base = y * w
                    for x in 0..<w {
                        let v = Int(px[base + x])
                        var isInk = false
                        if v < 215 {
                            // A valley: clearly lighter pixels on both sides, so the inside and
                            // the edge of a pale fill are not ink but a dark line along it is.
                            var before = 0, after = 0
                            if horizontal {
                                before = y - window < 0 ? 255 : v
                                after = y + window >= h ? 255 : v
                                for d in 1...window {
                                    if y - d >= 0 { before = max(before, Int(px[base - d * w + x])) }
                                    if y + d < h { after = max(after, Int(px[base + d * w + x])) }
                                }
                            } else {
                                before = x - window < 0 ? 255 : v
                                after = x + window >= w ? 255 : v
                                for d in 1...window {
                                    if x - d >= 0 { before = max(before, Int(px[base + x - d])) }
                                    if x + d < w { after = max(after, Int(px[base + x + d])) }
                                }
                            }
                            isInk = min(before, after) - v >= 40
                        }
                        rowInk[x] = isInk
                        if horizontal {
                            if isInk { if runStart[x] < 0 { runStart[x] = y } } else { closeRun(x: x, endY: y - 1) }
                        }
                    }
                    if !horizontal {
                        // Runs across a vertical rule lie along the row.
                        var x = 0
                        while x < w {
                            guard rowInk[x] else { x += 1; continue }
                            var e = x
                            while e + 1 < w, rowInk[e + 1] { e += 1 }
                            if e - x + 1 <= maxThickness { for k in x...e { mark(x: k, y: y) } }
                            x = e + 1
                        }
                    }
                }
                if horizontal { for x in 0..<w { closeRun(x: x, endY: h - 1) } }
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
