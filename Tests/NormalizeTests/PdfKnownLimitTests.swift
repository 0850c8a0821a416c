import Foundation
import Normalize
import Testing
import TestSupport

/// PDF layouts known to be out of reach (samples/pdf/known, made by samples/pdf/make_variants.py):
/// the reader may leave cells null, with a warning, but never gives a cell a wrong number.
@Suite struct PdfKnownLimitTests {
    static let samples = Samples.files(in: "pdf/known", ext: "pdf").map { "pdf/known/" + String($0.dropLast(4)) }

    @Test func thereAreSome() { #expect(!Self.samples.isEmpty) }

    @Test(arguments: samples)
    func nullOrRightNeverWrong(stem: String) throws {
        let want = try ExpectedFile("\(stem).expected.json")
        let report = try Samples.convert("\(stem).pdf")
        let got = try Samples.reportJSON(report)
        let cells = ReportCells(got)
        let warnings = (got["warnings"] as? [String]) ?? []
        var right = 0
        for table in report.tables {
            for row in table.rows {
                guard let raw = want.raw[table.id]?[row.key], let numbers = want.values[table.id]?[row.key] else { continue }
                let missing = row.cells.allSatisfy { $0.raw.isEmpty }
                for (c, cell) in row.cells.enumerated() where !cell.raw.isEmpty {
                    #expect(cell.raw == raw[c] && sameJSON(cells.cell(table.id, row.key, c)?.value, numbers[c]),
                            "\(stem) \(table.id).\(row.key).\(table.columns[c].key): want \(raw[c]) got \(cell.raw)")
                    right += 1
                }
                if missing, raw.contains(where: { !$0.isEmpty }) {
                    #expect(warnings.contains { $0.contains(row.label.components(separatedBy: " / ").last!) },
                            "\(stem) \(table.id).\(row.key) is null without a warning")
                }
            }
        }
        #expect(right >= 100, "\(stem): most cells are still read")
    }
}
