import Testing
import Normalize
@testable import Review

@Suite struct CarriedOverRuleTests {
    @Test func aCarryOverThatHoldsIsConfirmedAtEveryColumn() throws {
        let last = Fixture.record("a/2021.docx", year: 2021, values: ["applications.carried_forward.natural_person": "3",
                                                                       "applications.carried_forward.total": "3"])
        let this = Fixture.record("a/2022.docx", year: 2022, values: ["applications.carried_over.natural_person": "3",
                                                                       "applications.carried_over.total": "3"])
        let found = Fixture.of(try Fixture.review([this, last]), "cross_year.carried_over")
        #expect(found.count == 7)
        #expect(found.allSatisfy { $0.check.ok == true && $0.path == "a/2022.docx" })
        let total = found.first { $0.check.at == "total" }!
        #expect(total.check.expected == "3" && total.check.actual == "3")
        #expect(total.check.inputs.map(\.cell) == ["applications.carried_forward.total", "applications.carried_over.total"])
        #expect(total.check.inputs.map(\.report) == ["a/2021.docx", nil])
    }

    @Test func aBrokenCarryOverNamesItsColumnAndTheOtherReport() throws {
        let last = Fixture.record("a/2021.docx", year: 2021, values: ["applications.carried_forward.commercial_enterprise": "3"])
        let this = Fixture.record("a/2022.docx", year: 2022, values: ["applications.carried_over.commercial_enterprise": "5"])
        let found = Fixture.of(try Fixture.review([last, this]), "cross_year.carried_over")
        let broken = found.filter { $0.check.ok == false }
        #expect(broken.map(\.check.at) == ["commercial_enterprise"])
        #expect(broken[0].check.severity == .warning)
        #expect(broken[0].check.message.contains("a/2021.docx"))
        #expect(broken[0].check.expected == "3" && broken[0].check.actual == "5")
        #expect(broken[0].check.cause == .source)
        #expect(found.filter { $0.check.ok == true }.count == 6)
    }

    @Test func aBlankCellIsNullNeverZero() throws {
        // Blank this year and 0 last year: counting the blank as 0 would pass; it must not.
        let last = Fixture.record("a/2021.docx", year: 2021)
        let this = Fixture.record("a/2022.docx", year: 2022, values: ["applications.carried_over.total": nil])
        let total = Fixture.of(try Fixture.review([last, this]), "cross_year.carried_over", at: "total")
        #expect(total.count == 1)
        #expect(total[0].check.ok == nil)
        #expect(total[0].check.message.contains("applications.carried_over.total"))
        #expect(total[0].check.expected == "0" && total[0].check.actual == nil)
    }

    @Test func onlyConsecutiveYearsAreChained() throws {
        let a = Fixture.record("a/2019.docx", year: 2019, values: ["applications.carried_forward.total": "9"])
        let b = Fixture.record("a/2021.docx", year: 2021)
        #expect(Fixture.of(try Fixture.review([a, b]), "cross_year.carried_over").isEmpty)
    }

    @Test func differentOrgansAreNeverChained() throws {
        let a = Fixture.record("a.docx", organ: "云溪县教育局", year: 2021, values: ["applications.carried_forward.total": "9"])
        let b = Fixture.record("b.docx", organ: "云溪县卫生健康局", year: 2022)
        #expect(Fixture.of(try Fixture.review([a, b]), "cross_year.carried_over").isEmpty)
    }
}
