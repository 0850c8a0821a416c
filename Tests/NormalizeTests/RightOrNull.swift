import Foundation
import Normalize
import Testing
import TestSupport

/// The check every text dump of a sample gets (ConverterDumpTests, PdfTextDumpTests, the plain
/// pdftotext dumps of DumpFaultTests): each cell right or null, never a wrong number; null
/// cells warned of; title, organ, year and edition right. What a dump's tool lost or changed
/// is listed by the suite with reasons.
struct RightOrNull {
    /// Cells (`table.row.column`) known to come out wrong; each must still be wrong, so the
    /// list is taken down as they are fixed.
    var knownWrong: Set<String> = []
    /// Header fields that legitimately differ for this dump.
    var knownHeader: Set<String> = []
    /// True when the dump is read in full: no cell may be null.
    var complete = false
    /// True when the dump's null cells come without a warning (listed with a reason).
    var nullWithoutWarning = false

    /// Returns how many cells were right and how many null.
    @discardableResult
    func check(input: String, expected: String) throws -> (right: Int, null: Int) {
        let want = try ExpectedFile(expected)
        let report = try Samples.convert(input)
        let got = try Samples.reportJSON(report)
        for field in ["title", "organ", "year", "edition"] where !knownHeader.contains(field) {
            #expect(sameJSON(want.fields[field], got[field]), "\(input) \(field): want \(want.fields[field] ?? "nil") got \(got[field] ?? "nil")")
        }
        let cells = ReportCells(got)
        var listedButNotWrong = knownWrong
        var right = 0, null = 0
        for table in report.tables {
            for row in table.rows {
                guard let raw = want.raw[table.id]?[row.key], let numbers = want.values[table.id]?[row.key] else { continue }
                for (c, column) in table.columns.enumerated() where c < raw.count {
                    let cell = row.cells[c]
                    let address = "\(table.id).\(row.key).\(column.key)"
                    if cell.raw == raw[c] && sameJSON(cells.cell(table.id, row.key, c)?.value, numbers[c]) { right += 1; continue }
                    guard cell.number != nil || !cell.raw.isEmpty else {
                        null += 1
                        #expect(!complete, "\(input) \(address): null, want \(raw[c])")
                        continue
                    }
                    if knownWrong.contains(address) { listedButNotWrong.remove(address); continue }
                    #expect(Bool(false), "\(input) \(address): want \(raw[c]) got \(cell.raw)")
                }
            }
        }
        #expect(listedButNotWrong.isEmpty, "\(input): listed as wrong but now right or null: \(listedButNotWrong.sorted())")
        if null > 0, !nullWithoutWarning { #expect(!report.warnings.isEmpty, "\(input): \(null) cells null without a warning") }
        #expect(right > 0 || null > 0)
        return (right, null)
    }
}
