import Testing
import Normalize
@testable import Review

@Test func aFindingKeepsItsReport() {
    let f = ReviewFinding(path: "a.docx", check: Check(rule: "r", at: "x", ok: false, message: "m"))
    #expect(f.path == "a.docx")
    #expect(f.check.ok == false)
}
