import Foundation
import Testing
@testable import Extract
import TestSupport

/// The five seed dumps in samples/seeds, read as users hold them. Expected rows were
/// read off the files by hand (`sed 's/\t/⇥/g; s/$/¶/' FILE`).
@Suite struct TextSeedTests {
    @Test(arguments: ["000_5860c8c99ad472da.txt", "001_081dc9eb37983e65.txt", "002_3939e620a62260ff.txt",
                      "003_6b2723ef25cb24a6.txt", "004_87e6bf328cd96236.txt"])
    func everySeedHasItsThreeTablesAsApproximateOrdinalCells(name: String) throws {
        let document = try TextFixtures.seed(name)
        #expect(document.format == .text)
        #expect(document.tables.count == 3)
        for table in document.tables {
            #expect(table.geometry == .approximate)
            #expect(table.page == nil)
            for row in table.rows {
                #expect(row.cells.map(\.column) == Array(row.cells.indices))
                #expect(row.cells.allSatisfy { $0.columnSpan == 1 && $0.verticalMerge == .none })
            }
        }
        let paragraphs = document.paragraphTexts
        #expect(paragraphs.contains { $0.hasSuffix("六、其他需要报告的事项") })
        #expect(!paragraphs.contains { $0.contains("**") || $0.contains("[bookmark") || $0.hasPrefix("#") })
    }

