import FoundationEssentials
import Glibc

/// Reads a page without a text layer (a scan) by OCR into `PdfGlyph`s, as poppler's text
/// layer would give them, so the lattice, cell, paragraph and table code serves scans with no
/// special case.
///
/// The page is rendered in grey at `dpi`, a red seal's pixels made white; its ruling lines are found with `PdfRuleFinder` and
/// kept when they belong to a table's frame (`tableRules`); each cell of the lattice is read on
/// its own (`readCell`), so tesseract never reads across a rule; the rest of the page, with the
/// tables painted white, is read as one block of prose. Each recognized symbol becomes a glyph
/// in page points.
///
/// **Never a guessed digit**: a digit tesseract reads with a confidence under
/// `minDigitConfidence` becomes U+FFFD, so its cell (or its word of prose) reads as text, not
/// as a number, and the normalizer makes the value `null` with a warning.
enum PdfOCR {
    /// The resolution pages are OCRed at: tesseract's models read best with text about 30
    /// pixels high; 10.5-point table text is 44 pixels high at 300 dpi.
    static let dpi = 300.0

    /// A page with fewer glyphs than this in its text layer is OCRed (a scan with a few
    /// characters of text layer: a page number, a stamp's caption).
    static let minTextGlyphs = 20

    /// The lowest tesseract confidence (0…100) at which a digit is kept. Measured on the
    /// committed scan (Tests/ExtractTests/Support/ocr_01_word_2021_county.pdf) and three altered
    /// copies (turned 0.5° and 0.8°, a red seal): of about 1,050 digits read in value cells, all
    /// but 6 had 91 or more, those 6 had 39 or less. A wrong number costs far more than a null one
    /// (the checks and a reviewer see a null; a wrong count is believed), so the threshold sits
    /// well below the digits read right. Confidence alone does not catch every misread (a `35`
    /// read `85` at 96): the digit read must also agree with the block read (`readCell`).
    static let minDigitConfidence = 80.0

    /// The pixels left out at a cell's edge, in points, so its rules are not read as `1` or `—`.
    static let cellInset = 1.6

    /// White pixels put around a cell's ink before it is OCRed: tesseract reads text that
    /// touches the edge of its image badly.
    static let padding = 12

    /// White pixels (a tenth of an inch at 300 dpi) around a line of digits read with the
    /// digit whitelist: with `padding` a lone `6` came back empty, and with this much around
    /// labels, labels read worse (both measured on the committed scan).
    static let numberPadding = 30

    /// The grey level under which a pixel is ink for finding a cell's text.
    static let inkLevel: UInt8 = 160

    /// The OCRed content of one page.
    struct PageRead {
        var glyphs: [PdfGlyph]
        var horizontal: [PdfRule]
        var vertical: [PdfRule]
    }

    /// The most pixels a page is OCRed with: A4 at 300 dpi is 8.7 million. A larger page is
    /// rendered at a lower resolution, so memory and time per page stay bounded.
    static let maxPixels = 10_000_000.0

    /// Reads `page` by OCR (callers skip pages that are `isBlank` first).
    static func read(page: PopplerPDFPage, engine: TesseractEngine) -> PageRead {
        let (w, h) = page.size
        var scale = dpi / 72.0
        let pixels = w * scale * h * scale
        if pixels.isFinite, pixels > maxPixels { scale *= (maxPixels / pixels).squareRoot() }
        guard let image = page.renderGrey(scale: scale, text: true, dropRed: true) else { return PageRead(glyphs: [], horizontal: [], vertical: []) }
        return read(image: image, engine: engine)
    }

    /// True when the page rendered at 18 dpi has no pixel darker than light grey: nothing on
    /// it for OCR to read. A run of 500 blank pages stays under a second (a 300 dpi render of
    /// each took minutes).
    static func isBlank(_ page: PopplerPDFPage) -> Bool {
        let (w, h) = page.size
        var scale = 0.25
        if w * h * scale * scale > 4_000_000 { scale = (4_000_000 / (w * h)).squareRoot() }
        guard scale.isFinite, let preview = page.renderGrey(scale: scale, text: true) else { return true }
        return !preview.pixels.contains { $0 < 200 }
    }

