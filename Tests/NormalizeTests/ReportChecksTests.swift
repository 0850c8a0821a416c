import Testing
@testable import Normalize

/// The one-report checks besides the identities and the prose, on constructed reports.
struct ReportChecksTests {
    static func table(_ id: String, _ edition: Edition = .e2021, fill: String = "0") -> CanonicalTable {
        let t = Template.table(id, edition)!
        return CanonicalTable(id: t.id, title: t.title, columns: t.columns,
                              rows: t.rows.map { CanonicalRow(key: $0.key, label: $0.label, cells: t.columns.map { _ in CellValue(source: fill) }) },
                              extraRows: [])
    }

    static let sixSections = [("一", "总体情况"), ("二", "主动公开政府信息情况"), ("三", "收到和处理政府信息公开申请情况"),
                              ("四", "政府信息公开行政复议、行政诉讼情况"), ("五", "存在的主要问题及改进情况"), ("六", "其他需要报告的事项")]
        .map { Section(number: $0.0, title: $0.1, text: "") }

    func context(tables: [CanonicalTable] = [table("applications")], sections: [Section] = sixSections, edition: Edition = .e2021,
                 year: Int? = 2024, titleYear: Int? = 2024, bodyYear: Int? = 2024, organ: String? = "某县教育局") -> ReportChecks.Context {
        ReportChecks.Context(tables: tables, sections: sections, edition: edition, year: year, titleYear: titleYear, bodyYear: bodyYear,
                             organ: organ, nullReasons: [:])
    }

    @Test func valueDomain() {
        var apps = Self.table("applications")
        apps.rows[0].cells[0] = CellValue(source: "-1")
        apps.rows[0].cells[1] = CellValue(source: "1.5")
        let found = ReportChecks.values(context(tables: [apps])).filter { $0.ok == false }
        #expect(found.map(\.at) == ["applications.new_received.natural_person", "applications.new_received.commercial_enterprise"])
        #expect(found.allSatisfy { $0.severity == .error })
        #expect(ReportChecks.values(context()).map(\.ok) == [true])
    }

    @Test func aNegativeChangeOfThe2019EditionIsAValue() {
        var licensing = Self.table("disclosure_licensing", .e2019)
        licensing.rows[0].cells[1] = CellValue(source: "-3")
        #expect(ReportChecks.values(context(tables: [licensing], edition: .e2019, year: 2020)).allSatisfy { $0.ok == true })
    }

    @Test func blanksAreCountedNeverZero() {
        let blank = ReportChecks.blanks(context(tables: [Self.table("review_litigation", fill: "")]))
        #expect(blank.count == 1)
        #expect(blank[0].ok == false)
        #expect(blank[0].actual == "15")
        #expect(blank[0].severity == .info)
    }

    @Test func editionAgainstYear() {
        #expect(ReportChecks.edition(context(edition: .e2019, year: 2022)).first?.ok == false)
        #expect(ReportChecks.edition(context(edition: .e2019, year: 2020)).first?.ok == true)
        #expect(ReportChecks.edition(context(year: nil)).first?.ok == nil)
    }

    @Test func sectionsMissingRenamedOrOutOfOrder() {
        var sections = Self.sixSections
        sections.remove(at: 4)                        // no 五
        sections[0].title = "工作概述"                  // not 一's title
        sections.swapAt(1, 2)                         // 三 before 二
        let found = ReportChecks.sections(context(sections: sections))
        #expect(found.first { $0.rule == "sections.present" && $0.at == "五" }?.ok == false)
        #expect(found.first { $0.rule == "sections.present" && $0.at == "一" }?.ok == false)
        #expect(found.first { $0.rule == "sections.present" && $0.at == "二" }?.ok == true)
        #expect(found.first { $0.rule == "sections.order" }?.ok == false)
        #expect(ReportChecks.sections(context()).allSatisfy { $0.ok == true })
    }

    @Test func sectionFiveEmptyShortOrWithoutAccountability() {
        func five(_ text: String, organ: String = "某县教育局") -> [Check] {
            var sections = Self.sixSections
            sections[4].text = text
            return ReportChecks.section5(context(sections: sections, organ: organ))
        }
        #expect(five("无").first?.ok == false)
        #expect(five("存在问题：公开不及时。").first?.ok == false)
        let long = String(repeating: "政策解读形式不够丰富，栏目更新不够及时，下一步将加强培训。", count: 3)
        #expect(five(long).first?.ok == true)
        #expect(five(long).count == 1)                                   // not a 人民政府
        #expect(five(long, organ: "某县人民政府").last?.ok == false)      // no 考核、评议、责任追究
        #expect(five(long + "纳入绩效考核。", organ: "某县人民政府").last?.ok == true)
    }

    @Test func sectionSixFee() {
        func six(_ text: String, overdueFee: String) -> Check? {
            var sections = Self.sixSections
            sections[5].text = text
            var apps = Self.table("applications")
            let i = apps.rows.firstIndex { $0.key == "other_handling.overdue_fee" }!
            apps.rows[i].cells[6] = CellValue(source: overdueFee)
            return ReportChecks.section6(context(tables: [apps], sections: sections)).first
        }
        #expect(six("本年度无其他需要报告的事项。", overdueFee: "0")?.ok == false)
        #expect(six("本年度未收取信息处理费。", overdueFee: "2")?.ok == true)       // notices sent, none paid
        #expect(six("本年度未发出收费通知，未收取信息处理费。", overdueFee: "2")?.ok == false)
        #expect(six("本年度未发出收费通知，未收取信息处理费。", overdueFee: "0")?.ok == true)
    }

    @Test func titleYearAgainstBody() {
        #expect(ReportChecks.titleYear(context(titleYear: 2023, bodyYear: 2024)).first?.ok == false)
        #expect(ReportChecks.titleYear(context()).first?.ok == true)
    }

    @Test func anIdentityUndecidedByBlanksSaysWhetherZeroWouldHold() {
        let terms = { (cells: [String]) in cells.enumerated().map { Checks.Term(name: "t\($0.offset)", cell: CellValue(source: $0.element)) } }
        let holds = Checks.make(rule: "r", at: "a", label: "l", left: terms(["3"]), right: terms(["3", ""]))
        #expect(holds.ok == nil)
        #expect(holds.ifBlankZero == true)
        let fails = Checks.make(rule: "r", at: "a", label: "l", left: terms(["3"]), right: terms(["2", "—"]))
        #expect(fails.ok == nil)
        #expect(fails.ifBlankZero == false)
        let decided = Checks.make(rule: "r", at: "a", label: "l", left: terms(["3"]), right: terms(["2", "1"]))
        #expect(decided.ok == true)
        #expect(decided.ifBlankZero == nil)
        #expect(decided.expected == "3" && decided.actual == "3")
    }
}
