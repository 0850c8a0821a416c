/// The ruling lines of a scanned page's tables, from the rules `PdfRuleFinder` finds in its
/// pixels.
///
/// A scan has no glyph boxes to paint out before rules are looked for, so what the finder
/// returns mixes the table's rules with the strokes of characters, and loses a rule where a
/// character touches it or where a dashed rule's dash is faint. `traced` follows each rule
/// along its ink, `dashedRules` joins the dashes of a dashed rule into one rule, and
/// `tableRules` keeps the rules that make cells.
enum PdfScanRules {
    /// The shortest rule, in points, that can start a table's frame on a scan. Text is not
    /// painted out of a scan before rules are looked for (there are no glyph boxes yet), so
    /// the strokes of characters (a 一, the bars of a 田) are found as short rules too; no
    /// character's stroke is this long, and every table has an outer rule at least this long.
    static let minFrameRule = 60.0

    /// Half the height, in points, of the band along a rule in which `traced` looks for its
    /// ink: the rule's own half thickness (0.25–0.75 pt drawn, more once blurred) and the
    /// drift a residual skew of 0.01° gives over 500 points (0.1 pt).
    static let traceBand = 1.0

    /// How much lighter than a rule's own ink, in grey levels, a pixel of the band may be and
    /// still be the rule: the step `PdfRuleFinder` takes for ink (40) over the paper.
    static let traceContrast = 40

    /// The palest grey a traced rule's ink may have: paper with the scanner's noise (σ up to
    /// about 6 levels) stays above it.
    static let tracePalest = 225

    /// The rules found, each followed along its line past its ends for as long as the line is
    /// ink, and the pieces of one line that then meet merged into one rule.
    ///
    /// On a scan the rule finder loses a rule wherever a character touches it (the rule and
    /// the stroke make one run of ink too thick for a rule); a text layer's glyph boxes are
    /// painted out first, a scan has none yet. The rule is still there in the pixels: its band
    /// is ink all the way under the touching strokes, while between two dashes, or where a
    /// table leaves a border out, the band is paper.
    static func traced(_ rules: [PdfRule], in image: GreyImage, horizontal: Bool) -> [PdfRule] {
        let s = image.scale
        var out: [PdfRule] = []
        for rule in rules {
            let band = Band(image, horizontal: horizontal, centre: Int(rule.position * s), half: traceBand)
            var a = max(0, Int((rule.start * s).rounded())), b = min(band.along, Int((rule.end * s).rounded()))
            guard b - a >= 2 else { out.append(rule); continue }
            // The rule's ink: the median of its band's darkest greys.
            let limit = band.inkLimit(a, b, samples: 32, share: 0.5)
            while a > 0, band.darkest(a - 1) < limit { a -= 1 }
            while b < band.along, band.darkest(b) < limit { b += 1 }
            out.append(PdfRule(position: rule.position, start: min(rule.start, Double(a) / s), end: max(rule.end, Double(b) / s)))
        }
        // Merge the pieces of one line (positions within `traceBand` of its first) that meet.
        out.sort { $0.position < $1.position }
        var merged: [PdfRule] = []
        var i = 0
        while i < out.count {
            var j = i + 1
            while j < out.count, out[j].position - out[i].position <= traceBand { j += 1 }
            let line = out[i..<j].sorted { $0.start < $1.start }
            var current = line[0], weight = current.length * current.position, length = current.length
            for r in line.dropFirst() {
                if r.start <= current.end + 1 / s {
                    current.end = max(current.end, r.end)
                    weight += r.length * r.position
                    length += r.length
                    if length > 0 { current.position = weight / length }
                } else {
                    merged.append(current)
                    current = r
                    weight = r.length * r.position
                    length = r.length
                }
            }
            merged.append(current)
            i = j
        }
        return merged
    }

