import Testing
import Normalize
@testable import Review

@Suite struct CoverageRuleTests {
    @Test func aYearWithoutAReportBetweenTheFirstAndTheLastIsListed() throws {
        let found = Fixture.of(try Fixture.review([Fixture.record("a/2019.docx", year: 2019), Fixture.record("a/2022.docx", year: 2022)]),
                               "coverage")
        #expect(found.map(\.check.at) == ["2020", "2021"])
        #expect(found.allSatisfy { $0.check.ok == false && $0.check.severity == .info && $0.path == "a/2022.docx" })
        #expect(found[0].check.message.hasPrefix("缺少云溪县教育局 2020 年度报告（该机关有 2019–2022 年度报告）"))
    }

    @Test func reportsWithoutOrganOrYearAreNotGroupedAndSaidSo() throws {
        let found = try Fixture.review([Fixture.record("x.docx", organ: nil, year: 2021), Fixture.record("y.docx", year: nil),
                                    Fixture.record("z.docx", organ: nil, year: 2022)])
        #expect(Fixture.of(found, "coverage").map { "\($0.path)@\($0.check.at)" } == ["x.docx@organ", "y.docx@year", "z.docx@organ"])
        #expect(Fixture.of(found, "coverage").map(\.check.message)
                == ["报告未写明机关，未纳入跨报告核对", "报告未写明年度，未纳入跨报告核对", "报告未写明机关，未纳入跨报告核对"])
        #expect(Fixture.of(found, "cross_year.carried_over").isEmpty)
    }

    @Test func failedInputsAreListed() throws {
        let result = CrossReportReview.run([Fixture.record("a.docx")], failed: [FailedInput(path: "bad.docx", reason: "damaged DOCX")])
        let found = Fixture.of(try result.findings, "coverage", at: "failed")
        #expect(found.map(\.path) == ["bad.docx"])
        #expect(found[0].check.ok == false && found[0].check.message.contains("damaged DOCX"))
    }
}
