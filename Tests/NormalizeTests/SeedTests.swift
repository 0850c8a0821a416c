import Foundation
import Normalize
import Testing
import TestSupport

/// The five seeds: real reports as a common converter left them, with their readings
/// (`samples/seeds/*.truth.json`, written by a person from the source; see READING.md).
@Suite struct SeedTests {
    static let seeds = Samples.files(in: "seeds", ext: "txt").map { String($0.dropLast(4)) }

    @Test func fiveSeedsArePresent() { #expect(Self.seeds.count == 5) }

    @Test(arguments: seeds)
    func everyCellEditionAndYear(stem: String) throws {
        let truth = try Samples.json("seeds/\(stem).truth.json")
        let accept = (try? Samples.json("seeds/\(stem).accept.json"))?["cells"] as? [String: [Any]] ?? [:]
        let got = try Samples.reportJSON(try Samples.convert("seeds/\(stem).txt"))
        let want = cellValues(truth)
        let have = cellValues(got)
        #expect(want.count >= 198)
        for (cell, value) in want {
            let ok = sameJSON(value, have[cell]) || (accept[cell] ?? []).contains { sameJSON($0, have[cell]) }
            #expect(ok, "\(stem) \(cell): want \(value) got \(String(describing: have[cell]))")
        }
        for field in ["edition", "year", "title", "organ"] {
            #expect(sameJSON(truth[field], got[field]), "\(stem) \(field)")
        }
    }

    @Test(arguments: seeds)
    func sectionsAndChecks(stem: String) throws {
        let truth = try Samples.json("seeds/\(stem).truth.json")
        let got = try Samples.reportJSON(try Samples.convert("seeds/\(stem).txt"))
        let want = truth["sections"] as! [[String: String]]
        let have = got["sections"] as! [[String: String]]
        #expect(want == have, "\(stem) sections")
        // Checks are compared only where the truth's cells are the ones we chose.
        let accept = (try? Samples.json("seeds/\(stem).accept.json")) == nil
        if accept {
            let wantChecks = (truth["checks"] as! [[String: Any]]).map { "\($0["rule"]!) \($0["at"]!) \($0["message"]!)" }
            // The format's identities (contract §4); the review's other findings come after them.
            let haveChecks = (got["checks"] as! [[String: Any]]).filter {
                ($0["rule"] as! String).hasPrefix("applications.") || ($0["rule"] as! String).hasPrefix("review_litigation.")
            }.map { "\($0["rule"]!) \($0["at"]!) \($0["message"]!)" }
            #expect(wantChecks == haveChecks)
        }
    }
}
