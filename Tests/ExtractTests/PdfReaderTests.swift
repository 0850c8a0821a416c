import Foundation
import Testing
@testable import Extract
import TestSupport

/// PDF fixtures live in `samples/pdf` (made by `samples/pdf/make_pdfs.sh`); the fault
/// fixtures in `samples/pdf/faults`. Found relative to this file.
enum PdfFixture {
    static func url(_ relative: String) -> URL { Samples.url("pdf/" + relative) }

    static func data(_ relative: String) throws -> Data { try Data(contentsOf: url(relative)) }

    static func read(_ relative: String) throws -> Document { try PdfReader.read(data: data(relative)) }

    static func paragraphs(_ d: Document) -> [Paragraph] {
        d.blocks.compactMap { if case .paragraph(let p) = $0 { return p } else { return nil } }
    }

    static func tables(_ d: Document) -> [Table] {
        d.blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
    }
}

@Suite struct PdfErrorTests {
    @Test func userPasswordIsRefusedAsEncrypted() throws {
        #expect(throws: ExtractError.encrypted(kind: "PDF")) { try PdfFixture.read("faults/encrypted_user_password.pdf") }
    }

    @Test func emptyUserPasswordOpens() throws {
        let d = try PdfFixture.read("faults/encrypted_empty_user_password.pdf")
        #expect(d.format == .pdf)
        #expect(PdfFixture.paragraphs(d).map(\.text).contains("一、总体情况"))
    }

    @Test func imageOnlyHasNoTextLayer() throws {
        let data = try PdfFixture.data("faults/image_only.pdf")
        #expect(throws: ExtractError.noTextLayer) { try PdfReader.read(data: data) }
        // With OCR (`--ocr`) the picture is read, and holds no text.
        #expect(throws: ExtractError.noTextFound) { try PdfReader.read(data: data, limits: ReadLimits(ocr: true)) }
    }

    @Test(arguments: [300, 5_000, 40_000])
    func truncatedIsDamaged(bytes: Int) throws {
        let data = try PdfFixture.data("01_word_2021_county.pdf").prefix(bytes)
        do {
            _ = try PdfReader.read(data: Data(data))
            Issue.record("a truncated PDF was read")
        } catch let error as ExtractError {
            guard case .corruptPDF(let message) = error else { Issue.record("got \(error)"); return }
            #expect(!message.isEmpty)
        }
    }

    @Test func garbageAfterTheHeaderIsDamaged() {
        let data = Data("%PDF-1.7\nthis is not a PDF body\n".utf8)
        #expect { try PdfReader.read(data: data) } throws: { error in
            if case ExtractError.corruptPDF = error { return true } else { return false }
        }
    }

    @Test func pageLimit() throws {
        let data = try PdfFixture.data("real/huaian_city_2024.pdf")
        #expect { try PdfReader.read(data: data, limits: ReadLimits(maxPages: 5)) } throws: { error in
            if case ExtractError.limitExceeded = error { return true } else { return false }
        }
        #expect { try PdfReader.read(data: data, limits: ReadLimits(maxCells: 50)) } throws: { error in
            if case ExtractError.limitExceeded = error { return true } else { return false }
        }
    }

    @Test func sniffedThroughTheDocumentReader() throws {
        let d = try DocumentReader.read(data: PdfFixture.data("real/hongze_district_2023.pdf"))
        #expect(d.format == .pdf)
    }
}

