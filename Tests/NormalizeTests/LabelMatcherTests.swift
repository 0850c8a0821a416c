@testable import Normalize
import Testing
import TestSupport

@Suite struct LabelMatcherTests {
    @Test(arguments: [
        ("1. 属于国家秘密", "withheld.state_secret"),
        ("（三）不予公开 1.属于国家秘密", "withheld.state_secret"),
        ("2. 申请人逾期未按收费通知要求缴纳费", "other_handling.overdue_fee"),
        ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "other_handling.overdue_correction"),
        ("3. 其他", "other_handling.other"),
        ("(六) 其他处理", "other_handling"),
        ("(七) 总计", "result_total"),
        ("四、结转下年度继续办理", "carried_forward"),
        ("5.要求行政机关确认或重新出具已获取信息", "not_processed.confirm_or_reissue"),
        ("（二）部分公开（区分处理的，只计这一情 形，不计其他情形）", "partially_disclosed"),
        ("一、本年新收政府信息公开申请数量", "new_received"),
    ])
    func applicationRows(label: String, key: String) {
        #expect(LabelMatcher.applicationKey(label) == key)
    }

    @Test func headingsAndFragmentsNameNoRow() {
        #expect(LabelMatcher.applicationKey("三、本年") == nil)
        #expect(LabelMatcher.applicationKey("用、行政机关不再处理其政府信息公开") == nil)
    }

    @Test(arguments: [("第二十条第（一）项", "一"), ("第二十条  第（五）项", "五"), ("第二十条第(八)项", "八"), ("第二十条第（九）项", "九")])
    func disclosureCaptions(text: String, item: String) {
        #expect(LabelMatcher.disclosureItem(text) == item)
    }

    @Test func sectionHeadingsComeInOrderAndNameTheirSection() {
        #expect(SectionHeading.parse("一、总体情况", after: -1)?.title == "总体情况")
        #expect(SectionHeading.parse("四、政府信息公开行政复议、行政诉讼情况", after: 2)?.number == "四")
        #expect(SectionHeading.parse("四、结转下年度继续办理", after: 2) == nil)
        #expect(SectionHeading.parse("一、总体情况", after: 3) == nil)
        #expect(SectionHeading.parse("一是政府信息管理情况。", after: -1) == nil)
    }

    @Test func titleOrganAndYear() {
        let h = ReportHeader(opening: ["淮安市人民政府", "2024 年政府信息公开工作年度报告"].map(TextClean.paragraph),
                             body: [], overview: ["2024年，我市……"])
        #expect(h.title == "淮安市人民政府2024年政府信息公开工作年度报告")
        #expect(h.organ == "淮安市人民政府")
        #expect(h.year == 2024)
        let other = ReportHeader(opening: ["2023年政府信息公开工作年度报告"], body: ["《某某市某某区某某镇人民政府信息公开指南》"],
                                 overview: ["2024年，我镇……"])
        #expect(other.year == 2023)
        #expect(other.organ == "某某市某某区某某镇人民政府")
        #expect(other.warnings == ["the title states the year 2023 but the body reports on 2024"])
    }
}
