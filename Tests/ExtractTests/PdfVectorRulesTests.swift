import Foundation
import Testing
@testable import Extract
import TestSupport

/// The ruling lines taken from the paths a page draws (`PdfVectorRules`) against those the
/// pixel finder sees in a 100 dpi render (`PdfRuleFinder`, kept for scans): the same tables.
@Suite struct PdfVectorRulesTests {
    /// Every PDF sample whose rules the pixel finder reads (samples/pdf, samples/pdf/real);
    /// 37 (dotted) and 38 (light grey) are samples of what only the vectors read.
    static let samples = PdfRenderTests.samples.filter { !$0.hasPrefix("37_") && !$0.hasPrefix("38_") }

    @Test(arguments: samples)
    func vectorsAndPixelsGiveTheSameTables(_ name: String) throws {
        let pdf = try PopplerPDF(data: PdfFixture.data(name))
        var tables = 0
        for i in 0..<pdf.pageCount {
            let page = try #require(pdf.page(i))
            let glyphs = PdfText.clean(page.glyphs())
            let marks = try #require(page.marks(), "the path capture is not interposed")
            let vector = PdfVectorRules.rules(from: marks, glyphs: glyphs)
            let (w, h) = page.size
            var grey = try #require(page.renderGrey(scale: PdfPageContent.renderScale(width: w, height: h)))
            let pixel = PdfRuleFinder.rules(in: &grey, glyphs: glyphs)
            let a = PdfLattice.tables(horizontal: vector.horizontal, vertical: vector.vertical, glyphs: glyphs, page: i + 1)
            let b = PdfLattice.tables(horizontal: pixel.horizontal, vertical: pixel.vertical, glyphs: glyphs, page: i + 1)
            #expect(a.tables.map(\.table) == b.tables.map(\.table), "\(name) page \(i + 1)")
            #expect(a.used == b.used, "\(name) page \(i + 1)")
            tables += a.tables.count
        }
        if name != "22_pdf_table_without_rules.pdf" { #expect(tables > 0, "\(name): no table from rules") }
    }

    private func stroke(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, width: Double = 0.5,
                        grey: Double = 0, dashed: Bool = false) -> PdfMark {
        PdfMark(x0: x0, y0: y0, x1: x1, y1: y1, width: width, grey: grey, filled: false, dashed: dashed)
    }

    private func fill(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, grey: Double = 0) -> PdfMark {
        PdfMark(x0: x0, y0: y0, x1: x1, y1: y1, width: 0, grey: grey, filled: true, dashed: false)
    }

    @Test func strokesAndThinFillsAreRulesThickFillsAreNot() {
        let r = PdfVectorRules.rules(from: [
            stroke(100, 200, 300, 200),            // horizontal stroke
            stroke(100, 200, 100, 400),            // vertical stroke
            fill(100, 399.75, 300, 400.25),         // Word's border: a thin filled rectangle
            fill(120, 220, 180, 240, grey: 200),    // a cell's shading: thick both ways
            stroke(100, 500, 300, 520),             // a slope, not a rule
        ], glyphs: [])
        #expect(r.horizontal == [PdfRule(position: 200, start: 100, end: 300), PdfRule(position: 400, start: 100, end: 300)])
        #expect(r.vertical == [PdfRule(position: 100, start: 200, end: 400)])
    }

    @Test func dotsAndDashesOnOneLineAreOneRule() {
        // A dotted border drawn dot by dot: 0.5-point dots 2 points apart.
        let dots = stride(from: 100.0, to: 200.0, by: 2.0).map { fill($0, 299.8, $0 + 0.5, 300.2) }
        let r = PdfVectorRules.rules(from: dots + [stroke(100, 350, 200, 350, dashed: true)], glyphs: [])
        #expect(r.horizontal.count == 2)
        #expect(r.horizontal.first.map { abs($0.position - 300) < 0.01 && $0.start == 100 && abs($0.end - 198.5) < 0.01 } == true)
        #expect(r.horizontal.last == PdfRule(position: 350, start: 100, end: 200))
    }

    @Test func lightRulesAreRulesInvisibleOnesAndTextStrokesAreNot() {
        let glyph = PdfGlyph(scalar: "一", x0: 50, y0: 40, x1: 62, y1: 52, fontSize: 12, fontName: "SimSun")
        let r = PdfVectorRules.rules(from: [
            stroke(100, 100, 300, 100, grey: 230),  // light grey: a rule the pixel finder missed
            stroke(100, 150, 300, 150, grey: 252),  // white on white
            fill(51, 45.6, 61, 46.4),               // the stroke of 一 drawn as a path
            stroke(100, 200, 104, 200),             // shorter than a rule
        ], glyphs: [glyph])
        #expect(r.horizontal == [PdfRule(position: 100, start: 100, end: 300)])
        #expect(r.vertical.isEmpty)
    }

    @Test func twoRulesAGapApartStayTwo() {
        let r = PdfVectorRules.rules(from: [stroke(100, 100, 200, 100), stroke(210, 100, 300, 100)], glyphs: [])
        #expect(r.horizontal.count == 2)
    }
}