@Suite struct PdfPageFurnitureTests {
    @Test(arguments: ["3", "-3-", "- 3 -", "—3—", "— 12 —", "第 3 页 共 6 页", "第3页", "共6页 第3页", "3/6", "Page 3 of 6", "－３－"])
    func pageNumbers(text: String) { #expect(PdfPageFurniture.isPageNumber(text)) }

    @Test(arguments: ["2024年", "一、总体情况", "12345", "3.其他", "第二十条第（一）项", "1288 21"])
    func notPageNumbers(text: String) { #expect(!PdfPageFurniture.isPageNumber(text)) }

    @Test func realReportLosesItsPageNumbers() throws {
        let d = try PdfFixture.read("real/huaian_city_2024.pdf")
        let texts = PdfFixture.paragraphs(d).map(\.text)
        #expect(!texts.contains { PdfPageFurniture.isPageNumber($0) })
        #expect(!texts.contains { $0.hasSuffix("- 1 -") || $0.hasSuffix("-1-") })
    }

    @Test func runningHeaderIsRemovedOnEveryPage() throws {
        // Sample 01 prints the report title as the page header of every page.
        let d = try PdfFixture.read("01_word_2021_county.pdf")
        let title = "泗阳县人民政府2024年政府信息公开工作年度报告"
        #expect(PdfFixture.paragraphs(d).filter { $0.text.contains(title) }.count == 1)
        #expect(!PdfFixture.paragraphs(d).contains { $0.text.contains("—") && $0.text.count < 8 })
    }
}

@Suite struct PdfTextTests {
    @Test func fakeBoldIsReadOnce() throws {
        // poppler 22.12 already drops most copies drawn within a tenth of an em; the reader
        // drops what is left: the same scalar again with its box under about a point away.
        func g(_ s: Unicode.Scalar, _ x: Double, _ y: Double = 100) -> PdfGlyph {
            PdfGlyph(scalar: s, x0: x, y0: y, x1: x + 15, y1: y + 16, fontSize: 15.5, fontName: "")
        }
        let drawnTwice = [g("总", 100), g("体", 115), g("总", 100.35), g("体", 115.35), g("体", 130)]
        #expect(PdfText.clean(drawnTwice).map { String($0.scalar) }.joined() == "总体体")
        let texts = PdfFixture.paragraphs(try PdfFixture.read("21_pdf_fake_bold_letter_spaced.pdf")).map(\.text)
        #expect(texts.first == "金湖县银涂镇人民政府2024年政府信息公开工作年度报告")
        for heading in ["一、总体情况", "二、主动公开政府信息情况", "六、其他需要报告的事项"] {
            #expect(texts.contains(heading), "\(heading)")
        }
    }

    @Test func letterSpacedHeadingHasNoSpaces() throws {
        let pdf = try PopplerPDF(data: PdfFixture.data("21_pdf_fake_bold_letter_spaced.pdf"))
        let glyphs = PdfText.clean(pdf.page(0)!.glyphs())
        let line = try #require(PdfText.lines(glyphs).first { $0.text.hasPrefix("一、") })
        #expect(line.x1 - line.x0 > 6 * 15.5 + 4 * 5)  // 6pt between characters
        #expect(line.text == "一、总体情况")
        // Typed spaces between CJK characters are dropped as well.
        func g(_ s: Unicode.Scalar, _ x: Double) -> PdfGlyph {
            PdfGlyph(scalar: s, x0: x, y0: 0, x1: x + 12, y1: 12, fontSize: 12, fontName: "")
        }
        #expect(PdfText.join(PdfText.clean([g("政", 0), g(" ", 12), g("府", 24), g(" ", 36), g("信", 48)])) == "政府信")
    }

    @Test func lineJoins() {
        #expect(PdfText.lineJoiner("我市坚持以", "习近平") == "")
        #expect(PdfText.lineJoiner("全年共", "95") == "")
        #expect(PdfText.lineJoiner("the annual", "report") == " ")
        #expect(PdfText.lineJoiner("0517-", "83605210") == "")
    }

    @Test func paragraphJoinsAcrossThePageBreak() throws {
        let d = try PdfFixture.read("real/huaian_city_2024.pdf")
        let p = PdfFixture.paragraphs(d).first { $0.text.hasPrefix("（一）主动公开情况。") }!
        #expect(p.text.contains("“建设‘四最’一流营商环境高质量推进产业发展”"))
        #expect(p.text.hasSuffix("回应舆论关切。"))
        #expect(p.page == 1)
        #expect(PdfFixture.paragraphs(d).first { $0.text.hasPrefix("（二）依申请公开情况。") }?.page == 2)
    }

    @Test func headingMarkers() {
        #expect(Characters.startsWithHeadingMarker("一、总体情况"))
        #expect(Characters.startsWithHeadingMarker("（三）政府信息管理情况。"))
        #expect(Characters.startsWithHeadingMarker("(二)依申请公开"))
        #expect(Characters.startsWithHeadingMarker("1.属于国家秘密"))
        #expect(!Characters.startsWithHeadingMarker("2024年，我市"))
        #expect(!Characters.startsWithHeadingMarker("1.5万元"))
    }
}

@Suite struct PdfTableTests {
    @Test func verticalLabelReadsAsOneString() throws {
        let tables = PdfFixture.tables(try PdfFixture.read("real/huaian_city_2024.pdf"))
        let cell = tables.flatMap(\.rows).flatMap(\.cells).first { $0.text == "三、本年度办理结果" }
        #expect(cell?.column == 0)
        #expect(cell?.verticalMerge == .restart)
    }

    /// Page 5 of the Huai'an report: the 四 table, checked against the page image.
    @Test func latticeOfAKnownPage() throws {
        let tables = PdfFixture.tables(try PdfFixture.read("real/huaian_city_2024.pdf"))
        let review = try #require(tables.first { $0.rows.first?.cells.first?.text == "行政复议" })
        #expect(review.geometry == .exact)
        #expect(review.page == 5)
        #expect(DocumentDump.text(Document(format: .pdf, blocks: [.table(review)])) == """
            document pdf
            T exact 15 columns
              R @0+5 行政复议 ‖ @5+10 行政诉讼
              R @0+1^ 结果⏎维持 ‖ @1+1^ 结果⏎纠正 ‖ @2+1^ 其他结⏎果 ‖ @3+1^ 尚未⏎审结 ‖ @4+1^ 总计 ‖ @5+5 未经复议直接起诉 ‖ @10+5 复议后起诉
              R @0+1|  ‖ @1+1|  ‖ @2+1|  ‖ @3+1|  ‖ @4+1|  ‖ @5+1 结果⏎维持 ‖ @6+1 结果⏎纠正 ‖ @7+1 其他⏎结果 ‖ @8+1 尚未⏎审结 ‖ @9+1 总计 ‖ @10+1 结果⏎维持 ‖ @11+1 结果⏎纠正 ‖ @12+1 其他⏎结果 ‖ @13+1 尚未审⏎结 ‖ @14+1 总计
              R @0+1 72 ‖ @1+1 64 ‖ @2+1 178 ‖ @3+1 37 ‖ @4+1 351 ‖ @5+1 13 ‖ @6+1 4 ‖ @7+1 8 ‖ @8+1 1 ‖ @9+1 26 ‖ @10+1 12 ‖ @11+1 1 ‖ @12+1 1 ‖ @13+1 6 ‖ @14+1 20

            """)
    }

    /// Section 二 of the Huai'an report has pale blue caption rows: their edges are not rules,
    /// the black rules along them are.
    @Test func filledRowsKeepTheirRules() throws {
        let tables = PdfFixture.tables(try PdfFixture.read("real/huaian_city_2024.pdf"))
        let rows = tables[0].rows.map { $0.cells.map(\.text) }
        #expect(rows.prefix(4) == [["第二十条第（一）项"], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
                                   ["规章", "1", "0", "11"], ["行政规范性文件", "8", "26", "66"]])
    }

    @Test func labelCutByThePageBreakReadsWholeInBothParts() throws {
        let tables = PdfFixture.tables(try PdfFixture.read("real/huaian_city_2024.pdf"))
        let first = try #require(tables.first { $0.page == 4 && $0.columnCount == 10 })
        let second = try #require(tables.first { $0.page == 5 && $0.columnCount == 10 })
        #expect(first.rows.last?.cells.map(\.text).prefix(3) == ["", "（四）无法提供", "1.本机关不掌握相关政府信息"])
        #expect(second.rows.first?.cells.map(\.text).prefix(3) == ["三、本年度办理结果", "（四）无法提供", "2.没有现成信息需要另行制作"])
    }

    @Test func repeatedHeaderRowsAreDropped() throws {
        // Sample 11: the second part of table 三 repeats the three header rows.
        let tables = PdfFixture.tables(try PdfFixture.read("11_word_split_table_repeated_header.pdf"))
        let parts = tables.filter { $0.columnCount == 10 }
        #expect(parts.count >= 2)  // LibreOffice also breaks the first part over a page
        #expect(parts.dropFirst().allSatisfy { !$0.rows.contains { $0.cells.contains { $0.text == "申请人情况" } } })
    }

    @Test func rowWithoutTopRuleJoinsThePreviousPart() {
        func part(_ rows: [[String]], openTop: Bool) -> PdfTablePart {
            PdfTablePart(table: Table(rows: rows.map { TableRow(cells: $0.enumerated().map { TableCell(text: $0.element, column: $0.offset) }) },
                                      geometry: .exact),
                         x0: 0, y0: 0, x1: 300, y1: 100, columnEdges: [0, 100, 200, 300], openTop: openTop)
        }
        let first = part([["类别", "数量", "备注"], ["行政许可事项办理", "44", "说明"]], openTop: false)
        var previous = first
        var next = part([["情况", "7", "文字"], ["行政处罚", "5", ""]], openTop: true)
        PdfTableJoin.continue(first: first, previous: &previous, next: &next)
        #expect(previous.table.rows.last?.cells.map(\.text) == ["行政许可事项办理情况", "447", "说明文字"])
        #expect(next.table.rows.map { $0.cells.map(\.text) } == [["行政处罚", "5", ""]])
    }

    @Test func tableWithoutRulesIsApproximate() throws {
        let tables = PdfFixture.tables(try PdfFixture.read("22_pdf_table_without_rules.pdf"))
        #expect(tables.first?.geometry == .approximate)
        #expect(tables.first?.rows.map { $0.cells.map(\.text) } == [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
                                                                   ["规章", "0", "0", "7"], ["行政规范性文件", "8", "3", "21"]])
    }

    @Test func nestedTableIsAttachedToItsCell() {
        // A one-cell frame (0…300 × 0…200) around a 2 × 2 grid (50…250 × 50…150).
        let h = [PdfRule(position: 0, start: 0, end: 300), PdfRule(position: 200, start: 0, end: 300),
                 PdfRule(position: 50, start: 50, end: 250), PdfRule(position: 100, start: 50, end: 250),
                 PdfRule(position: 150, start: 50, end: 250)]
        let v = [PdfRule(position: 0, start: 0, end: 200), PdfRule(position: 300, start: 0, end: 200),
                 PdfRule(position: 50, start: 50, end: 150), PdfRule(position: 150, start: 50, end: 150),
                 PdfRule(position: 250, start: 50, end: 150)]
        let glyphs = [PdfGlyph(scalar: "甲", x0: 60, y0: 60, x1: 72, y1: 72, fontSize: 12, fontName: ""),
                      PdfGlyph(scalar: "乙", x0: 160, y0: 110, x1: 172, y1: 122, fontSize: 12, fontName: ""),
                      PdfGlyph(scalar: "丙", x0: 10, y0: 10, x1: 22, y1: 22, fontSize: 12, fontName: "")]
        let (parts, used) = PdfLattice.tables(horizontal: h, vertical: v, glyphs: glyphs, page: 1)
        #expect(parts.count == 1)
        #expect(used.count == 3)
        let outer = parts[0].table
        #expect(outer.rows.count == 1 && outer.rows[0].cells.count == 1)
        #expect(outer.rows[0].cells[0].text == "丙")
        let inner = outer.rows[0].cells[0].nestedTables
        #expect(inner.count == 1)
        #expect(inner.first?.rows.map { $0.cells.map(\.text) } == [["甲", ""], ["", "乙"]])
    }

    @Test func mergedCellsFromMissingRuleSegments() {
        // 3 × 2 grid; the rule between rows 0 and 1 is missing in column 0 (a vertical merge)
        // and the rule between columns 1 and 2 is missing in row 1 (a horizontal merge).
        let h = [PdfRule(position: 0, start: 0, end: 300), PdfRule(position: 50, start: 100, end: 300),
                 PdfRule(position: 100, start: 0, end: 300)]
        let v = [PdfRule(position: 0, start: 0, end: 100), PdfRule(position: 100, start: 0, end: 100),
                 PdfRule(position: 200, start: 0, end: 50), PdfRule(position: 300, start: 0, end: 100)]
        let (parts, _) = PdfLattice.tables(horizontal: h, vertical: v, glyphs: [], page: 1)
        #expect(DocumentDump.text(Document(format: .pdf, blocks: [.table(parts[0].table)])) == """
            document pdf
            T exact 3 columns
              R @0+1^  ‖ @1+1  ‖ @2+1 
              R @0+1|  ‖ @1+2 

            """)
    }
}
