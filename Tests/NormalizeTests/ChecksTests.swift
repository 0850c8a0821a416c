@testable import Normalize
import Testing
import TestSupport

@Suite struct ChecksTests {
    @Test func fixedPointSumsAreExact() throws {
        let a = try #require(FixedPoint("0.1")), b = try #require(FixedPoint("0.2")), c = try #require(FixedPoint("0.3"))
        let sum: FixedPoint? = a + b
        #expect(sum?.sameValue(as: c) == true)
        let x = try #require(FixedPoint("1.50")), y = try #require(FixedPoint("1.5"))
        #expect(x.sameValue(as: y))
        #expect(FixedPoint("-2")?.units == -2)
        #expect(FixedPoint("1.2.3") == nil)
        let overflow: FixedPoint? = FixedPoint(units: Int.max, scale: 0) + FixedPoint(units: 1, scale: 0)
        #expect(overflow == nil)
    }

    @Test func aCheckWithDecimalsBalancesExactly() {
        let cell = { (s: String) in Checks.Term(name: s, cell: CellValue(source: s)) }
        let ok = Checks.make(rule: "r", at: "a", label: "x", left: [cell("96171.6")], right: [cell("96171.5"), cell("0.1")])
        #expect(ok.ok == true)
        let off = Checks.make(rule: "r", at: "a", label: "x", left: [cell("10")], right: [cell("9"), cell("0.99")])
        #expect(off.ok == false)
        let missing = Checks.make(rule: "r", at: "a", label: "x", left: [cell("10")], right: [cell("—")])
        #expect(missing.ok == nil && missing.message.hasSuffix("(missing: —)"))
    }
}
