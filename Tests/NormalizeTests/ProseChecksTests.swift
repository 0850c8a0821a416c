import Testing
import TestSupport
@testable import Normalize

/// The prose against the tables, on sentences written the way reports write them and a
/// table whose numbers are set here: 一 12 (new_received.total), 二 3, 三（七） 13, 四 2,
/// 予以公开 8, 行政复议 1, 行政诉讼 0 + 2.
struct ProseChecksTests {
    static let tables: [CanonicalTable] = {
        func table(_ id: String, _ edition: Edition) -> CanonicalTable {
            let t = Template.table(id, edition)!
            return CanonicalTable(id: t.id, title: t.title, columns: t.columns,
                                  rows: t.rows.map { CanonicalRow(key: $0.key, label: $0.label, cells: t.columns.map { _ in CellValue(source: "0") }) },
                                  extraRows: [])
        }
        var apps = table("applications", .e2021)
        var review = table("review_litigation", .e2021)
        var rules = table("disclosure_rules", .e2021)
        func set(_ t: inout CanonicalTable, _ row: String, _ column: Int, _ value: String) {
            t.rows[t.rows.firstIndex { $0.key == row }!].cells[column] = CellValue(source: value)
        }
        set(&apps, "new_received", 6, "12")
        set(&apps, "carried_over", 6, "3")
        set(&apps, "result_total", 6, "13")
        set(&apps, "carried_forward", 6, "2")
        set(&apps, "disclosed", 6, "8")
        set(&review, "administrative_review", 4, "1")
        set(&review, "litigation_after_review", 4, "2")
        set(&rules, "normative_documents", 0, "4")
        return [rules, apps, review]
    }()

    func findings(_ text: String, section: String = "三") -> [Check] {
        ProseChecks.checks(sections: [Section(number: section, title: "", text: text)], tables: Self.tables, edition: .e2021, year: 2024)
    }

    @Test(arguments: [
        ("本年度共收到政府信息公开申请12件。", true),
        ("本年度新收政府信息公开申请12件，上年结转3件。", true),
        ("全年共受理政府信息公开申请15件。", true),  // 一+二 = 15
        ("本年度共收到政府信息公开申请十二件。", true),
        ("本年度共收到政府信息公开申请13件。", false),
    ])
    func newReceived(sentence: String, ok: Bool) {
        let found = findings(sentence).filter { $0.rule == "text.new_received" }
        #expect(found.count == 1)
        #expect(found.first?.ok == ok)
        #expect(found.first?.at == "total")
        #expect(found.first?.actual != nil)
    }

    @Test func theMatchSaysWhichReadingMatched() {
        let f = findings("全年共受理政府信息公开申请15件。").first { $0.rule == "text.new_received" }!
        #expect(f.message.contains("一+二"))
        #expect(f.expected == "15")
    }

    @Test func everyMentionIsChecked() {
        let found = findings("一、本年度收到政府信息公开申请12件。三、全年共收到政府信息公开申请11件。").filter { $0.rule == "text.new_received" }
        #expect(found.map(\.ok) == [true, false])
    }

    @Test(arguments: [
        "本年度共收到政府信息公开申请15件，较上年增加3件。",  // the 3 is a change
        "其中自然人申请10件，法人或其他组织申请2件。",          // a column, not the total
        "2023年收到政府信息公开申请的情况如下。",
        "申请办结率100%。",
    ])
    func numbersThatAreNotStatementsGiveNoMismatch(sentence: String) {
        #expect(!findings(sentence).contains { $0.ok == false })
    }

    @Test(arguments: [
        "2023年收到政府信息公开申请10件，",        // another year's count
        "去年共受理政府信息公开申请20件",
        "行政复议结果维持1件、纠正0件",            // a part of 四's total: no finding, whatever its number
    ])
    func anotherYearOrAPartIsNoStatement(sentence: String) {
        #expect(!findings(sentence).contains { $0.rule == "text.new_received" || $0.rule == "text.administrative_review" })
    }

    /// Ways reports word their statements (the table: 一 12, 二 3, 四 2, 行政复议 1, 行政诉讼 2).
    @Test(arguments: [
        ("全年共受理依申请公开事项12件。", "text.new_received", true),
        ("收到政府信息公开申请共计15件（含上年结转3件）。", "text.new_received", true),   // 一+二
        ("因政府信息公开工作被申请行政复议1件、被提起行政诉讼2件。", "text.administrative_review", true),
        ("因政府信息公开工作被申请行政复议1件、被提起行政诉讼2件。", "text.litigation", true),
        ("本机关无行政复议、行政诉讼案件。", "text.litigation", false),
        ("结转下年度继续办理的申请2件。", "text.carried_forward", true),
        ("上年度结转的申请3件已全部办结。", "text.carried_over", true),
        ("本年度新增政府信息公开申请12件。", "text.new_received", true),
        ("全年共办理政府信息公开申请15件。", "text.new_received", true),
        ("本年度政府信息公开申请12件。", "text.new_received", true),
        ("顺延至下年度办理2件。", "text.carried_forward", true),
        ("被申请行政复议1次。", "text.administrative_review", true),
    ] as [(String, String, Bool)])
    func wordings(sentence: String, rule: String, ok: Bool) {
        let found = findings(sentence, section: "一").filter { $0.rule == rule }
        #expect(found.map(\.ok) == [ok], "\(sentence)")
    }