    /// Reads a page rendered in grey, straightened first (`skew`).
    static func read(image: GreyImage, engine: TesseractEngine) -> PageRead {
        var image = image
        let angle = skew(image)
        if abs(angle) >= minSkew { image = rotated(image, by: angle) }
        var copy = image
        var found = PdfRuleFinder.rules(in: &copy, glyphs: [])
        found.horizontal = PdfScanRules.traced(found.horizontal, in: image, horizontal: true)
        found.vertical = PdfScanRules.traced(found.vertical, in: image, horizontal: false)
        let lines = PdfScanRules.dashedRules(horizontal: found.horizontal, vertical: found.vertical, in: image)
        let ruled = PdfScanRules.tableRules(horizontal: lines.horizontal, vertical: lines.vertical, in: image)
        let (tables, hs, vs) = withoutFrames(PdfLattice.cellBoxes(horizontal: ruled.horizontal, vertical: ruled.vertical),
                                             horizontal: ruled.horizontal, vertical: ruled.vertical)
        var glyphs: [PdfGlyph] = []
        var prose = image
        // Cells clean the rule slivers out of their own crops (cells do not overlap).
        var cells = image
        // Every pixel is read once: the cells smallest first, each whited out once read. A
        // region of merged grid boxes that is not a rectangle (an inner rule missing at one
        // place) has as its box the boxes around it too, and read again they gave every
        // character twice (`商商业业`).
        var order: [(area: Double, index: Int, cell: PdfLattice.Box)] = []
        for t in tables {
            for cell in t.cells {
                // A cell that holds a smaller table is read through that table's cells.
                if tables.contains(where: { $0.table != t.table && encloses(cell, $0.table) }) { continue }
                order.append(((cell.x1 - cell.x0) * (cell.y1 - cell.y0), order.count, cell))
            }
            paintWhite(t.table, in: &prose, margin: 2)
        }
        var read = [[PdfGlyph]](repeating: [], count: order.count)
        for item in order.sorted(by: { ($0.area, $0.index) < ($1.area, $1.index) }) {
            read[item.index] = readCell(item.cell, in: &cells, engine: engine)
        }
        glyphs = read.flatMap { $0 }
        glyphs += readProse(prose, engine: engine)
        return PageRead(glyphs: glyphs, horizontal: hs, vertical: vs)
    }

    /// The tables and rules with every frame that has no rule found inside it (a table of one
    /// cell) taken out: such a frame is no grid, but a table whose inner rules are too faint or
    /// too finely dotted to be found once scanned, or a box around a note. Read as one cell its
    /// lines ran together (`信息内容本年制发件数…规章0 0 8`); its text is read with the page's
    /// prose instead, where a table's numbers standing apart are read again on their own
    /// (`verifyNumbers`), and its rules are not handed on to the grid builder.
    static func withoutFrames(_ tables: [(table: PdfLattice.Box, cells: [PdfLattice.Box])], horizontal: [PdfRule],
                              vertical: [PdfRule]) -> (tables: [(table: PdfLattice.Box, cells: [PdfLattice.Box])],
                                                       horizontal: [PdfRule], vertical: [PdfRule]) {
        let frames = tables.filter { $0.cells.count == 1 }.map(\.table)
        func onFrame(_ r: PdfRule, horizontal: Bool) -> Bool {
            let snap = PdfLattice.snap
            return frames.contains { f in
                let (lo, hi, from, to) = horizontal ? (f.y0, f.y1, f.x0, f.x1) : (f.x0, f.x1, f.y0, f.y1)
                return r.position >= lo - snap && r.position <= hi + snap && r.start >= from - snap && r.end <= to + snap
            }
        }
        return (tables.filter { $0.cells.count > 1 }, horizontal.filter { !onFrame($0, horizontal: true) },
                vertical.filter { !onFrame($0, horizontal: false) })
    }

    /// The smallest skew, in radians (0.05°), worth straightening: a rule 500 points long
    /// drifts by under half a point.
    static let minSkew = 0.05 * Double.pi / 180

    /// The largest skew looked for, in radians (2°): a scanner's feed or a hand-placed page.
    static let maxSkew = 2.0 * Double.pi / 180

