import Foundation
import Testing
@testable import Extract

/// The rules of a scanned table found in its pixels (`PdfScanRules`), on pages drawn in the
/// test at 300 dpi: a frame, a dashed rule partly hidden by text beside it and partly lost, a
/// row of strokes of text on one line, and a tight row with a character's stroke in it.
@Suite struct PdfScanRulesTests {
    static let w = 1200, h = 400, s = 300.0 / 72

    static func page(_ draw: (_ ink: (Range<Int>, Range<Int>) -> Void) -> Void) -> GreyImage {
        var pixels = [UInt8](repeating: 250, count: w * h)
        draw { xs, ys in for y in ys { for x in xs { pixels[y * w + x] = 40 } } }
        return GreyImage(width: w, height: h, scale: s, pixels: pixels)
    }

    /// The frame: solid rules 3 px (0.7 pt) wide around x 40…1153, y 40…360.
    static func frame(_ ink: (Range<Int>, Range<Int>) -> Void) {
        ink(40..<1153, 40..<43)
        ink(40..<1153, 357..<360)
        ink(40..<43, 40..<360)
        ink(1150..<1153, 40..<360)
    }

    static func rules(_ image: GreyImage) -> (horizontal: [PdfRule], vertical: [PdfRule]) {
        var copy = image
        let found = PdfRuleFinder.rules(in: &copy, glyphs: [])
        let lines = PdfScanRules.dashedRules(horizontal: PdfScanRules.traced(found.horizontal, in: image, horizontal: true),
                                             vertical: PdfScanRules.traced(found.vertical, in: image, horizontal: false), in: image)
        return PdfScanRules.tableRules(horizontal: lines.horizontal, vertical: lines.vertical, in: image)
    }

    /// Dashes 33 px long every 44 px (8 and 10.6 pt) on y 200…201: the first five have text
    /// 5 px above them (not isolated, found only in the pixels), three in the middle are lost.
    /// The rule is one, drawn from frame to frame.
    @Test func aDashedRuleIsJoinedAcrossTextBesideItAndLostDashes() throws {
        let image = Self.page { ink in
            Self.frame(ink)
            var x = 43 + 6
            while x + 33 < 1150 {
                if !(600..<730).contains(x) { ink(x..<(x + 33), 200..<202) }
                x += 44
            }
            ink(60..<300, 185..<195)
        }
        let found = Self.rules(image)
        let dashed = found.horizontal.filter { abs($0.position - 201 / Self.s) < 1 }
        #expect(dashed.count == 1, "\(found.horizontal)")
        #expect(abs((dashed.first?.start ?? 0) - 41.5 / Self.s) < 1.5 && abs((dashed.first?.end ?? 0) - 1151.5 / Self.s) < 1.5, "\(dashed)")
    }

    /// Bars 30 px long every 44 px (the dashes' period) on y 278…281, each crossed by a stroke
    /// down its middle (a row of 十): strokes of text, not a dashed rule, though the page has one.
    @Test func strokesOfTextOnOneLineAreNotADashedRule() throws {
        let image = Self.page { ink in
            Self.frame(ink)
            var x = 49
            while x + 33 < 1150 { ink(x..<(x + 33), 200..<202); x += 44 }
            x = 60
            while x + 30 < 1140 { ink(x..<(x + 30), 278..<282); ink((x + 13)..<(x + 17), 262..<298); x += 44 }
        }
        let found = Self.rules(image)
        #expect(found.horizontal.contains { abs($0.position - 201 / Self.s) < 1 }, "\(found.horizontal)")
        #expect(!found.horizontal.contains { abs($0.position - 280 / Self.s) < 1.5 }, "\(found.horizontal)")
    }

    /// A row 57 px (13.7 pt) high: a cell border from rule to rule is kept; a character's
    /// stroke (a 十: crossed by a bar) 7 px (1.7 pt) short of either rule is not, though
    /// `PdfLattice.snap` would join it; a line as short with paper on both sides is a border
    /// (one that meets a paler rule, where tracing stops at the paler ink).
    @Test func aStrokeInATightRowIsNotACellBorder() throws {
        let image = Self.page { ink in
            Self.frame(ink)
            ink(40..<1153, 300..<303)
            ink(800..<803, 300..<360)
            ink(500..<504, 309..<351)
            ink(485..<520, 328..<332)
            ink(650..<653, 309..<351)
        }
        let found = Self.rules(image)
        #expect(found.vertical.contains { abs($0.position - 801.5 / Self.s) < 1 }, "\(found.vertical)")
        #expect(!found.vertical.contains { abs($0.position - 502 / Self.s) < 1.5 }, "\(found.vertical)")
        #expect(found.vertical.contains { abs($0.position - 651.5 / Self.s) < 1 }, "\(found.vertical)")
    }

    /// Two tables side by side, the left with a dashed inner rule along y 200, and ink in the
    /// dashes' places on the same line between the tables (a caption's strokes, not isolated,
    /// which the pixel test alone would take for dashes beside text): the dashed
    /// rule ends at its table's frame and does not join the tables.
    @Test func aDashedRuleStopsAtItsTablesFrame() throws {
        let image = Self.page { ink in
            ink(40..<560, 40..<43); ink(40..<560, 357..<360); ink(40..<43, 40..<360); ink(557..<560, 40..<360)
            ink(680..<1153, 40..<43); ink(680..<1153, 357..<360); ink(680..<683, 40..<360); ink(1150..<1153, 40..<360)
            var x = 49
            while x + 33 < 700 {
                ink(x..<(x + 33), 200..<202)
                if x > 560 { ink(x..<(x + 33), 195..<197) }  // strokes of text beside them
                x += 44
            }
        }
        let found = Self.rules(image)
        let dashed = found.horizontal.filter { abs($0.position - 201 / Self.s) < 1 }
        #expect(!dashed.isEmpty, "\(found.horizontal)")
        #expect(dashed.allSatisfy { $0.end <= 560 / Self.s + PdfLattice.snap }, "\(dashed)")
    }

    /// A frame with no rule inside it is no grid (a table whose dotted inner rules were not
    /// found): it and its rules go, and the table of two cells beside it stays whole.
    @Test func aFrameWithNoRuleInsideIsNoGrid() {
        func rule(_ p: Double, _ a: Double, _ b: Double) -> PdfRule { PdfRule(position: p, start: a, end: b) }
        // A frame 100…300 × 100…200, and below it a table of two cells 100…300 × 300…350 split at x 200.
        let horizontal = [rule(100, 100, 300), rule(200, 100, 300), rule(300, 100, 300), rule(350, 100, 300)]
        let vertical = [rule(100, 100, 200), rule(300, 100, 200), rule(100, 300, 350), rule(200, 300, 350), rule(300, 300, 350)]
        let tables = PdfLattice.cellBoxes(horizontal: horizontal, vertical: vertical)
        #expect(tables.map(\.cells.count).sorted() == [1, 2])
        let kept = PdfOCR.withoutFrames(tables, horizontal: horizontal, vertical: vertical)
        #expect(kept.tables.map(\.cells.count) == [2])
        #expect(kept.horizontal == [rule(300, 100, 300), rule(350, 100, 300)])
        #expect(kept.vertical == [rule(100, 300, 350), rule(200, 300, 350), rule(300, 300, 350)])
    }
}
