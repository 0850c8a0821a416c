import Testing
import Normalize
@testable import Review

@Suite struct CopyRuleTests {
    static let numbers: [String: String?] = ["applications.new_received.natural_person": "12", "applications.new_received.total": "12",
                                             "applications.disclosed.natural_person": "12", "applications.disclosed.total": "12"]

    @Test func equalTablesAndTheSameProseWithOnlyTheYearChangedIsACopy() throws {
        let last = Fixture.record("c/2023.docx", year: 2023, values: Self.numbers)
        let prose = Fixture.prose.map { Section(number: $0.number, title: $0.title, text: $0.text.replacingOccurrences(of: "2022", with: "2024")) }
        let this = Fixture.record("c/2024.docx", year: 2024, values: Self.numbers, sections: prose)
        let found = Fixture.of(try Fixture.review([last, this]), "cross_year.copy")
        #expect(found.count == 1)
        #expect(found[0].check.ok == false && found[0].check.at == "report" && found[0].path == "c/2024.docx")
        #expect(found[0].check.message.contains("c/2023.docx"))
    }

    @Test func oneCellDifferentIsNoCopy() throws {
        let last = Fixture.record("c/2023.docx", year: 2023, values: Self.numbers)
        var changed = Self.numbers
        changed["applications.disclosed.natural_person"] = "11"
        let this = Fixture.record("c/2024.docx", year: 2024, values: changed)
        let found = Fixture.of(try Fixture.review([last, this]), "cross_year.copy")
        #expect(found.map(\.check.ok) == [true])
        #expect(found[0].check.message.contains("applications.disclosed.natural_person"))
    }

    @Test func rewrittenProseIsNoCopyEvenWithEqualTables() throws {
        let last = Fixture.record("c/2023.docx", year: 2023, values: Self.numbers)
        let prose = [Section(number: "一", title: "总体情况", text: "本年度我局以数字政府建设为抓手，推进决策公开、执行公开、管理公开、服务公开和结果公开，新建专栏三个。"),
                     Section(number: "五", title: "存在的主要问题及改进情况", text: "部分栏目更新不及时，解读形式单一；明年将建立月度巡查机制。")]
        let this = Fixture.record("c/2024.docx", year: 2024, values: Self.numbers, sections: prose)
        #expect(Fixture.of(try Fixture.review([last, this]), "cross_year.copy").map(\.check.ok) == [true])
    }

    @Test func rowsOfZerosOrBlanksInBothAreLeftAside() throws {
        let last = Fixture.record("c/2023.docx", year: 2023, values: Self.numbers.merging(["review_litigation.administrative_review.total": nil]) { $1 })
        let this = Fixture.record("c/2024.docx", year: 2024, values: Self.numbers)
        #expect(CopyRule.tableDifferences(last.cells, this.cells).isEmpty)
    }

    @Test func similarityMasksDigitsAndIsOneForEqualTexts() throws {
        #expect(TextSimilarity.of("2022年收到申请12件。", "2023年收到申请70件") == 1)
        #expect(TextSimilarity.of("主动公开政府信息", "依申请公开办理") < 0.5)
    }
}
