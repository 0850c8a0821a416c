import Foundation
import Testing
@testable import Extract
import TestSupport

/// The speed-ups of the PDF reader change no result: rendering before reading the text, and
/// the one-pass rule finder against the straightforward one it replaced (kept below).
@Suite struct PdfRenderTests {
    /// Every PDF of samples/pdf and samples/pdf/real, as paths relative to samples/pdf.
    static let samples: [String] = {
        let fm = FileManager.default
        var out: [String] = []
        for dir in ["", "real"] {
            let url = PdfFixture.url(dir)
            let names = (try? fm.contentsOfDirectory(atPath: url.path)) ?? []
            out += names.filter { $0.hasSuffix(".pdf") }.sorted().map { dir.isEmpty ? $0 : dir + "/" + $0 }
        }
        return out
    }()

    @Test func samplesAreFound() { #expect(Self.samples.count >= 14) }

    /// poppler collects the text layer while rendering; it must be the one read on its own.
    @Test(arguments: samples)
    func glyphsAreTheSameAfterRendering(_ name: String) throws {
        let data = try PdfFixture.data(name)
        let plain = try PopplerPDF(data: data), rendered = try PopplerPDF(data: data)
        for i in 0..<plain.pageCount {
            let a = plain.page(i)!.glyphs()
            let page = rendered.page(i)!
            _ = page.renderGrey(scale: 100.0 / 72.0)
            let b = page.glyphs()
            #expect(!a.isEmpty)
            #expect(a == b, "\(name) page \(i + 1)")
        }
    }

    /// The render rules are found in leaves text out: poppler's calls to cairo_show_glyphs and
    /// cairo_glyph_path reach the interposer, and the insides of glyph boxes, dark when text is
    /// drawn, stay white on every page. The real WPS reports draw bold text filled and
    /// stroked (text render mode 2), which goes through cairo_glyph_path.
    @Test(arguments: ["01_word_2021_county.pdf", "21_pdf_fake_bold_letter_spaced.pdf",
                      "real/hongze_district_2023.pdf", "real/huaian_city_2024.pdf"])
    func renderForRulesLeavesTextOut(_ name: String) throws {
        let pdf = try PopplerPDF(data: PdfFixture.data(name))
        var dark = (withText: 0, without: 0), all = 0
        for i in 0..<pdf.pageCount {
            let page = try #require(pdf.page(i))
            let calls = PopplerPDFPage.glyphShowCalls
            let withText = try #require(page.renderGrey(scale: 100.0 / 72.0, text: true))
            #expect(PopplerPDFPage.glyphShowCalls > calls, "cairo's glyph functions are not interposed")
            let without = try #require(page.renderGrey(scale: 100.0 / 72.0))
            // Inside each glyph box, a sixth in from every side (clear of table rules).
            for g in PdfText.clean(page.glyphs()) where g.scalar != " " {
                let s = withText.scale, dx = g.width / 6, dy = g.height / 6
                let x0 = Int(((g.x0 + dx) * s).rounded(.up)), x1 = Int(((g.x1 - dx) * s).rounded(.down))
                let y0 = Int(((g.y0 + dy) * s).rounded(.up)), y1 = Int(((g.y1 - dy) * s).rounded(.down))
                guard x0 >= 0, y0 >= 0, x0 < x1, y0 < y1, x1 <= withText.width, y1 <= withText.height else { continue }
                for y in y0..<y1 {
                    for x in x0..<x1 {
                        all += 1
                        if withText[x, y] < 128 { dark.withText += 1 }
                        if without[x, y] < 128 { dark.without += 1 }
                    }
                }
            }
        }
        #expect(all > 10_000)
        #expect(Double(dark.withText) / Double(all) > 0.05, "\(name): text drawn")
        #expect(dark.without == 0, "\(name): text left out")
    }

    @Test(arguments: samples)
    func pageReadsTheSameInEitherOrder(_ name: String) throws {
        let data = try PdfFixture.data(name)
        let one = try PopplerPDF(data: data), two = try PopplerPDF(data: data)
        for i in 0..<one.pageCount {
            let a = PdfPageContent(page: one.page(i)!, number: i + 1, renderFirst: true)
            let b = PdfPageContent(page: two.page(i)!, number: i + 1, renderFirst: false)
            #expect(a.glyphCount == b.glyphCount)
            #expect(a.lines.map(\.text) == b.lines.map(\.text), "\(name) page \(i + 1)")
            #expect(a.tables.map(\.table) == b.tables.map(\.table), "\(name) page \(i + 1)")
        }
    }

    @Test(arguments: samples)
    func rulesMatchTheReferenceFinderOnSamples(_ name: String) throws {
        let pdf = try PopplerPDF(data: PdfFixture.data(name))
        for i in 0..<pdf.pageCount {
            let page = pdf.page(i)!
            var image = try #require(page.renderGrey(scale: 100.0 / 72.0))
            let glyphs = PdfText.clean(page.glyphs())
            let expected = ReferenceRuleFinder.rules(in: image, glyphs: glyphs)
            let got = PdfRuleFinder.rules(in: &image, glyphs: glyphs)
            #expect(got.horizontal == expected.horizontal, "\(name) page \(i + 1)")
            #expect(got.vertical == expected.vertical, "\(name) page \(i + 1)")
        }
    }

    /// Synthetic pages: lines of every thickness and darkness, pale fills, noise, and ink at
    /// the edges of the image (where the valley test looks past the border).
    @Test(arguments: 0..<40)
    func rulesMatchTheReferenceFinderOnSyntheticImages(_ seed: Int) {
        var rng = SplitMix(seed: UInt64(seed) &+ 0x9E37_79B9_7F4A_7C15)
        let w = 40 + Int(rng.next() % 300), h = 40 + Int(rng.next() % 300)
        var px = [UInt8](repeating: 255, count: w * h)
        for _ in 0..<Int(rng.next() % 12) {  // fills
            let x0 = Int(rng.next() % UInt64(w)), y0 = Int(rng.next() % UInt64(h))
            let x1 = min(w, x0 + Int(rng.next() % 120)), y1 = min(h, y0 + Int(rng.next() % 60))
            let v = UInt8(150 + rng.next() % 100)
            for y in y0..<y1 { for x in x0..<x1 { px[y * w + x] = v } }
        }
        for _ in 0..<Int(rng.next() % 30) {  // lines
            let thick = 1 + Int(rng.next() % 6), v = UInt8(rng.next() % 230)
            let horizontal = rng.next() % 2 == 0
            let along = Int(rng.next() % UInt64(horizontal ? w : h))
            let across = Int(rng.next() % UInt64(horizontal ? h : w))
            let length = Int(rng.next() % UInt64(horizontal ? w : h))
            for a in along..<min(horizontal ? w : h, along + length) where rng.next() % 25 != 0 {
                for t in 0..<thick {
                    let c = across + t
                    if horizontal, c < h { px[c * w + a] = v }
                    if !horizontal, c < w { px[a * w + c] = v }
                }
            }
        }
        for _ in 0..<Int(rng.next() % 400) { px[Int(rng.next() % UInt64(w * h))] = UInt8(rng.next() % 256) }
        let scale = [1.0, 100.0 / 72.0, 2.0][Int(rng.next() % 3)]
        var glyphs: [PdfGlyph] = []
        for _ in 0..<Int(rng.next() % 6) {
            let x = Double(rng.next() % UInt64(w)) / scale, y = Double(rng.next() % UInt64(h)) / scale
            glyphs.append(PdfGlyph(scalar: "字", x0: x, y0: y, x1: x + 12, y1: y + 12, fontSize: 12, fontName: ""))
        }
        var image = GreyImage(width: w, height: h, scale: scale, pixels: px)
        let expected = ReferenceRuleFinder.rules(in: image, glyphs: glyphs)
        let got = PdfRuleFinder.rules(in: &image, glyphs: glyphs)
        #expect(got.horizontal == expected.horizontal)
        #expect(got.vertical == expected.vertical)
    }

    @Test func darkMaskFindsEveryLevelBelow215() {
        for position in 0..<8 {
            for level in 0...255 {
                for other in [0, 86, 87, 127, 128, 200, 214, 215, 216, 255] as [UInt64] {
                    var word: UInt64 = 0
                    for k in 0..<8 { word |= (k == position ? UInt64(level) : other) << UInt64(8 * k) }
                    var expected: UInt64 = 0
                    for k in 0..<8 where (word >> UInt64(8 * k)) & 0xFF < 215 { expected |= 0x80 << UInt64(8 * k) }
                    #expect(PdfRuleFinder.darkMask(word) == expected)
                }
            }
        }
    }
}


/// The rule finder as it was before the one-pass version: the reference the tests compare with.
private enum ReferenceRuleFinder {
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
            // the median grey of the pixels just outside the painted box, corners included
            var ring: [UInt8] = []
            for y in (ya - 1)...(yb + 1) where y >= 0 && y < img.height {
                for x in (xa - 1)...(xb + 1) where x >= 0 && x < img.width {
                    if y == ya - 1 || y == yb + 1 || x == xa - 1 || x == xb + 1 { ring.append(img[x, y]) }
                }
            }
            let grey = ring.isEmpty ? 255 : ring.sorted()[ring.count / 2]
            for y in ya...yb {
                let base = y * img.width
                for x in xa...xb { img.pixels[base + x] = grey }
            }
        }
        let maxThickness = max(3, Int((2.2 * s).rounded()))
        let h = scan(img, horizontal: true, maxThickness: maxThickness)
        let v = scan(img, horizontal: false, maxThickness: maxThickness)
        return (h, v)
    }

    private static func scan(_ img: GreyImage, horizontal: Bool, maxThickness: Int) -> [PdfRule] {
        let w = img.width, h = img.height
        let alongCount = horizontal ? w : h
        let acrossCount = horizontal ? h : w
        let window = maxThickness + 1
        var thin = [Bool](repeating: false, count: alongCount * acrossCount)
        var runStart = [Int](repeating: -1, count: w)
        var rowInk = [Bool](repeating: false, count: w)
        func mark(x: Int, y: Int) {
            if horizontal { thin[y * w + x] = true } else { thin[x * h + y] = true }
        }
        func closeRun(x: Int, endY: Int) {
            let s0 = runStart[x]
            if s0 >= 0 {
                if horizontal, endY - s0 + 1 <= maxThickness { for k in s0...endY { mark(x: x, y: k) } }
                runStart[x] = -1
            }
        }
        for y in 0..<h {
            for x in 0..<w {
                let v = Int(img[x, y])
                var isInk = false
                if v < 215 {
                    var before = 0, after = 0
                    if horizontal {
                        before = y - window < 0 ? 255 : v
                        after = y + window >= h ? 255 : v
                        for d in 1...window {
                            if y - d >= 0 { before = max(before, Int(img[x, y - d])) }
                            if y + d < h { after = max(after, Int(img[x, y + d])) }
                        }
                    } else {
                        before = x - window < 0 ? 255 : v
                        after = x + window >= w ? 255 : v
                        for d in 1...window {
                            if x - d >= 0 { before = max(before, Int(img[x - d, y])) }
                            if x + d < w { after = max(after, Int(img[x + d, y])) }
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
