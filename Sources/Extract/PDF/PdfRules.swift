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
    /// The rules of a rendered page. The glyphs are painted out of `image` (white) first.
    static func rules(in image: inout GreyImage, glyphs: [PdfGlyph]) -> (horizontal: [PdfRule], vertical: [PdfRule]) {
        let w = image.width, h = image.height, s = image.scale
        let maxThickness = max(3, Int((2.2 * s).rounded()))
        let minRun = max(6, Int((6.0 * s).rounded()))
        return image.pixels.withUnsafeMutableBufferPointer { px -> ([PdfRule], [PdfRule]) in
            for g in glyphs {
                let shrinkX = max(1.0, g.width * 0.12) , shrinkY = max(1.0, g.height * 0.15)
                let xa = max(0, Int(((g.x0 + shrinkX) * s).rounded(.up)))
                let xb = min(w - 1, Int(((g.x1 - shrinkX) * s).rounded(.down)))
                let ya = max(0, Int(((g.y0 + shrinkY) * s).rounded(.up)))
                let yb = min(h - 1, Int(((g.y1 - shrinkY) * s).rounded(.down)))
                guard xa <= xb, ya <= yb else { continue }
                for y in ya...yb {
                    UnsafeMutableBufferPointer(rebasing: px[(y * w + xa)...(y * w + xb)]).update(repeating: 255)
                }
            }
            let thin = thinInk(UnsafeBufferPointer(px), width: w, height: h, maxThickness: maxThickness)
            let hr = rules(from: thin.horizontal, minRun: minRun, scale: s)
            let vr = rules(from: thin.vertical, minRun: minRun, scale: s)
            return (hr, vr)
        }
    }

    /// The thin ink of a page, both directions in one pass over the pixels.
    ///
    /// A pixel is ink for horizontal rules when it is a valley across y (clearly darker than
    /// the lightest pixel within `maxThickness + 1` rows above and below, 255 beyond the page
    /// edge), and it is thin when its run of such ink down the column is at most `maxThickness`
    /// long; vertical rules likewise with x and y swapped. Returns the thin pixels as sorted
    /// keys `across << 32 | along`: (y, x) for horizontal rules, (x, y) for vertical ones.
    static func thinInk(_ px: UnsafeBufferPointer<UInt8>, width w: Int, height h: Int, maxThickness: Int)
        -> (horizontal: [UInt64], vertical: [UInt64]) {
        let window = maxThickness + 1
        // Bit 0: ink across y (for horizontal rules), bit 1: ink across x (for vertical rules).
        var flags = [UInt8](repeating: 0, count: w * h)
        var hInk: [Int] = []        // indices of pixels with bit 0, row-major
        var hThin: [UInt64] = []
        var vThin: [UInt64] = []
        let base = px.baseAddress!
        flags.withUnsafeMutableBufferPointer { fl in
            let f = fl.baseAddress!
            for y in 0..<h {
                let row = base + y * w
                // Rows without any dark pixel hold no ink.
                if !anyDark(row, count: w) { continue }
                let up = min(window, y), down = min(window, h - 1 - y)
                var runStart = -1  // where the current run of vertical-rule ink in this row began
                var x = 0
                while x < w {
                    if runStart < 0, x + 32 <= w, !anyDark(row + x, count: 32) { x += 32; continue }
                    let v = Int(row[x])
                    var vIsInk = false
                    if v < 215 {
                        // A valley: clearly lighter pixels on both sides, so the inside and
                        // the edge of a pale fill are not ink but a dark line along it is.
                        var before = up < window ? 255 : v
                        var after = down < window ? 255 : v
                        if up > 0 { for d in 1...up { before = max(before, Int(row[x - d * w])) } }
                        if down > 0 { for d in 1...down { after = max(after, Int(row[x + d * w])) } }
                        if min(before, after) - v >= 40 {
                            f[y * w + x] |= 1
                            hInk.append(y * w + x)
                        }
                        let left = min(window, x), right = min(window, w - 1 - x)
                        before = left < window ? 255 : v
                        after = right < window ? 255 : v
                        if left > 0 { for d in 1...left { before = max(before, Int(row[x - d])) } }
                        if right > 0 { for d in 1...right { after = max(after, Int(row[x + d])) } }
                        vIsInk = min(before, after) - v >= 40
                    }
                    if vIsInk {
                        if runStart < 0 { runStart = x }
                    } else if runStart >= 0 {
                        if x - runStart <= maxThickness {
                            for k in runStart..<x { vThin.append(UInt64(k) << 32 | UInt64(y)) }
                        }
                        runStart = -1
                    }
                    x += 1
                }
                if runStart >= 0, w - runStart <= maxThickness {
                    for k in runStart..<w { vThin.append(UInt64(k) << 32 | UInt64(y)) }
                }
            }
            // Runs across a horizontal rule lie down the column: keep those no thicker than
            // allowed, marked with bit 2, then read back row by row in order.
            var firstRow = h, lastRow = -1
            for i in hInk where i < w || f[i - w] & 1 == 0 {
                var length = 1
                while length <= maxThickness, i + length * w < w * h, f[i + length * w] & 1 != 0 { length += 1 }
                if length <= maxThickness {
                    for k in 0..<length { f[i + k * w] |= 4 }
                    firstRow = min(firstRow, i / w)
                    lastRow = max(lastRow, i / w + length - 1)
                }
            }
            if firstRow <= lastRow {
                let raw = UnsafeRawPointer(f)
                for y in firstRow...lastRow {
                    var x = 0
                    while x < w {
                        if x + 8 <= w, raw.loadUnaligned(fromByteOffset: y * w + x, as: UInt64.self)
                            & 0x0404_0404_0404_0404 == 0 {
                            x += 8
                            continue
                        }
                        if f[y * w + x] & 4 != 0 { hThin.append(UInt64(y) << 32 | UInt64(x)) }
                        x += 1
                    }
                }
            }
        }
        // The vertical-rule keys came row by row; a stable counting sort on x orders them by
        // (x, y).
        if !vThin.isEmpty {
            var start = [Int](repeating: 0, count: w + 1)
            for k in vThin { start[Int(k >> 32) + 1] += 1 }
            for x in 0..<w { start[x + 1] += start[x] }
            var sorted = [UInt64](repeating: 0, count: vThin.count)
            for k in vThin {
                let x = Int(k >> 32)
                sorted[start[x]] = k
                start[x] += 1
            }
            vThin = sorted
        }
        return (hThin, vThin)
    }

    /// True when one of `count` grey levels is darker than 215, the darkest that is never ink.
    /// Eight pixels at a time: a byte below 128 clears its top bit; of bytes at or above 128,
    /// one below 215 is one whose low seven bits are below 87, found by the borrow of a
    /// byte-wise subtraction (exact: without such a byte nothing borrows).
    @inline(__always)
    static func anyDark(_ p: UnsafePointer<UInt8>, count: Int) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080, low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let raw = UnsafeRawPointer(p)
        var i = 0
        while i + 8 <= count {
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if x & high != high { return true }
            let y = x & low
            if (y &- 0x0101_0101_0101_0101 &* 87) & ~y & high != 0 { return true }
            i += 8
        }
        while i < count {
            if p[i] < 215 { return true }
            i += 1
        }
        return false
    }

    /// Rules from thin ink keys sorted by (across, along): runs along each line of pixels,
    /// allowing one-pixel gaps, then runs on neighbouring lines that overlap merged into one rule.
    private static func rules(from thin: [UInt64], minRun: Int, scale s: Double) -> [PdfRule] {
        var runs: [(across: Int, start: Int, end: Int)] = []
        var i = 0
        while i < thin.count {
            let across = thin[i] >> 32
            let a = Int(thin[i] & 0xFFFF_FFFF)
            var e = a
            var j = i + 1
            while j < thin.count, thin[j] >> 32 == across, Int(thin[j] & 0xFFFF_FFFF) - e <= 2 {
                e = Int(thin[j] & 0xFFFF_FFFF)
                j += 1
            }
            if e - a + 1 >= minRun { runs.append((Int(across), a, e)) }
            i = j
        }
        // Merge runs on neighbouring pixel lines that overlap into one rule.
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
        return groups.map { g in
            PdfRule(position: (Double(g.sum) / Double(g.weight) + 0.5) / s,
                    start: Double(g.start) / s, end: Double(g.end + 1) / s)
        }
    }
}
