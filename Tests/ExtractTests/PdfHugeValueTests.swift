import Foundation
import Testing
@testable import Extract

/// A PDF can hold values no `Int` can (a font size of 10^30, a text matrix of 10^38): they must
/// never trap the reader (before: `Double value cannot be converted to Int64`, exit 132).
@Suite struct PdfHugeValueTests {
    @Test func clampedNeverTraps() {
        #expect(PdfInt.clamped(.nan) == 0)
        #expect(PdfInt.clamped(.infinity) == PdfInt.bound)
        #expect(PdfInt.clamped(-.infinity) == -PdfInt.bound)
        #expect(PdfInt.clamped(1e30) == PdfInt.bound)
        #expect(PdfInt.clamped(-1e300) == -PdfInt.bound)
        #expect(PdfInt.clamped(12.9) == 12)
        #expect(PdfInt.clamped(-3.5) == -3)
    }

    /// pdf_huge_values.pdf: glyphs at 10^30 Tf, at x = -10^30 and under a 10^38 matrix, then
    /// the line "Report 2023 annual text line" at 12 points, which is read.
    @Test func hugeValuesAreReadWithoutATrap() throws {
        let document = try PdfReader.read(data: try BadSamples.data("pdf_huge_values.pdf"))
        let text = document.blocks.compactMap { block -> String? in
            if case .paragraph(let p) = block { return p.text }
            return nil
        }.joined(separator: "\n")
        #expect(text.contains("Report 2023 annual text line"))
    }
}
