import Foundation
import Testing
import Normalize
@testable import Review

@Suite struct OrganGroupingTests {
    @Test func spellingsOfOneNameMeet() throws {
        #expect(OrganName.key("云溪县 教育局") == OrganName.key("云溪县教育局"))
        #expect(OrganName.key("云溪县（开发区）管委会") == OrganName.key("云溪县(开发区)管委会"))
        #expect(OrganName.key("ＡＢＣ市·数据局") == OrganName.key("abc市数据局"))
    }

    @Test func differentBodiesNeverMerge() throws {
        #expect(OrganName.key("云溪县人民政府") != OrganName.key("云溪县人民政府办公室"))
        #expect(OrganName.key("云溪县人民政府") != OrganName.key("云溪县政府"))
        #expect(OrganName.key("一区") != OrganName.key("1区"))
    }

    @Test func anAliasJoinsItsOrgansChain() throws {
        let organs = try Fixture.organs("organ,alias,parent,sums_children\n云溪县人民政府,云溪县政府,,no\n")
        let last = Fixture.record("a/2019.docx", organ: "云溪县政府", year: 2021, values: ["applications.carried_forward.total": "4"])
        let this = Fixture.record("a/2020.docx", organ: "云溪县人民政府", year: 2022, values: ["applications.carried_over.total": "4"])
        #expect(Fixture.of(try Fixture.review([last, this], organs: organs), "cross_year.carried_over", at: "total").map(\.check.ok) == [true])
        #expect(Fixture.of(try Fixture.review([last, this]), "cross_year.carried_over").isEmpty)
    }

    @Test func theOrgansFileReadsItsFlagsAndRefusesBadOnes() throws {
        let organs = try Fixture.organs("\u{FEFF}organ,alias,parent,sums_children\r\n\"柳塘县人民政府\",,,TRUE\r\n柳塘县东坝镇人民政府,,柳塘县人民政府,0\r\n")
        #expect(organs.organs[OrganName.key("柳塘县人民政府")]?.sumsChildren == true)
        #expect(organs.children(of: OrganName.key("柳塘县人民政府")) == [OrganName.key("柳塘县东坝镇人民政府")])
        #expect(throws: OrganDirectory.Failure.self) { try Fixture.organs("organ,sums_children\nx,maybe\n") }
        #expect(throws: OrganDirectory.Failure.self) { try Fixture.organs("name,alias\nx,y\n") }
        #expect(throws: OrganDirectory.Failure.self) { try Fixture.organs("organ,alias\nx,z\ny,z\n") }
    }
}
