import Testing
import Normalize
@testable import Review

@Suite struct InForceRuleTests {
    @Test func the2021EditionRollsForward() throws {
        let last = Fixture.record("a/2021.docx", year: 2021, values: ["disclosure_rules.regulations.in_force": "6",
                                                                       "disclosure_rules.normative_documents.in_force": "45"])
        let this = Fixture.record("a/2022.docx", year: 2022, values: [
            "disclosure_rules.regulations.issued": "2", "disclosure_rules.regulations.repealed": "1",
            "disclosure_rules.regulations.in_force": "7",
            "disclosure_rules.normative_documents.issued": "5", "disclosure_rules.normative_documents.repealed": "3",
            "disclosure_rules.normative_documents.in_force": "50",
        ])
        let found = Fixture.of(try Fixture.review([last, this]), "cross_year.in_force")
        #expect(found.map(\.check.at) == ["regulations", "normative_documents"])
        #expect(found[0].check.ok == true)
        #expect(found[1].check.ok == false)
        #expect(found[1].check.expected == "47" && found[1].check.actual == "50")
        #expect(found[1].check.inputs.first?.report == "a/2021.docx")
    }

    @Test func the2019EditionChainsItemsAtEachRow() throws {
        let last = Fixture.record("a/2019.docx", year: 2019, edition: .e2019, values: [
            "disclosure_enforcement.administrative_penalty.previous_year": "35",
            "disclosure_enforcement.administrative_penalty.change": "-2",
            "disclosure_licensing.administrative_licensing.previous_year": "10",
            "disclosure_licensing.administrative_licensing.change": "4",
        ])
        let this = Fixture.record("a/2020.docx", year: 2020, edition: .e2019, values: [
            "disclosure_enforcement.administrative_penalty.previous_year": "36",
            "disclosure_licensing.administrative_licensing.previous_year": "14",
        ])
        let found = Fixture.of(try Fixture.review([last, this]), "cross_year.in_force")
        #expect(found.map(\.check.at) == ["administrative_licensing", "other_external_management", "administrative_penalty",
                                          "administrative_coercion", "administrative_fees"])
        #expect(found.map(\.check.ok) == [true, true, false, true, true])
        #expect(found[2].check.expected == "33" && found[2].check.actual == "36")
    }

    @Test func editionsThatDifferCannotBeChained() throws {
        let last = Fixture.record("a/2020.docx", year: 2020, edition: .e2019)
        let this = Fixture.record("a/2021.docx", year: 2021, edition: .e2021)
        let found = Fixture.of(try Fixture.review([last, this]), "cross_year.in_force")
        #expect(found.map(\.check.at) == ["regulations", "normative_documents"])
        #expect(found.allSatisfy { $0.check.ok == nil && $0.check.message.hasPrefix("版本不同（2019 版 → 2021 版）") })
    }

    @Test func aBlankIssuedIsNull() throws {
        let last = Fixture.record("a/2021.docx", year: 2021, values: ["disclosure_rules.regulations.in_force": "6"])
        let this = Fixture.record("a/2022.docx", year: 2022, values: ["disclosure_rules.regulations.issued": nil,
                                                                       "disclosure_rules.regulations.in_force": "6"])
        let found = Fixture.of(try Fixture.review([last, this]), "cross_year.in_force", at: "regulations")
        #expect(found.count == 1 && found[0].check.ok == nil)
        #expect(found[0].check.message.contains("disclosure_rules.regulations.issued"))
    }
}
