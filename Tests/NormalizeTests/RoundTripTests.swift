import Foundation
import Normalize
import Testing

/// The normalized text carries the same tables as the JSON: our own parser reads them back.
@Suite struct RoundTripTests {
    static let inputs: [String] = Samples.files(in: "seeds", ext: "txt").map { "seeds/\($0)" }
        + Samples.files(in: "docx", ext: "docx").map { "docx/\($0)" }

    @Test(arguments: inputs)
    func normalizedTextGivesBackTheTables(input: String) throws {
        let report = try Samples.convert(input)
        let text = NormalizedText.write(report)
        let tables = try NormalizedText.parseTables(text)
        #expect(tables == report.tables)
        // Every line of a table has the same number of cells.
        var width: Int? = nil
        var inTable = false
        for line in text.split(separator: "\n") {
            if line.hasPrefix(NormalizedText.tableStart) { inTable = true; width = nil; continue }
            if line == NormalizedText.tableEnd { inTable = false; continue }
            if inTable {
                let cells = line.split(separator: "\t", omittingEmptySubsequences: false).count
                if let w = width { #expect(cells == w) } else { width = cells }
            }
        }
    }
}