    /// The skew of a scanned page, in radians (positive: lines descend to the right), from its
    /// ink: the angle at which the ink's rows are most concentrated (the sum of the squared
    /// counts of ink pixels along lines at that angle, a projection profile). Long ruling
    /// lines weigh most, then lines of text. Searched in steps of 0.1°, then 0.01° around the best.
    static func skew(_ image: GreyImage) -> Double {
        var points: [(x: Double, y: Double)] = []
        let stepX = 3
        for y in 0..<image.height {
            var x = 0
            while x < image.width {
                if image.pixels[y * image.width + x] < inkLevel { points.append((Double(x), Double(y))) }
                x += stepX
            }
        }
        guard points.count >= 100 else { return 0 }
        let bins = image.height + 2 * Int((Double(image.width) * tan(maxSkew)).rounded(.up)) + 2
        let offset = Double(bins - image.height) / 2
        var counts = [Int](repeating: 0, count: bins)
        func score(_ angle: Double) -> Int {
            let t = tan(angle)
            for i in counts.indices { counts[i] = 0 }
            for p in points {
                let b = Int(p.y - p.x * t + offset)
                if b >= 0, b < bins { counts[b] += 1 }
            }
            return counts.reduce(0) { $0 + $1 * $1 }
        }
        func best(_ angles: [Double]) -> Double {
            var top = (angle: 0.0, score: -1)
            for a in angles {
                let s = score(a)
                if s > top.score { top = (a, s) }
            }
            return top.angle
        }
        let degree = Double.pi / 180
        let coarse = best((-20...20).map { Double($0) * 0.1 * degree })
        return best((-10...10).map { coarse + Double($0) * 0.01 * degree })
    }

