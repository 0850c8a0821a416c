import Foundation
import Testing
@testable import Extract
import TestSupport

/// Layout variants of real government PDFs (samples/pdf/make_variants.py, samples 30 upward):
/// the rule finder and lattice pieces they needed, on small synthetic inputs.
@Suite struct PdfVariantTests {
    private func rule(_ p: Double, _ a: Double, _ b: Double) -> PdfRule { PdfRule(position: p, start: a, end: b) }

    /// A shaded header cell (grey below the finder's 215) holding a word: the glyph boxes are
    /// painted in the fill's grey, so no rule is found between or around the characters. Painted
    /// white, the fill between two boxes read as short vertical rules that split the word.
    @Test func glyphsInAFilledCellLeaveNoRules() {
        let s = 100.0 / 72.0
        let w = 400, h = 120
        var px = [UInt8](repeating: 255, count: w * h)
        for y in 20..<60 { for x in 20..<380 { px[y * w + x] = 191 } }     // BFBFBF fill
        for x in 20..<380 { px[19 * w + x] = 0; px[60 * w + x] = 0 }        // its top and bottom rules
        for y in 19...60 { px[y * w + 19] = 0; px[y * w + 380] = 0 }        // its side rules
        var glyphs: [PdfGlyph] = []
        for k in 0..<10 {  // ten 10.5pt characters side by side, boxes taller than the fill
            let x0 = 30.0 + Double(k) * 10.5
            glyphs.append(PdfGlyph(scalar: "字", x0: x0, y0: 14.5, x1: x0 + 10.5, y1: 43, fontSize: 10.5, fontName: ""))
        }
        var image = GreyImage(width: w, height: h, scale: s, pixels: px)
        let found = PdfRuleFinder.rules(in: &image, glyphs: glyphs)
        #expect(found.vertical.count == 2, "\(found.vertical)")
        #expect(found.horizontal.count == 2, "\(found.horizontal)")
    }

    @Test func paintsAGlyphBoxInTheGreyAroundIt() {
        let w = 60, h = 60
        var px = [UInt8](repeating: 140, count: w * h)
        for x in 0..<w { px[30 * w + x] = 0 }  // a stroke of the glyph, drawn
        let g = PdfGlyph(scalar: "字", x0: 10, y0: 10, x1: 50, y1: 50, fontSize: 40, fontName: "")
        px.withUnsafeMutableBufferPointer { PdfRuleFinder.paintOutGlyphs($0, width: w, height: h, scale: 1, glyphs: [g]) }
        #expect(px[30 * w + 30] == 140)
        #expect(px[0] == 140)
    }

    /// LibreOffice draws a 0.5pt dashed border as 8pt dashes with 2.5pt gaps.
    @Test func dashesJoinIntoOneRule() {
        var dashes: [PdfRule] = []
        var y = 100.0
        while y < 200 { dashes.append(rule(50.0 + (y.truncatingRemainder(dividingBy: 3) == 0 ? 0.1 : 0), y, y + 8)); y += 10.5 }
        let joined = PdfLattice.joinDashes(dashes)
        #expect(joined.count == 1)
        #expect(joined[0].rule.start == 100 && joined[0].rule.end == dashes.last!.end)
        #expect(joined[0].reach > 8 && joined[0].reach <= PdfLattice.maxDash + PdfLattice.dashGap)
    }

    /// A rule a table leaves out (a merged cell) stops a cell short: not a dash gap.
    @Test func cellSizedGapsStay() {
        let joined = PdfLattice.joinDashes([rule(50, 100, 140), rule(50, 160, 200), rule(80, 100, 200)])
        #expect(joined.map(\.rule) == [rule(50, 100, 140), rule(50, 160, 200), rule(80, 100, 200)])
        #expect(joined.allSatisfy { $0.reach == 0 })
    }

    /// One solid line found twice (overlapping pieces) is not dashed: never extended.
    @Test func overlappingPiecesAreNotDashes() {
        let joined = PdfLattice.joinDashes([rule(76.6, 450, 628), rule(76.0, 527, 538), rule(76.0, 565, 590)])
        #expect(joined.count == 1)
        #expect(joined[0].reach == 0)
        let crossing = [rule(640, 60, 530)]  // another table's rule 12pt below
        #expect(PdfLattice.extendDashed(joined, across: crossing) == [joined[0].rule])
    }

    /// A dashed rule whose last dash was too short to be found reaches the nearest rule across it.
    @Test func dashedRuleReachesTheBorderItWasDrawnTo() {
        let dashed = [(rule: rule(50, 100, 190), reach: 10.5)]
        let across = [rule(196, 0, 100), rule(205, 0, 100), rule(95, 40, 60), rule(300, 0, 40)]
        #expect(PdfLattice.extendDashed(dashed, across: across) == [rule(50, 95, 196)])
    }
}
