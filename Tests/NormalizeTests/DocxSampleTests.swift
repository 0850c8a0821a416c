import Foundation
import Normalize
import Testing
import TestSupport

/// Every DOCX sample against its expected file, written from what the document says
/// (`samples/generate_docx.py` writes both from the same data; see docs/expected-format.md).
@Suite struct DocxSampleTests {
    static let samples = Samples.files(in: "docx", ext: "docx").map { String($0.dropLast(5)) }

    @Test func atLeastSixteenSamples() { #expect(Self.samples.count >= 16) }

    @Test(arguments: samples)
    func everyCell(stem: String) throws {
        try ExpectedFile.compare(input: "docx/\(stem).docx", expected: "docx/\(stem).expected.json")
    }
}
