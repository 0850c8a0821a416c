import Testing
import Normalize
@testable import Review

@Suite struct HierarchySumRuleTests {
    static let organs = """
        organ,alias,parent,sums_children
        柳塘县人民政府,,,yes
        柳塘县东坝镇人民政府,,柳塘县人民政府,no
        柳塘县西岭镇人民政府,东坝以西的西岭镇,柳塘县人民政府,no
        """

    @Test func aParentThatSumsItsChildrenIsCheckedAtEachCell() throws {
        let organs = try Fixture.organs(Self.organs)
        let p = Fixture.record("p.docx", organ: "柳塘县人民政府", year: 2023, values: ["applications.new_received.total": "20",
                                                                                     "applications.new_received.natural_person": "21"])
        let c1 = Fixture.record("p1.docx", organ: "柳塘县东坝镇人民政府", year: 2023, values: ["applications.new_received.total": "12",
                                                                                          "applications.new_received.natural_person": "12"])
        let c2 = Fixture.record("p2.docx", organ: "柳塘县西岭镇人民政府", year: 2023, values: ["applications.new_received.total": "8",
                                                                                          "applications.new_received.natural_person": "8"])
        let found = Fixture.of(try Fixture.review([p, c1, c2], organs: organs), "hierarchy.sum")
        #expect(found.count == 25 * 7)
        #expect(found.allSatisfy { $0.path == "p.docx" })
        let total = found.first { $0.check.at == "applications.new_received.total" }!
        #expect(total.check.ok == true && total.check.expected == "20")
        let person = found.first { $0.check.at == "applications.new_received.natural_person" }!
        #expect(person.check.ok == false && person.check.expected == "20" && person.check.actual == "21")
        #expect(found.filter { $0.check.ok == false }.count == 1)
    }

    @Test func aMissingChildMakesEveryCellNullNamingIt() throws {
        let organs = try Fixture.organs(Self.organs)
        let p = Fixture.record("p.docx", organ: "柳塘县人民政府", year: 2023)
        let c1 = Fixture.record("p1.docx", organ: "柳塘县东坝镇人民政府", year: 2023)
        let c2 = Fixture.record("p2.docx", organ: "柳塘县西岭镇人民政府", year: 2022)
        let found = Fixture.of(try Fixture.review([p, c1, c2], organs: organs), "hierarchy.sum")
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.check.ok == nil && $0.check.message.contains("柳塘县西岭镇人民政府") })
    }

    @Test func aChildFoundByItsAliasCounts() throws {
        let organs = try Fixture.organs(Self.organs)
        let p = Fixture.record("p.docx", organ: "柳塘县人民政府", year: 2023, values: ["applications.new_received.total": "3"])
        let c1 = Fixture.record("p1.docx", organ: "柳塘县东坝镇人民政府", year: 2023, values: ["applications.new_received.total": "1"])
        let c2 = Fixture.record("p2.docx", organ: "东坝以西的西岭镇", year: 2023, values: ["applications.new_received.total": "2"])
        let found = Fixture.of(try Fixture.review([p, c1, c2], organs: organs), "hierarchy.sum", at: "applications.new_received.total")
        #expect(found.map(\.check.ok) == [true])
    }

    @Test func withoutSumsChildrenNothingIsSummed() throws {
        let organs = try Fixture.organs(Self.organs.replacingOccurrences(of: "柳塘县人民政府,,,yes", with: "柳塘县人民政府,,,no"))
        let found = try Fixture.review([Fixture.record("p.docx", organ: "柳塘县人民政府", year: 2023),
                                    Fixture.record("p1.docx", organ: "柳塘县东坝镇人民政府", year: 2023)], organs: organs)
        #expect(Fixture.of(found, "hierarchy.sum").isEmpty)
    }

    @Test func aBlankChildCellIsNull() throws {
        let organs = try Fixture.organs(Self.organs)
        let p = Fixture.record("p.docx", organ: "柳塘县人民政府", year: 2023)
        let c1 = Fixture.record("p1.docx", organ: "柳塘县东坝镇人民政府", year: 2023, values: ["applications.disclosed.total": nil])
        let c2 = Fixture.record("p2.docx", organ: "柳塘县西岭镇人民政府", year: 2023)
        let found = Fixture.of(try Fixture.review([p, c1, c2], organs: organs), "hierarchy.sum", at: "applications.disclosed.total")
        #expect(found.count == 1 && found[0].check.ok == nil && found[0].check.message.contains("p1.docx"))
    }
}
