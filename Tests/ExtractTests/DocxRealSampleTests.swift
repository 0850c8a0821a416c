import Foundation
import Testing
@testable import Extract
import TestSupport

/// The real WPS-made blank 2021 template (`samples/real/template_2021_blank_wps.docx`). The
/// expected facts were read from its `word/document.xml` (`unzip -p … word/document.xml`).
@Suite struct DocxRealSampleTests {
    static func document() throws -> Document {
        let path = Samples.path("real/template_2021_blank_wps.docx")
        return try DocxReader.read(data: try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static func tables(_ document: Document) -> [Table] {
        document.blocks.compactMap { if case .table(let table) = $0 { return table } else { return nil } }
    }

    @Test func bodyHasThreeTablesAndTheSectionHeadings() throws {
        let document = try Self.document()
        #expect(document.format == .docx)
        let tables = Self.tables(document)
        #expect(tables.map(\.rows.count) == [14, 28, 4])
        #expect(tables.map(\.columnCount) == [4, 10, 15])
        #expect(tables.allSatisfy { $0.geometry == .exact })
        let paragraphs = document.blocks.compactMap { if case .paragraph(let p) = $0 { return p } else { return nil } }
        #expect(paragraphs.count == 33)
        let headings = paragraphs.map(\.text).filter { $0.contains("、") && !$0.hasPrefix("（") }
        #expect(headings == ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                             "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"])
        #expect(paragraphs[1] == Paragraph(text: "政府信息公开工作年度报告格式模板", style: "Normal (Web)"))
        #expect(paragraphs.allSatisfy { $0.numberingLabel == nil && $0.outlineLevel == nil })
    }

    @Test func tableThreeKeepsItsMerges() throws {
        let table = Self.tables(try Self.document())[1]
        #expect(table.rows[0].cells.map(\.column) == [0, 3])
        #expect(table.rows[0].cells.map(\.columnSpan) == [3, 7])
        #expect(table.rows[0].cells[1].text == "申请人情况")
        #expect(table.rows[0].cells[0].verticalMerge == .restart)
        #expect(table.rows[1].cells.map { "\($0.column)+\($0.columnSpan) \($0.verticalMerge.rawValue) \($0.text)" } == [
            "0+3 continuation ", "3+1 restart 自然人", "4+5 none 法人或其他组织", "9+1 restart 总计"])
        #expect(table.rows[2].cells[2].text == "商业\n企业")
        let result = table.rows[5].cells[0]
        #expect(result == TableCell(text: "三、本年度办理结果", column: 0, columnSpan: 1, verticalMerge: .restart))
        for row in 6...26 {
            #expect(table.rows[row].cells[0] == TableCell(text: "", column: 0, verticalMerge: .continuation))
        }
        #expect(table.rows[27].cells[0] == TableCell(text: "四、结转下年度继续办理", column: 0, columnSpan: 3))
        #expect(table.rows[7].cells.map(\.text).prefix(3) == ["", "（三）不予公开", "1.属于国家秘密"])
        #expect(table.rows[7].cells[1].verticalMerge == .restart)
        #expect(table.rows.allSatisfy { $0.cells.last.map { $0.column + $0.columnSpan } == 10 })
        #expect(table.rows.allSatisfy { !$0.isRepeatedHeader })
    }

    @Test func tableFourHasTwoLevelsOfHeaders() throws {
        let table = Self.tables(try Self.document())[2]
        #expect(table.rows[0].cells.map(\.text) == ["行政复议", "行政诉讼"])
        #expect(table.rows[0].cells.map(\.columnSpan) == [5, 10])
        #expect(table.rows[2].cells.count == 15)
        #expect(table.rows[2].cells.prefix(5).allSatisfy { $0.verticalMerge == .continuation })
    }
}
