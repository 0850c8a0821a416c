import Foundation
import Testing
import TestSupport

/// Every PDF sample against its expected file: the LibreOffice renderings of DOCX samples and
/// the two made by `samples/pdf/make_pdfs.sh` (in `samples/pdf`), and the real reports in
/// `samples/pdf/real`, whose expected files were read off the page images by hand.
@Suite struct PdfSampleTests {
    static let samples = Samples.files(in: "pdf", ext: "pdf").map { "pdf/" + String($0.dropLast(4)) }
    static let realSamples = Samples.files(in: "pdf/real", ext: "pdf").map { "pdf/real/" + String($0.dropLast(4)) }

    @Test func enoughSamples() {
        #expect(Self.samples.count >= 10)
        #expect(Self.realSamples.count >= 2)
    }

    @Test(arguments: samples + realSamples)
    func everyCell(stem: String) throws {
        try ExpectedFile.compare(input: "\(stem).pdf", expected: "\(stem).expected.json")
    }
}