    /// A rule of a scanned page, and how far its ends may lie short of the rules across that
    /// it meets, in points: 0 for a solid rule (traced to the end of its ink), a dash and a
    /// gap for a dashed one (its last dash may be too faint to be found).
    struct Line {
        var rule: PdfRule
        var reach: Double = 0
        /// How far past the rule's start and its end, in points, the dash pattern goes on in
        /// the pixels (`dashInk`) where the dashes were not found as rules (text beside them).
        var lead = 0.0, trail = 0.0
    }

    /// How far a solid rule's traced end may stop short of the middle of the rule across it
    /// and still meet it, in points. `traced` follows a rule through the ink of a rule it
    /// meets, so its end lies past that rule's middle or, where the rule across is paler than
    /// its own ink, at most that rule's half width (up to 1.1 pt, `PdfRuleFinder`'s thickest
    /// rule) before it. A character's stroke in a row barely taller than its text stops with
    /// paper between it and the rule: 1.6 pt short in the landscape scan of table 三
    /// (samples/scans/30), where snapping at `PdfLattice.snap` (2.5 pt) made the strokes of
    /// `1.`, `2.`, `一` and `申` cell borders that cut the labels into pieces. A rule with paper
    /// on both sides (`isolated`, no stroke of a character) may stop up to `PdfLattice.snap`
    /// short: a border meeting a rule paler than itself stopped 1.3 pt short (samples/scans/18).
    static let touch = 1.2

    /// Dashes at most this long, in points, can be joined into a dashed rule (Word's and WPS's
    /// dashed borders draw 1–9 pt dashes).
    static let maxDash = 12.0

    /// The widest gap between two dashes that sets a dashed rule's period, in points.
    static let maxDashGap = 4.0

    /// The fewest dashes in a row, evenly spaced and of one length, that show a page has dashed
    /// rules and set their period: strokes of text on one line are never so many and so even.
    static let minPatternDashes = 6

    /// The fewest dashes that make a dashed rule: two could be two strokes of one character
    /// (the bars of a 二).
    static let minDashes = 3

    /// The most dashes in a row that a dashed rule may lose (to the touching text, a fill
    /// beside it, the scanner's noise) and still be one rule: on the scan of the dashed blue
    /// table (samples/scans/36) three in a row were lost under a shaded cell's edge.
    static let maxMissingDashes = 3

    /// How far a dash's start may lie from its place in the rule's period, as a share of the
    /// period (at least a point): a dash shortened by a touching stroke starts late or ends
    /// early, so its start or its end is tested.
    static let dashPhase = 0.15

    /// The rules with the dashes of each dashed rule joined into one `Line`, and the other
    /// rules as they are.
    ///
    /// A dash is a short rule with paper on both sides of it (`isolated`): the strokes of
    /// characters are found as short rules too, but nearly every one has other strokes of its
    /// character beside it. A dashed rule is a run of at least `minDashes` dashes on one line
    /// whose starts keep the page's dash period, up to `maxMissingDashes` periods apart where
    /// dashes were lost. The period is the median start-to-start distance of neighbouring
    /// dashes (at most `maxDashGap` apart) on lines with `minPatternDashes` even ones in a
    /// row: a table draws its dashed borders in one style, and a border a row or two high has
    /// too few dashes to set a period of its own. A run that is not a table's rule still has
    /// to meet rules across at both ends (`tableRules`).
    static func dashedRules(horizontal: [PdfRule], vertical: [PdfRule], in image: GreyImage) -> (horizontal: [Line], vertical: [Line]) {
        let hLines = lines(horizontal, horizontal: true, in: image), vLines = lines(vertical, horizontal: false, in: image)
        var periods: [Double] = [], dashes: [Double] = []
        for line in hLines + vLines {
            let pairs = dashPairs(line)
            var inRow = 0, best = 0
            for pair in pairs { inRow = pair.adjacent ? inRow + 1 : 1; best = max(best, inRow) }
            guard best >= minPatternDashes - 1 else { continue }
            let linePeriod = median(pairs.map(\.period)), lineDash = median(pairs.map(\.dash))
            // One length and one period along the line.
            let regular = pairs.filter { abs($0.period - linePeriod) <= dashPhase * linePeriod && abs($0.dash - lineDash) <= dashPhase * linePeriod }
            guard regular.count * 4 >= pairs.count * 3 else { continue }
            periods += regular.map(\.period)
            dashes += regular.map(\.dash)
        }
        guard !periods.isEmpty else { return (horizontal.map { Line(rule: $0) }, vertical.map { Line(rule: $0) }) }
        let period = median(periods), dash = median(dashes)
        // A table's frame (a long solid rule) ends the dashed rules that meet it: past it, ink
        // on the line is another table's or a caption's, not more dashes.
        let frameH = horizontal.filter { $0.length >= minFrameRule }, frameV = vertical.filter { $0.length >= minFrameRule }
        func frames(_ line: [Piece], _ across: [PdfRule]) -> [Double] {
            guard let p = line.first?.rule.position else { return [] }
            return across.filter { p >= $0.start - PdfLattice.snap && p <= $0.end + PdfLattice.snap }.map(\.position)
        }
        return (hLines.flatMap { joined($0, period: period, dash: dash, stops: frames($0, frameV), horizontal: true, in: image) },
                vLines.flatMap { joined($0, period: period, dash: dash, stops: frames($0, frameH), horizontal: false, in: image) })
    }