    @Test func seed000TabRowsKeepEmptyAndTrailingCells() throws {
        let tables = try TextFixtures.seed("000_5860c8c99ad472da.txt").tableTexts
        #expect(tables[0].count == 14)
        #expect(tables[0][0] == ["第二十条第（一）项", "", "", ""])
        #expect(tables[0][6] == ["行政许可", "0", "", ""])
        let applications = tables[1]
        #expect(applications.count == 28)
        #expect(applications[0] == ["(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)", "", "申请人情况",
                                    "", "", "", "", "", "总计", ""])
        #expect(applications[5] == ["三、本年度办理结果", "(一) 予以公开", "0", "0", "0", "0", "0", "0", "0", ""])
        #expect(applications[7] == ["", "(三) 不予公开", "1. 属于国家秘密", "0", "0", "0", "0", "0", "0", "0"])
        #expect(applications[25] == ["3. 其他", "", "0", "0", "0", "0", "0", "0", "0", ""])
        #expect(tables[2].last == Array(repeating: "0", count: 15))
    }

    @Test func seed001MarkdownHeadingsAreRemovedAndBlankSplitParagraphsStaySplit() throws {
        let document = try TextFixtures.seed("001_081dc9eb37983e65.txt")
        let paragraphs = document.paragraphTexts
        #expect(paragraphs[0] == "博爱县柏山镇人民政府2020年政府信息公开工作年度报告")
        #expect(paragraphs[1] == "一、总体情况")
        #expect(paragraphs.contains("（一）加强组织领导，政务公开工作机制逐步健全完善"))
        // A blank line splits this paragraph in the dump; joining it is Normalize's call.
        #expect(paragraphs.contains { $0.hasSuffix("二是进一步加强对村级政务公开工作的") })
        #expect(paragraphs.contains { $0.hasPrefix("指导和监督，健全有关检查制度") })
        let tables = document.tableTexts
        #expect(tables[0].last == ["信息内容", "采购项目数量", "采购总金额（单位：万元，保留4位小数）", ""])
        #expect(tables[1].contains(["5.要求行政机关确认或重新出具已获取信息", "", "0", "0", "0", "0", "0", "0", "", ""]))
        #expect(tables[2].last?.count == 16)
    }

    @Test func seed002BlankLineInsideTheTableDoesNotEndIt() throws {
        let document = try TextFixtures.seed("002_3939e620a62260ff.txt")
        let tables = document.tableTexts
        // "第二十条第（一）项" has no TAB: it is a paragraph before the table.
        #expect(document.paragraphTexts.contains("第二十条第（一）项"))
        #expect(tables[0][0] == ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"])
        #expect(tables[0][5] == ["行政许可", "6429", "", ""])
        let applications = tables[1]
        #expect(applications.count == 30)
        let split = try #require(applications.firstIndex { $0.first == "三、本年" })
        #expect(applications[split] == ["三、本年", "(一) 予以公开", "0", "0", "0", "0", "0", "0"])
        #expect(applications[split + 1] == ["度办理 结果", "(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)", "",
                                            "0", "0", "0", "0", "0", "0", "0"])
        #expect(applications.contains(["", "用、行政机关不再处理其政府信息公开", "", "", "", "", "", "", ""]))
        #expect(applications.contains(["", "申请", "", "", "", "", "", "", ""]))
        #expect(tables[2].count == 5)
        #expect(document.paragraphTexts.contains { $0.hasPrefix("（二）整改措施：一是及时梳理栏目。") })
    }

    @Test func seed003ContinuationLineJoinsItsCell() throws {
        let document = try TextFixtures.seed("003_6b2723ef25cb24a6.txt")
        #expect(document.paragraphTexts[1].hasPrefix("根据《中华人民共和国政府信息公开条例》"))
        #expect(document.paragraphTexts.contains("（三）政府信息管理情况"))
        let tables = document.tableTexts
        // Cells keep their text as the dump has it, NBSPs included (a lone NBSP is the
        // empty cell of a vertical merge).
        #expect(tables[0][0] == ["第二十条\u{A0}\u{A0}第（一）项"])
        #expect(tables[0][1] == ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"])
        #expect(tables[0].count == 14)
        let applications = tables[1]
        #expect(applications[0] == ["：第一项加第二项之和，\u{A0}等于第三项加第四项之和）", "申请人情况"])
        #expect(applications[1] == ["\u{A0}", "自然人", "法人或其他组织", "总计"])
        #expect(applications[2] == ["\u{A0}", "\u{A0}", "商业\u{A0}企业", "科研\u{A0}机构", "社会公益组织", "法律\u{A0}服务 机构", "其他", "\u{A0}"])
        #expect(applications.contains(["\u{A0}", "（六）其他处理", "1.申请人无正当理由逾期不补\n正、行政机关不再处理其政府信息公开申请",
                                       "0", "0", "0", "0", "0", "0", "0"]))
        #expect(applications.last == ["四、结转下年度继续办理", "0", "0", "0", "0", "0", "0", "0"])
        #expect(tables[2][2] == ["", "", "", "", "", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计",
                                 "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"])
    }

    @Test func seed004CellStartingWithALineBreak() throws {
        let document = try TextFixtures.seed("004_87e6bf328cd96236.txt")
        #expect(document.paragraphTexts[0] == " 2024年政府信息公开工作年度报告")
        // The zeros carry NBSPs ("0\u{A0}", "\u{A0}0"); Normalize trims them.
        let applications = document.tableTexts[1]
        #expect(applications[2] == ["", "", "商业\n企业", "科研\n机构", "社会公益组织", "法律服务机构", "其他", ""])
        #expect(applications[3] == ["一、本年新收政府信息公开申请数量", "0\u{A0}", "0\u{A0}", "0\u{A0}", "0\u{A0}", "\u{A0}0", "0\u{A0}", "0\u{A0}"])
        #expect(applications.contains(["", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                                       "0\u{A0}", "0\u{A0}", "0\u{A0}", "0\u{A0}", "\u{A0}0", "0\u{A0}", "\n0\u{A0}"]))
        #expect(applications.contains(["三、本年度办理结果", "", "3.危及“三安全一稳定”", "0\u{A0}", "0\u{A0}", "0\u{A0}", "0\u{A0}", "\u{A0}0", "0\u{A0}", "0\u{A0}"]))
        let review = document.tableTexts[2]
        #expect(review[1][1] == "结果\n纠正")
        #expect(review.last?.count == 15)
        #expect(document.paragraphTexts.last?.hasPrefix("2. 报送时") == true)
    }
}
