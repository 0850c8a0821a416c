import Testing
import Normalize
@testable import Review

@Suite struct DuplicateRuleTests {
    @Test func theSecondReportOfAYearIsADuplicateListingTheCellsThatDiffer() throws {
        let a = Fixture.record("b/2024.docx", year: 2024, values: ["applications.disclosed.natural_person": "26"])
        let b = Fixture.record("b/2024_v2.docx", year: 2024, values: ["applications.disclosed.natural_person": "25"])
        let found = Fixture.of(try Fixture.review([b, a]), "cross_report.duplicate")
        #expect(found.count == 1)
        #expect(found[0].path == "b/2024_v2.docx" && found[0].check.ok == false && found[0].check.at == "report")
        #expect(found[0].check.message.contains("b/2024.docx"))
        #expect(found[0].check.message.contains("applications.disclosed.natural_person 26 → 25"))
        #expect(found[0].check.inputs.map(\.value) == ["26", "25"])
    }

    @Test func anIdenticalCopySaysSo() throws {
        let a = Fixture.record("b/x.docx", year: 2024), b = Fixture.record("b/y.pdf", year: 2024)
        let found = Fixture.of(try Fixture.review([a, b]), "cross_report.duplicate")
        #expect(found.map(\.path) == ["b/y.pdf"])
        #expect(found[0].check.message.hasSuffix("另一份为 b/x.docx：表格完全相同"))
    }

    @Test func bothVersionsAreChainedToLastYear() throws {
        let last = Fixture.record("b/2023.docx", year: 2023, values: ["applications.carried_forward.total": "2"])
        let a = Fixture.record("b/2024.docx", year: 2024, values: ["applications.carried_over.total": "2"])
        let b = Fixture.record("b/2024_v2.docx", year: 2024, values: ["applications.carried_over.total": "3"])
        let found = Fixture.of(try Fixture.review([last, a, b]), "cross_year.carried_over", at: "total")
        #expect(found.map(\.path) == ["b/2024.docx", "b/2024_v2.docx"])
        #expect(found.map(\.check.ok) == [true, false])
    }
}
