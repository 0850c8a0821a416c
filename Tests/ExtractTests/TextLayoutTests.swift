import Foundation
import Testing
@testable import Extract
import TestSupport

/// `pdftotext` output of the two real reports (samples/text, made by make_encodings.sh).
/// Expected numbers were read off the page images (`pdftoppm -png -r 80`).
@Suite struct TextLayoutTests {
    /// The row whose first non-empty cell is `label`, in any table.
    private func row(_ document: Document, _ label: String) -> [String]? {
        for table in document.tableTexts {
            if let row = table.first(where: { $0.first { !$0.isEmpty } == label }) { return row }
        }
        return nil
    }

    private func numbers(_ text: String) -> [String] { text.split(separator: " ").map(String.init) }

    @Test func huaianLayoutTables() throws {
        let document = try TextFixtures.sample("huaian_city_2024.layout.txt")
        let tables = document.tables
        #expect(tables.count == 3)
        #expect(tables.map(\.page) == [3, 4, 5])
        for table in tables {
            #expect(table.geometry == .aligned)
            #expect(Set(table.rows.map(\.cells.count)).count == 1)
        }
        let texts = document.tableTexts
        #expect(texts[0][0] == ["第二十条 第（一）项", "", "", ""])
        #expect(texts[0][1] == ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"])
        #expect(texts[0][2] == ["规章", "1", "0", "11"])
        #expect(row(document, "行政许可") == ["行政许可", "447228", "", ""])
        #expect(row(document, "行政处罚") == ["行政处罚", "3985758", "", ""])
        #expect(row(document, "行政事业性收费") == ["行政事业性收费", "96171.6", "", ""])

        // Table 三: three label slots, seven value slots, across the page 4–5 break.
        #expect(tables[1].columnCount == 10)
        #expect(row(document, "一、本年新收政府信息公开申请数量")?.suffix(7) == numbers("3001 53 0 0 61 4 3119")[...])
        #expect(row(document, "二、上年结转政府信息公开申请数量")?.suffix(7) == numbers("34 0 0 0 0 0 34")[...])
        #expect(row(document, "（一）予以公开") == ["", "（一）予以公开", ""] + numbers("1288 21 0 0 50 3 1362"))
        #expect(row(document, "1.属于国家秘密") == ["", "", "1.属于国家秘密"] + numbers("2 0 0 0 0 0 2"))
        #expect(row(document, "本") == ["本", "", "2.其他法律行政法规禁止公开"] + numbers("30 1 0 0 0 0 31"))
        #expect(row(document, "法提供") == ["", "法提供", "2.没有现成信息需要另行制作"] + numbers("11 0 0 0 0 0 11"))
        #expect(row(document, "（七）总计") == ["", "（七）总计", ""] + numbers("2932 53 0 0 61 4 3050"))
        #expect(row(document, "四、结转下年度继续办理")?.suffix(7) == numbers("103 0 0 0 0 0 103")[...])
        // A wrapped label's numbers sit on their own line: a row with the values only.
        #expect(texts[1].contains(["", "", ""] + numbers("447 7 0 0 0 0 454")))
        #expect(texts[1].contains(["", "形，不计其他情形）"] + Array(repeating: "", count: 8)))
        // Header cells land in the value slot they stand over.
        #expect(texts[1].contains(["", "", "", "", "商业企", "科研机", "社会公益", "法律服务", "", ""]))

        #expect(texts[2].last == numbers("72 64 178 37 351 13 4 8 1 26 12 1 1 6 20"))
        #expect(texts[2][0].first == "行政复议")
    }

    @Test func huaianLayoutProse() throws {
        let document = try TextFixtures.sample("huaian_city_2024.layout.txt")
        let paragraphs = document.paragraphTexts
        #expect(!paragraphs.contains { $0.contains("-1-") || $0.contains("-3-") })
        #expect(paragraphs.contains("   一、总体情况"))
        // Wrapped lines are joined, CJK without a space, across the page 1–2 break too.
        let active = try #require(paragraphs.first { $0.contains("（一）主动公开情况") })
        #expect(active.contains("各类政府信息 5500 余条"))
        #expect(active.contains("“建设‘四最’一流营商环境高质量推进产业发展”"))
        #expect(active.hasSuffix("回应舆论关切。"))
        let opening = try #require(paragraphs.first { $0.contains("本报告由淮安市人民政府办公室") })
        #expect(opening.hasSuffix("电子邮箱：hazwgkc@163.com）。"))
        #expect(paragraphs.contains("      六、其他需要报告的事项"))
        #expect(paragraphs.last == "      2024 年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 3940 元。")
        if case .paragraph(let first) = document.blocks.first { #expect(first.page == 1) }
    }

    @Test func hongzeLayoutTables() throws {
        let document = try TextFixtures.sample("hongze_district_2023.layout.txt")
        let texts = document.tableTexts
        #expect(texts.count == 3)
        #expect(texts[0][1] == ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"])
        #expect(texts[0][3] == ["行政规范性文件", "0", "5", "5"])
        #expect(row(document, "行政处罚") == ["行政处罚", "4119", "", ""])
        #expect(row(document, "行政事业性收费") == ["行政事业性收费", "7730.28", "", ""])
        #expect(row(document, "一、本年新收政府信息公开申请数量")?.suffix(7) == numbers("21 0 0 0 0 0 21")[...])
        #expect(row(document, "1.属于国家秘密") == ["", "", "1.属于国家秘密"] + numbers("1 0 0 0 0 0 1"))
        #expect(row(document, "1.本机关不掌握相关政府信息")?.suffix(7) == numbers("10 0 0 0 0 0 10")[...])
        // Page 4 of the table sits further left; its label levels still line up.
        #expect(row(document, "3.补正后申请内容仍不明确") == ["", "", "3.补正后申请内容仍不明确"] + numbers("0 0 0 0 0 0 0"))
        #expect(row(document, "（五）不予处理") == ["", "（五）不予处理"] + Array(repeating: "", count: 8))
        #expect(row(document, "（七）总计") == ["", "（七）总计", ""] + numbers("21 0 0 0 0 0 21"))
        #expect(texts[2].last == numbers("10 1 0 0 0 0 0 0 0 0 5 0 0 0 0"))
    }

    @Test(arguments: ["huaian_city_2024.raw.txt", "hongze_district_2023.raw.txt"])
    func plainPdftotextStaysParagraphs(name: String) throws {
        let document = try TextFixtures.sample(name)
        #expect(document.tables.isEmpty)
        let paragraphs = document.paragraphTexts
        #expect(paragraphs.contains("行政许可"))
        #expect(paragraphs.contains("三、收到和处理政府信息公开申请情况"))
        #expect(paragraphs.contains("四、结转下年度继续办理"))
        #expect(!paragraphs.contains { $0.hasPrefix("-") && $0.hasSuffix("-") })
        // Wrapped prose is joined, table cells are not.
        #expect(paragraphs.contains { $0.hasPrefix("本报告由") && $0.hasSuffix("）。") })
    }

    @Test func huaianRawKeepsCellsAndJoinsAcrossThePageBreak() throws {
        let paragraphs = try TextFixtures.sample("huaian_city_2024.raw.txt").paragraphTexts
        let first = try #require(paragraphs.firstIndex(of: "一、本年新收政府信息公开申请数量"))
        #expect(Array(paragraphs[(first + 1)...(first + 7)]) == numbers("3001 53 0 0 61 4 3119"))
        #expect(paragraphs.contains { $0.contains("一流营商环境高质量推进产业发展") })
    }
}
