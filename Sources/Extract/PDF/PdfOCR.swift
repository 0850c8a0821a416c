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
    /// committed scan (Tests/ExtractTests/Support/ocr_01_word_2021_county.pdf): the digits it
    /// reads right have confidences of about 90 and above, and a digit read wrong had under 80;
    /// a wrong number costs far more than a null one (the report's checks and a reviewer see a
    /// null; a wrong count is believed), so the threshold sits at the bottom of the right ones.
    static let minDigitConfidence = 80.0

    /// The shortest rule, in points, that can start a table's frame on a scan. Text is not
    /// painted out of a scan before rules are looked for (there are no glyph boxes yet), so
    /// the strokes of characters (a 一, the bars of a 田) are found as short rules too; no
    /// character's stroke is this long, and every table has an outer rule at least this long.
    static let minFrameRule = 60.0

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

    /// Reads a page rendered in grey.
    static func read(image: GreyImage, engine: TesseractEngine) -> PageRead {
        var copy = image
        let found = PdfRuleFinder.rules(in: &copy, glyphs: [])
        let (hs, vs) = tableRules(horizontal: found.horizontal, vertical: found.vertical)
        let tables = PdfLattice.cellBoxes(horizontal: hs, vertical: vs)
        var glyphs: [PdfGlyph] = []
        var prose = image
        for t in tables {
            for cell in t.cells {
                // A cell that holds a smaller table is read through that table's cells.
                if tables.contains(where: { $0.table != t.table && encloses(cell, $0.table) }) { continue }
                glyphs += readCell(cell, in: image, engine: engine)
            }
            paintWhite(t.table, in: &prose, margin: 2)
        }
        glyphs += readProse(prose, engine: engine)
        return PageRead(glyphs: glyphs, horizontal: hs, vertical: vs)
    }

    /// The rules of tables' frames: rules at least `minFrameRule` long, and the rules that meet
    /// them, directly or through other such rules (cell borders). Character strokes that touch
    /// no frame are dropped.
    static func tableRules(horizontal: [PdfRule], vertical: [PdfRule]) -> (horizontal: [PdfRule], vertical: [PdfRule]) {
        let snap = PdfLattice.snap
        var keepH = horizontal.map { $0.length >= minFrameRule }
        var keepV = vertical.map { $0.length >= minFrameRule }
        func meet(_ h: PdfRule, _ v: PdfRule) -> Bool {
            v.position >= h.start - snap && v.position <= h.end + snap
                && h.position >= v.start - snap && h.position <= v.end + snap
        }
        var changed = true
        while changed {
            changed = false
            for (j, v) in vertical.enumerated() where !keepV[j] && v.length >= 6 {
                if horizontal.indices.contains(where: { keepH[$0] && meet(horizontal[$0], v) }) {
                    keepV[j] = true
                    changed = true
                }
            }
            for (i, h) in horizontal.enumerated() where !keepH[i] && h.length >= 8 {
                if vertical.indices.contains(where: { keepV[$0] && meet(h, vertical[$0]) }) {
                    keepH[i] = true
                    changed = true
                }
            }
        }
        return (horizontal.indices.filter { keepH[$0] }.map { horizontal[$0] },
                vertical.indices.filter { keepV[$0] }.map { vertical[$0] })
    }

    /// Reads one cell: its ink cropped, padded and OCRed as a block; when that reads as a
    /// number it is read again as one line of digits.
    static func readCell(_ cell: PdfLattice.Box, in image: GreyImage, engine: TesseractEngine) -> [PdfGlyph] {
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
            symbols = again
            origin = (ix0 - numberPadding, iy0 - numberPadding)
        }
        return glyphs(symbols, originX: origin.x, originY: origin.y, scale: s)
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
        return glyphs(engine.recognize(ocr, layout: .block), originX: 0, originY: 0, scale: image.scale)
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
        guard x1 > x0, y1 > y0 else { return }
        for y in y0..<y1 {
            for x in x0..<x1 { image.pixels[y * image.width + x] = 255 }
        }
    }
}