    /// A rule found, and whether it can be a dash (short and `isolated`).
    private struct Piece {
        var rule: PdfRule
        var dash: Bool
    }

    /// How far from a dash's line, in points, the bands that must be paper lie: just past the
    /// dash's own ink (a 0.5 pt rule blurred by the scan), where the strokes of a character
    /// that meet a bar of it are ink, and short of the text of a tight row beside a border
    /// (1.5 pt away in the scans of samples/scans/30 and 36).
    static let isolationBand = (near: 0.9, far: 1.4)

    /// The share of a band's pixels that may be ink (the scanner's specks) in an isolated dash.
    static let isolationInk = 0.05

    /// True when the bands `isolationBand` away from the rule on both sides, along its length,
    /// are paper; the bands are not looked at within a point of `crossings` (the rules across
    /// it that a cell border meets).
    static func isolated(_ rule: PdfRule, horizontal: Bool, in image: GreyImage, crossings: [Double] = []) -> Bool {
        let s = image.scale
        let along = horizontal ? image.width : image.height, across = horizontal ? image.height : image.width
        let a = max(0, Int((rule.start * s).rounded())), b = min(along, Int((rule.end * s).rounded()))
        guard b > a else { return false }
        let c = rule.position * s
        let near = Int((isolationBand.near * s).rounded()), far = max(near + 1, Int((isolationBand.far * s).rounded()))
        let skip = (a..<b).map { t in crossings.contains { abs(Double(t) / s - $0) <= 1.0 } }
        for side in [-1, 1] {
            var ink = 0, total = 0
            for d in near...far {
                let k = Int(c.rounded()) + side * d
                guard k >= 0, k < across else { continue }
                for t in a..<b where !skip[t - a] {
                    total += 1
                    if (horizontal ? image[t, k] : image[k, t]) < PdfOCR.inkLevel { ink += 1 }
                }
            }
            if Double(ink) > isolationInk * Double(total) { return false }
        }
        return true
    }

    /// The rules grouped by line (positions within a point of the line's first), each line
    /// sorted along.
    private static func lines(_ rules: [PdfRule], horizontal: Bool, in image: GreyImage) -> [[Piece]] {
        let sorted = rules.sorted { ($0.position, $0.start) < ($1.position, $1.start) }
        var lines: [[Piece]] = []
        for r in sorted {
            let piece = Piece(rule: r, dash: r.length <= maxDash && isolated(r, horizontal: horizontal, in: image))
            if let first = lines.last?.first, r.position - first.rule.position <= 1.0 {
                lines[lines.count - 1].append(piece)
            } else {
                lines.append([piece])
            }
        }
        return lines.map { $0.sorted { $0.rule.start < $1.rule.start } }
    }

