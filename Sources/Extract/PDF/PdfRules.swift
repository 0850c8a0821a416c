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
/// Text is painted out first (glyph boxes shrunk a little, so rules that touch a box survive),
/// each box in the grey of its surroundings: white on a white page, the fill's grey inside a
/// shaded cell (a white hole in a fill would leave the fill between two holes as thin ink).
/// A pixel is ink when it is clearly darker than the lightest pixel a few rows (or columns)
/// away: a thin black line on white or on a pale cell fill is ink, the inside of a fill is
/// not. Ink runs thicker than about two points are not rules (fills, images, bold text).
enum PdfRuleFinder {
    /// The rules of a rendered page. The glyphs are painted out of `image` first.
    static func rules(in image: inout GreyImage, glyphs: [PdfGlyph]) -> (horizontal: [PdfRule], vertical: [PdfRule]) {
        let w = image.width, h = image.height, s = image.scale
        let maxThickness = max(3, PdfInt.clamped((2.2 * s).rounded()))
        let minRun = max(6, PdfInt.clamped((6.0 * s).rounded()))
        return image.pixels.withUnsafeMutableBufferPointer { px -> ([PdfRule], [PdfRule]) in
            paintOutGlyphs(px, width: w, height: h, scale: s, glyphs: glyphs)
            let thin = thinInk(UnsafeBufferPointer(px), width: w, height: h, maxThickness: maxThickness)
            let hr = rules(from: thin.horizontal, minRun: minRun, scale: s)
            let vr = rules(from: thin.vertical, minRun: minRun, scale: s)
            return (hr, vr)
        }
    }

