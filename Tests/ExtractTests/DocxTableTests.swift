import Foundation
import Testing
@testable import Extract
import TestSupport

/// Tables: grid positions, spans, vertical merges, header rows, nested tables.
@Suite struct DocxTableTests {
    static func cell(_ text: String, _ tcPr: String = "") -> String {
        "<w:tc>\(tcPr.isEmpty ? "" : "<w:tcPr>\(tcPr)</w:tcPr>")\(para(text))</w:tc>"
    }

    static let grid = "<w:tblGrid><w:gridCol w:w=\"100\"/><w:gridCol w:w=\"100\"/><w:gridCol w:w=\"100\"/><w:gridCol w:w=\"100\"/></w:tblGrid>"

    /// One line per cell: "row.column+span merge text".
    static func dump(_ table: Table) -> [String] {
        table.rows.enumerated().flatMap { index, row in
            row.cells.map { "\(index).\($0.column)+\($0.columnSpan) \($0.verticalMerge.rawValue) \($0.text)" }
        }
    }

    @Test func gridSpanGridBeforeAndGridAfterPlaceCells() throws {
        let body = """
            <w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>\(Self.grid)\
            <w:tr>\(Self.cell("标题", "<w:gridSpan w:val=\"4\"/>"))</w:tr>\
            <w:tr><w:trPr><w:gridBefore w:val="1"/><w:wBefore w:w="100" w:type="dxa"/></w:trPr>\(Self.cell("乙", "<w:gridSpan w:val=\"2\"/>"))\(Self.cell("丙"))</w:tr>\
            <w:tr><w:trPr><w:gridAfter w:val="2"/></w:trPr>\(Self.cell("丁"))\(Self.cell("戊"))</w:tr>\
            </w:tbl>
            """
        let tables = try DocxFixture.tables(body)
        #expect(tables.count == 1)
        #expect(Self.dump(tables[0]) == ["0.0+4 none 标题", "1.1+2 none 乙", "1.3+1 none 丙", "2.0+1 none 丁", "2.1+1 none 戊"])
        #expect(tables[0].columnCount == 4)
        #expect(tables[0].geometry == .exact)
    }

    @Test func verticalMergeStates() throws {
        let body = """
            <w:tbl>\(Self.grid)\
            <w:tr>\(Self.cell("合并", "<w:vMerge w:val=\"restart\"/>"))\(Self.cell("一"))</w:tr>\
            <w:tr>\(Self.cell("", "<w:vMerge/>"))\(Self.cell("二"))</w:tr>\
            <w:tr>\(Self.cell("", "<w:vMerge w:val=\"continue\"/>"))\(Self.cell("三"))</w:tr>\
            </w:tbl>
            """
        #expect(Self.dump(try DocxFixture.tables(body)[0]) == [
            "0.0+1 restart 合并", "0.1+1 none 一", "1.0+1 continuation ", "1.1+1 none 二", "2.0+1 continuation ", "2.1+1 none 三",
        ])
    }

    @Test func cellParagraphsJoinWithNewlinesAndKeepTheirLabels() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>\
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            """
        let numbered = { (text: String) in para(text, "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>") }
        let body = "<w:tbl><w:tr><w:tc>\(para("不予公开"))\(numbered("属于国家秘密"))\(numbered("其他"))<w:p/></w:tc></w:tr></w:tbl>"
        let tables = try DocxFixture.blocks(body, numbering: numbering)
        #expect(tables == [.table(Table(rows: [TableRow(cells: [
            TableCell(text: "不予公开\n1.属于国家秘密\n2.其他\n", column: 0),
        ])], geometry: .exact))])
    }

    @Test func nestedTablesStayOutOfTheCellText() throws {
        let inner = "<w:tbl><w:tr>\(Self.cell("内一"))\(Self.cell("内二"))</w:tr></w:tbl>"
        let body = "<w:tbl><w:tr><w:tc>\(para("外前"))\(inner)\(para("外后"))</w:tc>\(Self.cell("旁"))</w:tr></w:tbl>"
        let table = try DocxFixture.tables(body)[0]
        #expect(table.rows[0].cells == [
            TableCell(text: "外前\n外后", column: 0, nestedTables: [
                Table(rows: [TableRow(cells: [TableCell(text: "内一", column: 0), TableCell(text: "内二", column: 1)])], geometry: .exact),
            ]),
            TableCell(text: "旁", column: 1),
        ])
    }

    @Test func repeatedHeaderRows() throws {
        let body = """
            <w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr>\(Self.cell("表头"))</w:tr>\
            <w:tr><w:trPr><w:tblHeader w:val="true"/></w:trPr>\(Self.cell("第二表头"))</w:tr>\
            <w:tr><w:trPr><w:tblHeader w:val="0"/></w:trPr>\(Self.cell("数据"))</w:tr>\
            <w:tr>\(Self.cell("数据二"))</w:tr></w:tbl>
            """
        #expect(try DocxFixture.tables(body)[0].rows.map(\.isRepeatedHeader) == [true, true, false, false])
    }

    @Test func tablesSeparatedByAParagraphStayTwoTables() throws {
        let body = "<w:tbl><w:tr>\(Self.cell("上"))</w:tr></w:tbl><w:p/><w:tbl><w:tr>\(Self.cell("下"))</w:tr></w:tbl>"
        let blocks = try DocxFixture.blocks(body)
        #expect(blocks == [
            .table(Table(rows: [TableRow(cells: [TableCell(text: "上", column: 0)])], geometry: .exact)),
            .paragraph(Paragraph(text: "")),
            .table(Table(rows: [TableRow(cells: [TableCell(text: "下", column: 0)])], geometry: .exact)),
        ])
    }

    @Test func deletedRowsContentControlsAndLegacyHorizontalMerge() throws {
        let body = """
            <w:tbl><w:tr><w:trPr><w:del w:id="1" w:author="a"/></w:trPr>\(Self.cell("删除行"))</w:tr>\
            <w:sdt><w:sdtPr/><w:sdtContent><w:tr><w:sdt><w:sdtPr/><w:sdtContent>\(Self.cell("控件格"))</w:sdtContent></w:sdt>\
            \(Self.cell("横并", "<w:hMerge w:val=\"restart\"/>"))\(Self.cell("", "<w:hMerge/>"))</w:tr></w:sdtContent></w:sdt></w:tbl>
            """
        #expect(Self.dump(try DocxFixture.tables(body)[0]) == ["0.0+1 none 控件格", "0.1+2 none 横并"])
    }

    @Test func tooManyCellsIsRefused() throws {
        let body = "<w:tbl><w:tr>\(String(repeating: Self.cell("x"), count: 5))</w:tr></w:tbl>"
        var limits = ReadLimits.standard
        limits.maxCells = 4
        #expect(throws: ExtractError.limitExceeded("word/document.xml has more than 4 table cells")) {
            try DocxReader.read(data: DocxFixture.docx(body: body), limits: limits)
        }
    }
}
