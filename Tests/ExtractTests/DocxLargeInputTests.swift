import Foundation
import Testing
@testable import Extract
import TestSupport

/// Large inputs read in full and exactly. Speed is measured by bench/run.sh, not here.
@Suite struct DocxLargeInputTests {
    @Test func aFiftyKilobyteDocumentReadsEveryBlock() throws {
        var body = ""
        var row = 0
        while body.utf8.count < 50_000 {
            body += para("第\(row)段：政府信息公开工作")
            body += "<w:tbl><w:tr><w:tc>\(para("申请\(row)"))</w:tc><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>\(para("\(row)"))</w:tc></w:tr></w:tbl>"
            row += 1
        }
        let blocks = try DocxReader.read(data: DocxFixture.docx(body: body)).blocks
        #expect(blocks.count == row * 2)
        guard case .table(let last) = blocks.last else { Issue.record("the last block is not a table"); return }
        #expect(last.rows[0].cells.map(\.text) == ["申请\(row - 1)", "\(row - 1)"])
        #expect(last.rows[0].cells.map(\.columnSpan) == [1, 2])
    }

    @Test func oneParagraphWithManyRunsKeepsEveryCharacter() throws {
        let runs = String(repeating: "<w:r><w:t>文字</w:t><w:tab/></w:r>", count: 20_000)
        let text = try DocxFixture.texts("<w:p>\(runs)</w:p>")[0]
        #expect(text.count == 60_000)
        #expect(text.hasPrefix("文字\t文字\t") && text.hasSuffix("文字\t"))
    }
}