    /// The neighbouring dashes of a line at most `maxDashGap` apart: their period, the first
    /// one's length, and whether the pair follows the one before it without a break.
    private static func dashPairs(_ line: [Piece]) -> [(period: Double, dash: Double, adjacent: Bool)] {
        var out: [(period: Double, dash: Double, adjacent: Bool)] = []
        var previous = -1
        for (i, (a, b)) in zip(line, line.dropFirst()).enumerated()
        where a.dash && b.dash && b.rule.start > a.rule.end && b.rule.start - a.rule.end <= maxDashGap {
            out.append((b.rule.start - a.rule.start, a.rule.length, previous == i - 1))
            previous = i
        }
        return out
    }

    /// One line's pieces with the runs of dashes that keep `period` joined into dashed rules,
    /// each followed on through the pixels up to the first of `stops` (frames across it).
    /// A short piece that is not isolated (a dash a character touches) is left as it is and
    /// counts as a lost dash; a long one ends the run.
    private static func joined(_ line: [Piece], period: Double, dash: Double, stops: [Double], horizontal: Bool,
                               in image: GreyImage) -> [Line] {
        let tolerance = max(1.0, dashPhase * period)
        /// True when `b` is a dash `k` periods after `a` for some k in 1...maxMissingDashes + 1.
        func follows(_ a: PdfRule, _ b: PdfRule) -> Bool {
            guard b.start > a.end else { return false }
            for shift in [b.start - a.start, b.end - a.end] {
                let k = (shift / period).rounded()
                if k >= 1, k <= Double(maxMissingDashes + 1), abs(shift - k * period) <= tolerance { return true }
            }
            return false
        }
        var out: [Line] = []
        var run: [PdfRule] = []
        func finish() {
            if run.count >= minDashes {
                let weight = run.reduce(0) { $0 + $1.length }
                let position = run.reduce(0) { $0 + $1.length * $1.position } / weight
                let rule = PdfRule(position: position, start: run[0].start, end: run[run.count - 1].end)
                let ink = dashInk(rule, horizontal: horizontal, in: image)
                /// How far the pattern goes on past the run, `towards` -1 (before) or +1 (after).
                func more(_ towards: Double) -> Double {
                    var k = 1.0, last = 0.0, misses = 0
                    while misses <= maxMissingDashes {
                        let a = towards < 0 ? rule.start - k * period : run[run.count - 1].start + k * period
                        let piece = PdfRule(position: position, start: a, end: a + dash)
                        guard piece.start >= 0, piece.end * image.scale <= Double(horizontal ? image.width : image.height) else { break }
                        // Not past a frame: the last dash before it may touch it.
                        let from = towards < 0 ? rule.start : rule.end
                        if stops.contains(where: { ($0 - from) * towards > 0 && (piece.start + piece.end) / 2 * towards > $0 * towards }) { break }
                        if ink(piece) { last = k; misses = 0 } else { misses += 1 }
                        k += 1
                    }
                    return last * period
                }
                out.append(Line(rule: rule, reach: period + dash, lead: more(-1), trail: more(1)))
            } else {
                out += run.map { Line(rule: $0) }
            }
            run.removeAll()
        }
        for piece in line {
            let r = piece.rule
            if piece.dash, r.length <= dash + tolerance {
                if let last = run.last, !follows(last, r) { finish() }
                run.append(r)
            } else {
                if r.length > maxDash { finish() }
                out.append(Line(rule: r))
            }
        }
        finish()
        return out
    }

    /// The share of a dash's length that must be ink along its line for `dashInk` to see it.
    static let dashInkShare = 0.6