    /// Paints each glyph box, shrunk by 12% of its width and 15% of its height (at least a
    /// point each side), in the median grey of the pixels just outside the shrunk box:
    /// the background the glyph sits on (the render leaves glyphs out, so these are the page,
    /// a cell fill, or a rule the box touches). Painting white instead punched holes in shaded
    /// header cells, and the fill left between holes, or between a hole and the cell's edge,
    /// read as short rules that split the header's words into columns.
    static func paintOutGlyphs(_ px: UnsafeMutableBufferPointer<UInt8>, width w: Int, height h: Int, scale s: Double,
                               glyphs: [PdfGlyph]) {
        var ring: [UInt8] = []
        for g in glyphs {
            let shrinkX = max(1.0, g.width * 0.12) , shrinkY = max(1.0, g.height * 0.15)
            let xa = max(0, PdfInt.clamped(((g.x0 + shrinkX) * s).rounded(.up)))
            let xb = min(w - 1, PdfInt.clamped(((g.x1 - shrinkX) * s).rounded(.down)))
            let ya = max(0, PdfInt.clamped(((g.y0 + shrinkY) * s).rounded(.up)))
            let yb = min(h - 1, PdfInt.clamped(((g.y1 - shrinkY) * s).rounded(.down)))
            guard xa <= xb, ya <= yb else { continue }
            ring.removeAll(keepingCapacity: true)
            for x in max(0, xa - 1)...min(w - 1, xb + 1) {
                if ya > 0 { ring.append(px[(ya - 1) * w + x]) }
                if yb < h - 1 { ring.append(px[(yb + 1) * w + x]) }
            }
            for y in ya...yb {
                if xa > 0 { ring.append(px[y * w + xa - 1]) }
                if xb < w - 1 { ring.append(px[y * w + xb + 1]) }
            }
            var grey: UInt8 = 255
            if !ring.isEmpty {
                ring.sort()
                grey = ring[ring.count / 2]
            }
            for y in ya...yb {
                UnsafeMutableBufferPointer(rebasing: px[(y * w + xa)...(y * w + xb)]).update(repeating: grey)
            }
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
        let count = w * h
        guard count > 0, let base = px.baseAddress else { return ([], []) }
        // 1: ink across y (for horizontal rules); 2: such ink in a thin run down its column.
        let f = UnsafeMutablePointer<UInt8>.allocate(capacity: count)
        f.initialize(repeating: 0, count: count)
        defer { f.deallocate() }
        var hInk: [Int] = []        // indices of the pixels marked 1, row-major
        var vThin: [UInt64] = []
        hInk.reserveCapacity(4096)
        vThin.reserveCapacity(4096)
        let raw = UnsafeRawPointer(base)
        for y in 0..<h {
            let rowStart = y &* w
            let row = base + rowStart
            let up = min(window, y), down = min(window, h &- 1 &- y)
            // The current run of vertical-rule ink in this row, first and last x (-1, -2: none).
            var runStart = -1, runEnd = -2
            // Only dark pixels can be ink: visit them alone, found eight at a time.
            var word = 0
            while true {
                word = nextDarkWord(raw + rowStart, from: word, limit: w &- 8)
                var dark: UInt64 = 0
                if word &+ 8 <= w {
                    dark = darkMask(raw.loadUnaligned(fromByteOffset: rowStart &+ word, as: UInt64.self))
                } else if word < w {
                    for k in word..<w where row[k] < 215 { dark |= 0x80 << UInt64(8 &* (k &- word)) }
                } else {
                    break
                }
                while dark != 0 {
                    let x = word &+ dark.trailingZeroBitCount / 8
                    dark &= dark &- 1
                    let p = row + x
                    let v = Int(p.pointee)
                    // A valley: clearly lighter pixels on both sides, so the inside and the
                    // edge of a pale fill are not ink but a dark line along it is.
                    if isValley(p, step: w, back: up, ahead: down, window: window, v: v) {
                        f[rowStart &+ x] = 1
                        hInk.append(rowStart &+ x)
                    }
                    // Runs across a vertical rule lie along the row; one ends at the first
                    // pixel that is not ink, light or dark.
                    if isValley(p, step: 1, back: min(window, x), ahead: min(window, w &- 1 &- x), window: window, v: v) {
                        if runEnd != x &- 1 {
                            if runStart >= 0 { keep(&vThin, runStart, runEnd, y, maxThickness) }
                            runStart = x
                        }
                        runEnd = x
                    } else if runStart >= 0 {
                        keep(&vThin, runStart, runEnd, y, maxThickness)
                        runStart = -1
                        runEnd = -2
                    }
                }
                word &+= 8
            }
            if runStart >= 0 { keep(&vThin, runStart, runEnd, y, maxThickness) }
        }
        // Runs across a horizontal rule lie down the column: keep those no thicker than
        // allowed (marked 2). hInk is in row-major order, so the kept ones come out sorted.
        for i in hInk where i < w || f[i &- w] == 0 {
            var length = 1
            while length <= maxThickness, i &+ length &* w < count, f[i &+ length &* w] != 0 { length &+= 1 }
            if length <= maxThickness {
                for k in 0..<length { f[i &+ k &* w] = 2 }
            }
        }
        var hThin: [UInt64] = []
        for i in hInk where f[i] == 2 { hThin.append(UInt64(i / w) << 32 | UInt64(i % w)) }
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

    /// True when the pixel at `p` (grey level `v`) is clearly darker than the lightest pixel
    /// within `window` steps before it and within `window` steps after it; a side cut short by
    /// the edge of the image (`back` or `ahead` under `window`) counts as white.
    @inline(__always)
    private static func isValley(_ p: UnsafePointer<UInt8>, step: Int, back: Int, ahead: Int, window: Int, v: Int) -> Bool {
        var before = back < window ? 255 : v
        var d = 1
        while d <= back { before = max(before, Int(p[-d &* step])); d &+= 1 }
        if before &- v < 40 { return false }
        var after = ahead < window ? 255 : v
        d = 1
        while d <= ahead { after = max(after, Int(p[d &* step])); d &+= 1 }
        return after &- v >= 40
    }

    /// Adds the pixels of the run from x = `a` through `b` on row `y` when it is thin enough.
    @inline(__always)
    private static func keep(_ out: inout [UInt64], _ a: Int, _ b: Int, _ y: Int, _ maxThickness: Int) {
        guard b &- a < maxThickness else { return }
        for k in a...b { out.append(UInt64(k) << 32 | UInt64(y)) }
    }

    /// The offset, a multiple of 8 from `from`, of the first eight bytes of `row` that hold a
    /// grey level below 215, or the first offset past `limit` (the last offset to look at).
    /// Pure white (255) is skipped 32 bytes at a time.
    @inline(never)
    static func nextDarkWord(_ row: UnsafeRawPointer, from: Int, limit: Int) -> Int {
        var i = from
        while i + 24 <= limit {
            let a = row.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let b = row.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
            let c = row.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self)
            let d = row.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)
            if a & b & c & d != UInt64.max { break }
            i += 32
        }
        while i <= limit {
            if darkMask(row.loadUnaligned(fromByteOffset: i, as: UInt64.self)) != 0 { return i }
            i += 8
        }
        return i
    }

    /// 0x80 in each byte of `x` (eight grey levels) below 215, the darkest that is never ink.
    /// Exact byte by byte: a byte is at least 215 when its top bit is set and its low seven
    /// bits are at least 87, i.e. adding 41 to them carries into the top bit (no byte overflows).
    @inline(__always)
    static func darkMask(_ x: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080
        let light = x & ((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x2929_2929_2929_2929) & high
        return ~light & high
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
