import Foundation
import Testing
@testable import Extract

/// Coarse guards against accidental quadratic work. The bounds are generous (debug builds,
/// a busy 2-core machine); a release build reads a 50 KB document.xml in about 2 ms.
@Suite struct DocxPerformanceTests {
    static func milliseconds(_ body: () throws -> Void) rethrows -> Double {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    }

    @Test func fiftyKilobyteDocumentReadsQuickly() throws {
        var body = ""
        var row = 0
        while body.utf8.count < 50_000 {
            body += para("第\(row)段：政府信息公开工作")
            body += "<w:tbl><w:tr><w:tc>\(para("申请\(row)"))</w:tc><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>\(para("\(row)"))</w:tc></w:tr></w:tbl>"
            row += 1
        }
        let data = DocxFixture.docx(body: body)
        var blocks: [Block] = []
        let elapsed = try Self.milliseconds { blocks = try DocxReader.read(data: data).blocks }
        #expect(blocks.count == row * 2)
        #expect(elapsed < 500, "read a 50 KB document.xml in \(elapsed) ms")
    }

    @Test func oneParagraphWithManyRunsIsLinear() throws {
        let runs = String(repeating: "<w:r><w:t>文字</w:t><w:tab/></w:r>", count: 20_000)
        var text = ""
        let elapsed = try Self.milliseconds { text = try DocxFixture.texts("<w:p>\(runs)</w:p>")[0] }
        #expect(text.count == 60_000)
        #expect(elapsed < 2_000, "read 20 000 runs in \(elapsed) ms")
    }
}
