import Testing
import Normalize
@testable import Review

@Suite struct SharpChangeRuleTests {
    func change(_ last: String?, _ this: String?, address: String = "applications.new_received.total") throws -> [ReviewFinding] {
        let a = Fixture.record("b/2023.docx", year: 2023, values: [address: last])
        let b = Fixture.record("b/2024.docx", year: 2024, values: [address: this])
        return Fixture.of(try Fixture.review([a, b]), "cross_year.change")
    }

    @Test func aFiveFoldRiseOnABaseOfTenIsInfo() throws {
        let found = try change("12", "70")
        #expect(found.count == 1)
        #expect(found[0].check.at == "applications.new_received.total")
        #expect(found[0].check.ok == false && found[0].check.severity == .info)
        #expect(found[0].check.expected == "12" && found[0].check.actual == "70")
        #expect(found[0].check.inputs.map(\.report) == ["b/2023.docx", nil])
    }

    @Test func aFallToAFifthIsInfoToo() throws {
        #expect(try change("50", "10", address: "review_litigation.administrative_review.total").map(\.check.at)
                == ["review_litigation.administrative_review.total"])
    }

    @Test func exactlyFiveTimesCounts() throws {
        #expect(try change("2", "10").count == 1)
    }

    @Test func changesThatAreNotSharpOrOnASmallBaseGiveNothing() throws {
        #expect(try change("12", "59").isEmpty)
        #expect(try change("1", "9").isEmpty)
        #expect(try change(nil, "90").isEmpty)
    }
}