    /// The image turned by `-angle` about its centre (undoing a skew of `angle`), nearest
    /// pixels, white where the turn brings in pixels from beyond the edge. (Interpolating
    /// between pixels was tried: on the copy of the scan turned 0.5° the rules it gave split
    /// rows, and 6 cells came out wrong; nearest pixels gave none wrong.)
    static func rotated(_ image: GreyImage, by angle: Double) -> GreyImage {
        let w = image.width, h = image.height
        let c = cos(angle), s = sin(angle)
        let cx = Double(w) / 2, cy = Double(h) / 2
        var out = [UInt8](repeating: 255, count: w * h)
        image.pixels.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                for y in 0..<h {
                    let dy = Double(y) - cy
                    for x in 0..<w {
                        let dx = Double(x) - cx
                        let sx = Int((cx + c * dx - s * dy).rounded()), sy = Int((cy + s * dx + c * dy).rounded())
                        if sx >= 0, sx < w, sy >= 0, sy < h { dst[y * w + x] = src[sy * w + sx] }
                    }
                }
            }
        }
        return GreyImage(width: w, height: h, scale: image.scale, pixels: out)
    }

    /// Reads one cell: its ink cropped, padded and OCRed as a block; when that reads as a
    /// number it is read again as one line of digits.
    static func readCell(_ cell: PdfLattice.Box, in image: inout GreyImage, engine: TesseractEngine) -> [PdfGlyph] {
        let s = image.scale
        let inset = cellInset * s
        var x0 = clampX(cell.x0 * s + inset, image), x1 = clampX(cell.x1 * s - inset, image)
        var y0 = clampY(cell.y0 * s + inset, image), y1 = clampY(cell.y1 * s - inset, image)
        guard x1 - x0 >= 4, y1 - y0 >= 4 else { return [] }
        // Rules the inset did not clear (a thick or skewed rule): rows and columns at the
        // crop's edges that are mostly ink are the rule, not text.
        func inkShare(row y: Int) -> Double {
            var n = 0
            for x in x0..<x1 where image[x, y] < inkLevel { n += 1 }
            return Double(n) / Double(x1 - x0)
        }
        func inkShare(column x: Int) -> Double {
            var n = 0
            for y in y0..<y1 where image[x, y] < inkLevel { n += 1 }
            return Double(n) / Double(y1 - y0)
        }
        let edge = Int((1.5 * s).rounded())
        for _ in 0..<edge where y1 - y0 > 4 && inkShare(row: y0) > 0.5 { y0 += 1 }
        for _ in 0..<edge where y1 - y0 > 4 && inkShare(row: y1 - 1) > 0.5 { y1 -= 1 }
        for _ in 0..<edge where x1 - x0 > 4 && inkShare(column: x0) > 0.5 { x0 += 1 }
        for _ in 0..<edge where x1 - x0 > 4 && inkShare(column: x1 - 1) > 0.5 { x1 -= 1 }
        clearRuleSlivers(&image, x0: x0, y0: y0, x1: x1, y1: y1)
        // What this cell holds is not read again by a cell whose box overlaps it.
        defer { paintWhite(x0: x0, y0: y0, x1: x1, y1: y1, in: &image) }
        // The ink's bounding box; a cell with only specks is blank.
        var ix0 = x1, ix1 = x0, iy0 = y1, iy1 = y0, ink = 0
        for y in y0..<y1 {
            for x in x0..<x1 where image[x, y] < inkLevel {
                ink += 1
                ix0 = min(ix0, x); ix1 = max(ix1, x + 1)
                iy0 = min(iy0, y); iy1 = max(iy1, y + 1)
            }
        }
        guard ink >= Int(2 * s * s / 4), iy1 - iy0 >= Int(2 * s) else { return [] }
        let crop = padded(image, x0: ix0, y0: iy0, x1: ix1, y1: iy1)
        var symbols = engine.recognize(crop, layout: .block)
        var origin = (x: ix0 - padding, y: iy0 - padding)
        // A value cell: what the block read found is a few digits, or Latin letters a
        // number's digits are mistaken for (`O`, `l`, `S`); a label has a Chinese character.
        if symbols.count <= maxNumberLength, symbols.allSatisfy({ $0.text.unicodeScalars.allSatisfy(\.isASCII) }) {
            // A number wrapped in a narrow cell (`2` over `73`) is read line by line: the block
            // read can drop a short line, and a single-line read sees one line only.
            var again: [OCRSymbol] = []
            for band in inkBands(image, x0: ix0, y0: iy0, x1: ix1, y1: iy1) {
                let line = padded(image, x0: ix0, y0: band.y0, x1: ix1, y1: band.y1, padding: numberPadding)
                var read = engine.recognize(line, layout: .number)
                if read.isEmpty { read = engine.recognize(line, layout: .digit) }
                // Ink the digit-only read finds no digit in is unreadable, not blank.
                if read.isEmpty {
                    let p = numberPadding
                    read = [OCRSymbol(text: "\u{FFFD}", x0: p, y0: p, x1: line.width - p, y1: line.height - p,
                                      lineY0: p, lineY1: line.height - p, confidence: 0, startsWord: true)]
                }
                let dy = band.y0 - iy0
                again += read.map { var u = $0; u.y0 += dy; u.y1 += dy; u.lineY0 += dy; u.lineY1 += dy; return u }
            }
            // Two readers must agree: the block read (no whitelist) and the digit read. A clean
            // `35` came back `85` from the digit read with confidence 96 (on a copy of the scan
            // turned 0.8°), while the block read had `35`; where they differ, no digit is kept.
            if digitsOf(symbols) != digitsOf(again)
                || hasUnreadInk(image, x0: ix0, y0: iy0, x1: ix1, y1: iy1, read: again) {
                again = again.map { var u = $0; u.confidence = 0; return u }
            }
            symbols = again
            origin = (ix0 - numberPadding, iy0 - numberPadding)
        }
        return glyphs(symbols, originX: origin.x, originY: origin.y, scale: s)
    }

    /// The narrowest mark, in points, that `hasUnreadInk` counts: a minus sign or a decimal
    /// point is wider, a speck of the scan's noise narrower.
    static let minUnreadMark = 0.6

    /// True when the ink in `x0..<x1 × y0..<y1` has more marks than `read` has characters: a
    /// mark the reads skipped (a mark: a run of columns holding ink, at least `minUnreadMark`
    /// wide; touching digits make one mark, never two). A `-1` in a 本年增/减 column came back
    /// `1` from both reads, the minus inside the `1`'s box (a scan of samples/pdf/38 at 200 dpi,
    /// its table read as prose): a number with a mark nobody read may be another number.
    static func hasUnreadInk(_ image: GreyImage, x0: Int, y0: Int, x1: Int, y1: Int, read: [OCRSymbol]) -> Bool {
        let minWidth = max(2, Int((minUnreadMark * image.scale).rounded()))
        let xa = max(0, x0), xb = min(image.width, x1), ya = max(0, y0), yb = min(image.height, y1)
        guard xb > xa, yb > ya else { return false }
        var marks = 0, run = 0
        for x in xa...xb {
            var ink = false
            if x < xb {
                for y in ya..<yb where image[x, y] < inkLevel { ink = true; break }
            }
            if ink {
                run += 1
            } else {
                if run >= minWidth { marks += 1 }
                run = 0
            }
        }
        let characters = read.reduce(0) { $0 + $1.text.unicodeScalars.filter { !Characters.isWhitespace($0) && $0 != "\u{FFFD}" }.count }
        return marks > characters
    }

    /// Whites out what is left of a rule inside a cell's crop: ink touching the crop's edge
    /// that is thin across the edge (at most 1.2 points) and long along it (a quarter of the
    /// crop or more). A sliver of a skewed rule beside a `3` made it read as `8`; a digit has
    /// no such part touching the edge (the crop is inset from the rules).
    static func clearRuleSlivers(_ image: inout GreyImage, x0: Int, y0: Int, x1: Int, y1: Int) {
        let w = x1 - x0, h = y1 - y0
        guard w > 2, h > 2 else { return }
        let thin = Int((1.2 * image.scale).rounded())
        var seen = [Bool](repeating: false, count: w * h)
        let width = image.width
        func ink(_ x: Int, _ y: Int) -> Bool { image.pixels[(y0 + y) * width + x0 + x] < inkLevel }
        var starts: [(Int, Int)] = []
        for x in 0..<w { starts.append((x, 0)); starts.append((x, h - 1)) }
        for y in 0..<h { starts.append((0, y)); starts.append((w - 1, y)) }
        for (sx, sy) in starts where !seen[sy * w + sx] && ink(sx, sy) {
            var stack = [(sx, sy)], component: [(Int, Int)] = []
            seen[sy * w + sx] = true
            var bx0 = sx, bx1 = sx, by0 = sy, by1 = sy
            while let (x, y) = stack.popLast() {
                component.append((x, y))
                bx0 = min(bx0, x); bx1 = max(bx1, x); by0 = min(by0, y); by1 = max(by1, y)
                for (nx, ny) in [(x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)]
                where nx >= 0 && nx < w && ny >= 0 && ny < h && !seen[ny * w + nx] && ink(nx, ny) {
                    seen[ny * w + nx] = true
                    stack.append((nx, ny))
                }
            }
            let cw = bx1 - bx0 + 1, ch = by1 - by0 + 1
            let vertical = (bx0 == 0 || bx1 == w - 1) && cw <= thin && ch * 4 >= h
            let horizontal = (by0 == 0 || by1 == h - 1) && ch <= thin && cw * 4 >= w
            if vertical || horizontal {
                for (x, y) in component { image.pixels[(y0 + y) * width + x0 + x] = 255 }
            }
        }
    }

    /// The digits, decimal points and minus signs of a read (two reads of `-1` and `1` do not
    /// agree), with the letters a block read gives for digits (`O` for 0, `l`, `I`, `|` for 1)
    /// taken as those digits.
    static func digitsOf(_ symbols: [OCRSymbol]) -> String {
        var out = ""
        for scalar in symbols.flatMap({ $0.text.unicodeScalars }) {
            switch scalar {
            case "O", "o": out += "0"
            case "l", "I", "|": out += "1"
            case "0"..."9", ".", "-": out.unicodeScalars.append(scalar)
            case "\u{2212}": out += "-"  // a minus sign read as such
            default: break
            }
        }
        return out
    }

    /// The most characters a value cell's number has (`96171.6`, `1234567.89`).
    static let maxNumberLength = 12

    /// The lines of ink in `x0..<x1 × y0..<y1`: runs of rows holding ink, split at rows
    /// with none; runs of a pixel or two (specks) are left out.
    static func inkBands(_ image: GreyImage, x0: Int, y0: Int, x1: Int, y1: Int) -> [(y0: Int, y1: Int)] {
        var bands: [(y0: Int, y1: Int)] = []
        var start: Int?
        for y in y0...y1 {
            var ink = false
            if y < y1 {
                for x in x0..<x1 where image[x, y] < inkLevel { ink = true; break }
            }
            if ink, start == nil { start = y }
            if !ink, let a = start {
                if y - a >= 3 { bands.append((a, y)) }
                start = nil
            }
        }
        return bands
    }

    /// Reads the page outside its tables as one block of text.
    static func readProse(_ image: GreyImage, engine: TesseractEngine) -> [PdfGlyph] {
        guard image.pixels.contains(where: { $0 < inkLevel }) else { return [] }
        let ocr = OCRImage(width: image.width, height: image.height, pixels: image.pixels,
                           dpi: Int((image.scale * 72).rounded()))
        var symbols = engine.recognize(ocr, layout: .block)
        rereadLargeLines(&symbols, in: image, engine: engine)
        verifyNumbers(&symbols, in: image, engine: engine)
        return glyphs(symbols, originX: 0, originY: 0, scale: image.scale)
    }

    /// The line height, in pixels, that tesseract's line reader reads best: a report's title
    /// at 300 dpi (22 pt, lines of 84 px) came back `年迁市宿城区…` for 宿迁市 and `县` at
    /// confidence 84, and read again scaled to lines of 34–42 px came back right at 97–99.
    static let readableLineHeight = 38.0

    /// A line is re-read when it is this much taller than the page's median line (titles and
    /// headings; body text, however large, is read as it is).
    static let largeLineRatio = 1.25

    /// Nor is a line under this height re-read: at 300 dpi, text up to about 12 pt (lines of
    /// 50 px) is within what tesseract reads well.
    static let minRereadHeight = readableLineHeight * 1.4

    /// Reads each line of the block read that is much larger than the page's text
    /// (`largeLineRatio`, `minRereadHeight`) again on its own, scaled down to
    /// `readableLineHeight`, and keeps the read tesseract is surer of (the higher mean
    /// confidence; the same count of symbols or not).
    static func rereadLargeLines(_ symbols: inout [OCRSymbol], in image: GreyImage, engine: TesseractEngine) {
        var lines: [Range<Int>] = []
        for i in symbols.indices {
            if let last = lines.last, symbols[last.lowerBound].lineY0 == symbols[i].lineY0,
               symbols[last.lowerBound].lineY1 == symbols[i].lineY1 {
                lines[lines.count - 1] = last.lowerBound..<(i + 1)
            } else {
                lines.append(i..<(i + 1))
            }
        }
        let heights = lines.map { Double(symbols[$0.lowerBound].lineY1 - symbols[$0.lowerBound].lineY0) }.sorted()
        guard !heights.isEmpty else { return }
        let median = heights[heights.count / 2]
        var replaced: [(range: Range<Int>, with: [OCRSymbol])] = []
        for range in lines {
            let line = symbols[range]
            let y0 = line.first!.lineY0, y1 = line.first!.lineY1
            let height = Double(y1 - y0)
            guard height >= median * largeLineRatio, height > minRereadHeight else { continue }
            let pad = (y1 - y0) / 4
            let x0 = max(0, line.map(\.x0).min()! - pad), x1 = min(image.width, line.map(\.x1).max()! + pad)
            let top = max(0, y0 - pad), bottom = min(image.height, y1 + pad)
            let f = readableLineHeight / height
            let small = downscaled(image, x0: x0, y0: top, x1: x1, y1: bottom, by: f)
            let again = engine.recognize(padded(small, x0: 0, y0: 0, x1: small.width, y1: small.height), layout: .line)
            func mean(_ s: some Collection<OCRSymbol>) -> Double { s.map(\.confidence).reduce(0, +) / Double(max(1, s.count)) }
            guard !again.isEmpty, mean(again) > mean(line) else { continue }
            func up(_ v: Int, _ origin: Int) -> Int { origin + Int((Double(v - padding) / f).rounded()) }
            replaced.append((range, again.map { a in
                var b = a
                b.x0 = up(a.x0, x0); b.x1 = up(a.x1, x0); b.y0 = up(a.y0, top); b.y1 = up(a.y1, top)
                b.lineY0 = y0; b.lineY1 = y1
                return b
            }))
        }
        for (range, with) in replaced.reversed() { symbols.replaceSubrange(range, with: with) }
    }

    /// The region (`x0`…`x1`, `y0`…`y1`) scaled by `f` (< 1), each pixel the mean of the
    /// pixels it covers.
    static func downscaled(_ image: GreyImage, x0: Int, y0: Int, x1: Int, y1: Int, by f: Double) -> GreyImage {
        let w = max(1, Int(Double(x1 - x0) * f)), h = max(1, Int(Double(y1 - y0) * f))
        var pixels = [UInt8](repeating: 255, count: w * h)
        for y in 0..<h {
            let sy0 = y0 + Int(Double(y) / f), sy1 = min(y1, max(sy0 + 1, y0 + Int(Double(y + 1) / f)))
            for x in 0..<w {
                let sx0 = x0 + Int(Double(x) / f), sx1 = min(x1, max(sx0 + 1, x0 + Int(Double(x + 1) / f)))
                guard sy1 > sy0, sx1 > sx0 else { continue }
                var sum = 0
                for yy in sy0..<sy1 { for xx in sx0..<sx1 { sum += Int(image.pixels[yy * image.width + xx]) } }
                pixels[y * w + x] = UInt8(sum / ((sy1 - sy0) * (sx1 - sx0)))
            }
        }
        return GreyImage(width: w, height: h, scale: image.scale * f, pixels: pixels)
    }

    /// Reads each number of a page's block read that stands apart (a table's value) again on
    /// its own, as value cells are (`readCell`): the line of ink from the symbol before it to
    /// the symbol after it (at most a line's height each side) with the digit reader. Where
    /// the two reads differ, or ink there is read by neither (`hasUnreadInk`: a lost minus
    /// sign), the number's digits get confidence 0 and read as U+FFFD. A table without rules, or with rules too faint for the
    /// pixel rule finder, is read this way, and its numbers then meet the bar of a cell's.
    static func verifyNumbers(_ symbols: inout [OCRSymbol], in image: GreyImage, engine: TesseractEngine) {
        var start = 0
        while start < symbols.count {
            var end = start + 1
            while end < symbols.count, !symbols[end].startsWord { end += 1 }
            defer { start = end }
            let word = symbols[start..<end]
            guard word.contains(where: { $0.text.unicodeScalars.contains(where: Characters.isDigit) }),
                  word.allSatisfy({ numeric($0.text) }) else { continue }
            let y0 = word.map { min($0.y0, $0.lineY0) }.min()!, y1 = word.map { max($0.y1, $0.lineY1) }.max()!
            let reach = y1 - y0
            /// True when `other` shares the word's line.
            func sameLine(_ other: OCRSymbol) -> Bool { other.y1 > y0 && other.y0 < y1 }
            // A number in running text (`2024年`, `25件`) is prose, read for the prose checks;
            // a table's value stands apart, half a line's height or more from its neighbours.
            if start > 0, sameLine(symbols[start - 1]), word.first!.x0 - symbols[start - 1].x1 < reach / 2 { continue }
            if end < symbols.count, sameLine(symbols[end]), symbols[end].x0 - word.last!.x1 < reach / 2 { continue }
            var x0 = max(0, word.first!.x0 - reach), x1 = min(image.width, word.last!.x1 + reach)
            if start > 0, sameLine(symbols[start - 1]) { x0 = max(x0, symbols[start - 1].x1 + 1) }
            if end < symbols.count, sameLine(symbols[end]) { x1 = min(x1, symbols[end].x0 - 1) }
            guard x1 > x0, y1 > y0 else { continue }
            let line = padded(image, x0: x0, y0: max(0, y0), x1: x1, y1: min(image.height, y1), padding: numberPadding)
            let again = engine.recognize(line, layout: .number)
            if digitsOf(Array(word)) != digitsOf(again)
                || hasUnreadInk(image, x0: x0, y0: y0, x1: x1, y1: y1, read: again) {
                for k in start..<end { symbols[k].confidence = 0 }
            }
        }
    }

    /// Glyphs in page points from symbols read in an image whose (0, 0) is the page pixel
    /// (`originX`, `originY`). A symbol's glyph spans its text line's height, so a line's
    /// glyphs share one band and one size as a text layer's do; within a word a symbol's box
    /// reaches the next symbol's (boxes hug the ink, and the gap beside a narrow `1` would read
    /// as a space); a symbol of several scalars has them spread across its box. A digit under
    /// `minDigitConfidence` becomes U+FFFD.
    static func glyphs(_ symbols: [OCRSymbol], originX: Int, originY: Int, scale s: Double) -> [PdfGlyph] {
        var out: [PdfGlyph] = []
        for (index, var sym) in symbols.enumerated() {
            if index + 1 < symbols.count, !symbols[index + 1].startsWord, symbols[index + 1].x0 > sym.x1 {
                sym.x1 = symbols[index + 1].x0
            }
            let scalars = Array(sym.text.unicodeScalars.filter { !Characters.isWhitespace($0) })
            guard !scalars.isEmpty else { continue }
            let x0 = Double(originX + sym.x0) / s, x1 = Double(originX + sym.x1) / s
            let y0 = Double(originY + min(sym.y0, sym.lineY0)) / s, y1 = Double(originY + max(sym.y1, sym.lineY1)) / s
            let step = (x1 - x0) / Double(scalars.count)
            for (k, scalar) in scalars.enumerated() {
                var scalar = scalar
                if Characters.isDigit(scalar), sym.confidence < minDigitConfidence { scalar = "\u{FFFD}" }
                out.append(PdfGlyph(scalar: scalar, x0: x0 + step * Double(k), y0: y0, x1: x0 + step * Double(k + 1), y1: y1,
                                    fontSize: y1 - y0, fontName: "OCR"))
            }
        }
        return out
    }

    /// True for text a value cell holds: digits and `.`, `-`, `—`, `/`.
    static func numeric(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { Characters.isDigit($0) || ".-—/".unicodeScalars.contains($0) }
    }

    private static func encloses(_ outer: PdfLattice.Box, _ inner: PdfLattice.Box) -> Bool {
        inner.x0 >= outer.x0 - 1 && inner.x1 <= outer.x1 + 1 && inner.y0 >= outer.y0 - 1 && inner.y1 <= outer.y1 + 1
    }

    private static func clampX(_ v: Double, _ image: GreyImage) -> Int { max(0, min(image.width, PdfInt.clamped(v.rounded()))) }
    private static func clampY(_ v: Double, _ image: GreyImage) -> Int { max(0, min(image.height, PdfInt.clamped(v.rounded()))) }

    /// The pixels `x0..<x1 × y0..<y1` of `image` with `padding` white pixels around them.
    static func padded(_ image: GreyImage, x0: Int, y0: Int, x1: Int, y1: Int, padding: Int = padding) -> OCRImage {
        let w = x1 - x0 + 2 * padding, h = y1 - y0 + 2 * padding
        var px = [UInt8](repeating: 255, count: w * h)
        for y in y0..<y1 {
            let src = y * image.width + x0, dst = (y - y0 + padding) * w + padding
            for k in 0..<(x1 - x0) { px[dst + k] = image.pixels[src + k] }
        }
        return OCRImage(width: w, height: h, pixels: px, dpi: Int((image.scale * 72).rounded()))
    }

    /// Paints a box (in points, grown by `margin` points) white.
    static func paintWhite(_ box: PdfLattice.Box, in image: inout GreyImage, margin: Double) {
        let s = image.scale
        let x0 = clampX((box.x0 - margin) * s, image), x1 = clampX((box.x1 + margin) * s, image)
        let y0 = clampY((box.y0 - margin) * s, image), y1 = clampY((box.y1 + margin) * s, image)
        paintWhite(x0: x0, y0: y0, x1: x1, y1: y1, in: &image)
    }

    /// Paints the pixels `x0..<x1 × y0..<y1` white.
    static func paintWhite(x0: Int, y0: Int, x1: Int, y1: Int, in image: inout GreyImage) {
        guard x1 > x0, y1 > y0 else { return }
        for y in y0..<y1 {
            for x in x0..<x1 { image.pixels[y * image.width + x] = 255 }
        }
    }
}