    /// A test for a dash of the dashed rule `rule` at a place along its line: ink (as dark as
    /// the rule's own dashes, within `traceContrast`) under `dashInkShare` of its length, in
    /// a band half a point either side of the line (text beside the rule stays out of it).
    static func dashInk(_ rule: PdfRule, horizontal: Bool, in image: GreyImage) -> (PdfRule) -> Bool {
        let s = image.scale
        let band = Band(image, horizontal: horizontal, centre: Int((rule.position * s).rounded()), half: 0.5)
        let a0 = max(0, Int((rule.start * s).rounded())), b0 = min(band.along, Int((rule.end * s).rounded()))
        let limit = band.inkLimit(a0, max(a0 + 1, b0), samples: 64, share: 0.25)
        return { piece in
            let a = max(0, Int((piece.start * s).rounded())), b = min(band.along, Int((piece.end * s).rounded()))
            guard b > a else { return false }
            var ink = 0
            for t in a..<b where band.darkest(t) < limit { ink += 1 }
            return Double(ink) >= dashInkShare * Double(b - a)
        }
    }

    /// The pixels across one line of a page (a row for a horizontal rule, a column for a
    /// vertical one), `half` points either side of the pixel line `centre`.
    private struct Band {
        let image: GreyImage
        let horizontal: Bool
        let centre: Int
        let half: Int
        /// The pixels along the line.
        var along: Int { horizontal ? image.width : image.height }

        init(_ image: GreyImage, horizontal: Bool, centre: Int, half: Double) {
            self.image = image
            self.horizontal = horizontal
            self.centre = min((horizontal ? image.height : image.width) - 1, max(0, centre))
            self.half = max(1, Int((half * image.scale).rounded()))
        }

        /// The darkest grey across the band at pixel `t` along the line.
        func darkest(_ t: Int) -> Int {
            var m = 255
            for k in max(0, centre - half)...min((horizontal ? image.height : image.width) - 1, centre + half) {
                m = min(m, Int(horizontal ? image[t, k] : image[k, t]))
            }
            return m
        }

        /// The grey under which the band is the rule's ink: the darkest greys of `samples`
        /// places in `a..<b`, the one at `share` of them sorted, `traceContrast` lighter, and
        /// at most `tracePalest`.
        func inkLimit(_ a: Int, _ b: Int, samples: Int, share: Double) -> Int {
            var greys = stride(from: a, to: b, by: max(1, (b - a) / samples)).map(darkest)
            greys.sort()
            return min(tracePalest, greys[Int(Double(greys.count) * share)] + traceContrast)
        }
    }

    private static func median(_ values: [Double]) -> Double {
        let s = values.sorted()
        return s[s.count / 2]
    }

