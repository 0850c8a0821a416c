@testable import Batch
import Foundation
import Testing
import Normalize
@testable import Review

@Suite struct DecisionsTests {
    func pair(over: String) -> [ReportRecord] {
        [Fixture.record("a/2021.docx", year: 2021, values: ["applications.carried_forward.total": "3"]),
         Fixture.record("a/2022.docx", year: 2022, values: ["applications.carried_over.total": over])]
    }

    func broken(_ findings: [ReviewFinding]) -> ReviewFinding {
        Fixture.of(findings, "cross_year.carried_over", at: "total")[0]
    }

    func decisions(_ finding: ReviewFinding, path: String? = nil, decision: String = "dismissed") throws -> Decisions {
        let csv = "fingerprint,rule,at,path,decision,comment\n\(finding.fingerprint),\(finding.check.rule),\(finding.check.at),"
            + "\(path ?? finding.path),\(decision),\"explained, see the note\"\n"
        return try Decisions(csv: Data(csv.utf8), name: "decisions.csv")
    }

    @Test func aDismissedFindingKeepsItsDecisionOnTheNextRun() throws {
        let first = broken(try Fixture.review(pair(over: "5")))
        #expect(first.isOpen)
        let rerun = CrossReportReview.run(pair(over: "5"), decisions: try decisions(first))
        let again = broken(try rerun.findings)
        #expect(again.fingerprint == first.fingerprint)
        #expect(again.decision == .dismissed && again.comment == "explained, see the note")
        #expect(!again.isOpen && again.isFailing)
        #expect(!rerun.fails(on: .warning))
    }

    @Test func aChangedNumberReopensIt() throws {
        let first = broken(try Fixture.review(pair(over: "5")))
        let changed = broken(try CrossReportReview.run(pair(over: "6"), decisions: try decisions(first)).findings)
        #expect(changed.fingerprint != first.fingerprint)
        #expect(changed.decision == nil && changed.isOpen)
    }

    @Test func aDecisionForAnotherPathDoesNotApply() throws {
        let first = broken(try Fixture.review(pair(over: "5")))
        let other = broken(try CrossReportReview.run(pair(over: "5"), decisions: try decisions(first, path: "elsewhere.docx")).findings)
        #expect(other.decision == nil)
    }

    @Test func aConfirmedFindingStaysOpen() throws {
        let first = broken(try Fixture.review(pair(over: "5")))
        let result = CrossReportReview.run(pair(over: "5"), decisions: try decisions(first, decision: "confirmed"))
        let found = broken(try result.findings)
        #expect(found.decision == .confirmed && found.isOpen)
        #expect(result.fails(on: .warning) && !result.fails(on: .error))
    }

    @Test func fingerprintsAreStableAcrossProcesses() throws {
        // FNV-1a 64 of the fields joined by U+001F, computed apart (in Python), so a change of
        // the definition (every decisions file silently reset) fails a test.
        let check = Check(rule: "cross_year.carried_over", at: "total", ok: false, severity: .warning, message: "any words",
                          inputs: [CheckInput(cell: "applications.carried_forward.total", value: "3", raw: "3", section: nil, text: nil,
                                              report: "a/2021.docx"),
                                   CheckInput(cell: "applications.carried_over.total", value: "5", raw: "5", section: nil, text: nil,
                                              report: nil)],
                          expected: "3", actual: "5")
        var reworded = check
        reworded.message = "other words"
        #expect(Fingerprint.of(check) == Fingerprint.of(reworded))
        #expect(Fingerprint.of(check) == "91bf00ac1599088e")
    }
}
