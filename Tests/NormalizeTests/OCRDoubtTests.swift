import Testing
@testable import Normalize

/// Values read by OCR that a check of the format contradicts are null, never kept.
struct OCRDoubtTests {
    static func review(_ rows: [[String]]) -> CanonicalTable {
        let t = Template.reviewLitigation
        return CanonicalTable(id: t.id, title: t.title, columns: t.columns,
                              rows: zip(t.rows, rows).map { CanonicalRow(key: $0.key, label: $0.label, cells: $1.map { CellValue(source: $0) }) },
                              extraRows: [])
    }

    @Test func theCellsOfAFailingIdentityOnAScannedTableAreNull() {
        // 行政复议: 1+0+0+0 ≠ 7 (a misread total); the other rows hold.
        var tables = [Self.review([["1", "0", "0", "0", "7"], ["0", "0", "0", "0", "0"], ["2", "0", "0", "0", "2"]])]
        let failing = Checks.reviewLitigation(Dictionary(uniqueKeysWithValues: tables[0].rows.map { ($0.key, $0.cells) }))
            .filter { $0.ok == false }.map { $0.inputs.compactMap(\.cell) }
        #expect(failing.count == 1)
        let doubt = OCRDoubt.nullFailing(&tables, failing: failing, scanned: ["review_litigation"])
        #expect(tables[0].rows[0].cells.allSatisfy { $0.number == nil })          // the failing row: null
        #expect(tables[0].rows[0].cells[4].raw == "7")                            // its raw text kept
        #expect(tables[0].rows[2].cells.map(\.number) == ["2", "0", "0", "0", "2"]) // the rows that hold: kept
        #expect(doubt.nulled.count == 5)
        #expect(doubt.warnings.count == 1 && doubt.warnings[0].hasPrefix("review_litigation.administrative_review: read by OCR"))
    }

    @Test func aCellTwoFailingIdentitiesShareIsTheOneNulled() {
        let failing = [["t.a.x", "t.a.y", "t.a.total"], ["t.a.x", "t.b.x", "t.total.x"]]
        let t = CanonicalTable(id: "t", title: "", columns: [TemplateEntry(key: "x", label: "x")],
                               rows: [CanonicalRow(key: "a", label: "a", cells: [CellValue(source: "5")]),
                                      CanonicalRow(key: "b", label: "b", cells: [CellValue(source: "1")])], extraRows: [])
        var tables = [t]
        _ = OCRDoubt.nullFailing(&tables, failing: failing, scanned: ["t"])
        #expect(tables[0].rows[0].cells[0].number == nil)   // t.a.x, in both
        #expect(tables[0].rows[1].cells[0].number == "1")   // t.b.x, in one only
    }

    @Test func aTableReadFromTextIsLeftAlone() {
        var tables = [Self.review([["1", "0", "0", "0", "7"], ["0", "0", "0", "0", "0"], ["0", "0", "0", "0", "0"]])]
        let doubt = OCRDoubt.nullFailing(&tables, failing: [["review_litigation.administrative_review.total"]], scanned: [])
        #expect(doubt.nulled.isEmpty)
        #expect(tables[0].rows[0].cells[4].number == "7")
    }
}