    /// The rules of tables' frames: rules at least `minFrameRule` long, and the rules that run
    /// from one such rule, or one kept already, to another across them (cell borders), each of
    /// their ends on a rule across: a solid rule's end within `touch` of it (or `snap` when
    /// isolated), a dashed rule's end within its reach and the dashes seen past it, and then
    /// drawn to it. A character's stroke touches a rule at one end at most, so it does not
    /// split a cell.
    static func tableRules(horizontal: [Line], vertical: [Line], in image: GreyImage) -> (horizontal: [PdfRule], vertical: [PdfRule]) {
        let snap = PdfLattice.snap
        var hs = horizontal, vs = vertical
        // A short solid rule with paper on both sides is no stroke of a character: its ends may
        // stop short of the rules across by `PdfLattice.snap`, as a border that meets a paler
        // rule does (the trace stops at the paler ink: 1.3 pt short in samples/scans/18).
        /// The long rules of `across` that cross `line`.
        func crossings(_ line: Line, _ across: [Line]) -> [Double] {
            across.filter { $0.rule.length >= minFrameRule && line.rule.position >= $0.rule.start - snap && line.rule.position <= $0.rule.end + snap }
                .map(\.rule.position)
        }
        let looseH = hs.map { $0.reach == 0 && $0.rule.length < minFrameRule && isolated($0.rule, horizontal: true, in: image, crossings: crossings($0, vs)) }
        let looseV = vs.map { $0.reach == 0 && $0.rule.length < minFrameRule && isolated($0.rule, horizontal: false, in: image, crossings: crossings($0, hs)) }
        var keepH = hs.map { $0.rule.length >= minFrameRule }
        var keepV = vs.map { $0.rule.length >= minFrameRule }
        /// The position of the nearest kept rule of `across` that the end of `line` at `end`
        /// meets (`towards`: -1 for its start, +1 for its end), or nil.
        func meets(_ line: Line, loose: Bool, end: Double, towards: Double, across: [Line], kept: [Bool]) -> Double? {
            let verified = towards < 0 ? line.lead : line.trail
            var nearest: (beyond: Double, position: Double)?, farthestVerified: (beyond: Double, position: Double)?
            for k in across.indices where kept[k] {
                let r = across[k].rule
                guard line.rule.position >= r.start - snap, line.rule.position <= r.end + snap else { continue }
                // How far past the end, outwards, the rule across lies.
                let beyond = (r.position - end) * towards
                if line.reach == 0 {
                    if abs(beyond) <= (loose ? snap : touch), abs(beyond) < abs(nearest?.beyond ?? .infinity) { nearest = (beyond, r.position) }
                    continue
                }
                guard beyond >= -touch, beyond <= verified + line.reach + snap else { continue }
                if beyond < (nearest?.beyond ?? .infinity) { nearest = (beyond, r.position) }
                // Through the dashes seen in the pixels, a dashed rule crosses the rules it meets
                // to the last one.
                if beyond <= verified + snap, beyond > (farthestVerified?.beyond ?? -.infinity) { farthestVerified = (beyond, r.position) }
            }
            return (farthestVerified ?? nearest)?.position
        }
        /// Draws a dashed rule's ends to the kept rules across that they meet.
        func extend(_ line: inout Line, across: [Line], kept: [Bool]) {
            if let a = meets(line, loose: false, end: line.rule.start, towards: -1, across: across, kept: kept) { line.rule.start = min(line.rule.start, a) }
            if let b = meets(line, loose: false, end: line.rule.end, towards: 1, across: across, kept: kept) { line.rule.end = max(line.rule.end, b) }
        }
        /// Keeps `lines[i]` when both its ends meet kept rules across; a dashed rule is drawn
        /// to them.
        func settle(_ lines: inout [Line], _ keep: inout [Bool], _ i: Int, loose: Bool, across: [Line], kept: [Bool]) -> Bool {
            let line = lines[i]
            guard let a = meets(line, loose: loose, end: line.rule.start, towards: -1, across: across, kept: kept),
                  let b = meets(line, loose: loose, end: line.rule.end, towards: 1, across: across, kept: kept) else { return false }
            if line.reach > 0 {
                lines[i].rule.start = min(line.rule.start, a)
                lines[i].rule.end = max(line.rule.end, b)
            }
            keep[i] = true
            return true
        }
        var changed = true
        while changed {
            changed = false
            for j in vs.indices where !keepV[j] && vs[j].rule.length >= 6 {
                if settle(&vs, &keepV, j, loose: looseV[j], across: hs, kept: keepH) { changed = true }
            }
            for i in hs.indices where !keepH[i] && hs[i].rule.length >= 8 {
                if settle(&hs, &keepH, i, loose: looseH[i], across: vs, kept: keepV) { changed = true }
            }
        }
        // A dashed rule long enough to be kept on its own is drawn to the rules it reaches too.
        for i in hs.indices where keepH[i] && hs[i].reach > 0 { extend(&hs[i], across: vs, kept: keepV) }
        for j in vs.indices where keepV[j] && vs[j].reach > 0 { extend(&vs[j], across: hs, kept: keepH) }
        return (hs.indices.filter { keepH[$0] }.map { hs[$0].rule }, vs.indices.filter { keepV[$0] }.map { vs[$0].rule })
    }
}