    @Test func completionOfLastYearsApplicationsSaysNothingOfThisYears() {
        #expect(findings("上年度结转的申请3件已全部办结。").first { $0.rule == "text.completed" } == nil)
    }

    @Test func theReportsOwnYearIsRead() {
        #expect(findings("2024年收到政府信息公开申请12件。").first { $0.rule == "text.new_received" }?.ok == true)
    }

    @Test func aChangeIsNotTheCount() {
        #expect(findings("较上年增加3件").isEmpty)
    }

    @Test func absenceOfReviewAgainstTheTable() {
        let found = findings("本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。", section: "四")
        #expect(found.first { $0.rule == "text.administrative_review" }?.ok == false)  // the table has 1
        #expect(found.first { $0.rule == "text.litigation" }?.ok == false)            // and 2
    }

    @Test func aNegationInAnEarlierClauseIsNotThisOnes() {
        // 未 belongs to 新收; 上年结转 is stated with no count.
        let found = findings("本年度未新收到政府信息公开申请，上年结转情况见下表。")
        #expect(found.first { $0.rule == "text.carried_over" } == nil)
        #expect(found.first { $0.rule == "text.new_received" }?.ok == false)  // the table has 12
    }

    @Test func aPairSharesItsNumberOnlyWithEach() {
        let each = findings("发生行政复议、行政诉讼各1件。", section: "四")
        #expect(each.first { $0.rule == "text.administrative_review" }?.ok == true)
        #expect(each.first { $0.rule == "text.litigation" }?.ok == false)  // the table has 2
        let together = findings("行政复议和行政诉讼共3件。", section: "四")
        #expect(together.isEmpty)
    }

    @Test func completionAgainstCarriedForward() {
        let f = findings("所有申请均已按时办结。").first { $0.rule == "text.completed" }
        #expect(f?.ok == false)  // 四 has 2
        #expect(f?.actual == "2")
        #expect(findings("除2件结转下年度外，其余均已办结。").first { $0.rule == "text.completed" } == nil)
    }

    @Test func aLooseWordingThatMatchesNothingIsUndecided() {
        #expect(findings("全年共办理政府信息公开申请40件。").first { $0.rule == "text.new_received" }?.ok == nil)
    }

    @Test func aWiderScopeIsUndecided() {
        let f = findings("全县共收到政府信息公开申请40件。").first { $0.rule == "text.new_received" }
        #expect(f?.ok == nil)
    }

    @Test func documentsIssued() {
        #expect(findings("本年度制发规范性文件4件。", section: "二").first { $0.rule == "text.normative_documents" }?.ok == true)
        #expect(findings("本年度印发行政规范性文件5件。", section: "二").first { $0.rule == "text.normative_documents" }?.ok == false)
        #expect(findings("完善各项规章制度3项。", section: "二").first { $0.rule == "text.regulations" } == nil)
    }

    @Test func resultGroups() {
        #expect(findings("其中予以公开8件。").first { $0.rule == "text.disclosed" }?.ok == true)
        #expect(findings("其中予以公开9件。").first { $0.rule == "text.disclosed" }?.ok == false)
    }

    /// A phrase is matched only in sentences holding one of its anchors: every text a phrase
    /// matches in the samples' prose must hold one, or statements would be passed over.
    @Test func everyPhraseMatchHoldsAnAnchor() throws {
        var texts: [String] = []
        for folder in ["docx", "series"] {
            for name in Samples.files(in: folder, ext: "expected.json") {
                let sections = try Samples.json("\(folder)/\(name)")["sections"] as? [[String: Any]] ?? []
                texts += sections.compactMap { $0["text"] as? String }
            }
        }
        #expect(texts.count > 100)
        var matched = 0
        for edition in [Edition.e2019, .e2021] {
            for subject in ProseSubject.subjects(edition) {
                for text in texts {
                    for m in subject.phrase.matches(in: text[...]) {
                        matched += 1
                        #expect(subject.mayMatch(text[m.range]), "\(subject.rule): \(text[m.range])")
                    }
                }
            }
        }
        #expect(matched > 100)
    }

    @Test(arguments: [("1,234", 1234), ("12", 12), ("１２", 12), ("十二", 12), ("一百零五", 105), ("两", 2), ("二十", 20)])
    func numbers(text: String, value: Int) {
        #expect(ProseChecks.number(text) == value)
    }
}
