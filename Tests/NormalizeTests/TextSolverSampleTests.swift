@testable import Normalize
import Foundation
import Testing
import TestSupport

/// The text shapes the solver serves, against expected files read from the sources:
/// `pdftotext -layout` and plain `pdftotext` of every PDF sample (`samples/text/pdftotext`),
/// crawled page texts with their table cells run together (`samples/text/crawled`), the real
/// crawled page (`samples/real/pingtan_2019.page.txt`, cells read by hand), and the PDFs of new
/// layouts the dumps were made from (`samples/pdf/layouts`).
@Suite struct TextSolverSampleTests {
    static let layoutDumps = Samples.files(in: "text/pdftotext", ext: "layout.txt").map { String($0.dropLast(11)) }
    static let plainDumps = Samples.files(in: "text/pdftotext", ext: "plain.txt").map { String($0.dropLast(10)) }
    static let crawled = Samples.files(in: "text/crawled", ext: "page.txt").map { String($0.dropLast(9)) }
    static let layoutPDFs = Samples.files(in: "pdf/layouts", ext: "pdf").map { String($0.dropLast(4)) }

    /// Every input right or null against its expected file; the cells right and null over all.
    static func rightOrNull(_ pairs: [(input: String, expected: String)]) throws -> (right: Int, null: Int) {
        var right = 0, null = 0
        for pair in pairs {
            let (r, n) = try RightOrNull().check(input: pair.input, expected: pair.expected)
            right += r
            null += n
        }
        return (right, null)
    }

    @Test func enoughSamples() {
        #expect(Self.layoutDumps.count >= 28)
        #expect(Self.plainDumps.count == Self.layoutDumps.count)
        #expect(Self.crawled.count >= 8)
        #expect(Self.layoutPDFs.count >= 8)
    }

    /// Every cell of every `-layout` dump right or null (never a wrong number), and together at
    /// least 99 % right (5,583 of 5,590 when this was written: the nulls are a row whose digits
    /// LibreOffice wrapped inside a narrow cell).
    @Test func layoutDumpsAreRightOrNull() throws {
        let (right, null) = try Self.rightOrNull(Self.layoutDumps.map { ("text/pdftotext/\($0).layout.txt", "text/pdftotext/\($0).expected.json") })
        #expect(Double(right) >= 0.99 * Double(right + null), "\(right) right, \(null) null")
    }

    /// The faults held-out `-layout` dumps showed, injected into every dump
    /// (`samples/text/layout-faults/make_faults.py`): full-width digits, full-width digits
    /// spaced like columns (`１ ３ ３`), page-footer lines inside tables. Right or null; together
    /// at least 99 % right (16,736 of 16,770 when written: the nulls are spaced rows more than one
    /// reading of which balances).
    @Test func injectedLayoutFaultsAreRightOrNull() throws {
        let dumps = Samples.files(in: "text/layout-faults", ext: "txt")
        #expect(dumps.count >= 84)
        let (right, null) = try Self.rightOrNull(dumps.map {
            ("text/layout-faults/\($0)", "text/layout-faults/\($0.components(separatedBy: ".").first!).expected.json")
        })
        #expect(Double(right) >= 0.99 * Double(right + null), "\(right) right, \(null) null")
    }

    /// Plain `pdftotext` lists many tables' numbers out of their printed order: those cells are
    /// null, never wrong; the rows in printed order are read.
    @Test(arguments: plainDumps)
    func plainDumpIsRightOrNull(stem: String) throws {
        try RightOrNull().check(input: "text/pdftotext/\(stem).plain.txt", expected: "text/pdftotext/\(stem).expected.json")
    }

    /// Crawled pages: the header lines are metadata (title without `标题:`, organ from the
    /// report), a one-line body is split at its headings, glued cells are cut where exactly one
    /// cut satisfies the checks; together at least 90 % right (1,545 of 1,594 when written:
    /// the rest are the rows samples/text/crawled/AMBIGUOUS.md lists, and section 二's runs).
    @Test func crawledPagesAreRightOrNull() throws {
        let (right, null) = try Self.rightOrNull(Self.crawled.map { ("text/crawled/\($0).page.txt", "text/crawled/\($0).expected.json") })
        #expect(Double(right) >= 0.9 * Double(right + null), "\(right) right, \(null) null")
    }

    /// The real crawled page: every cell a person can read from its text is read, and every
    /// cell the text does not decide is null with the reason `ambiguous`.
    @Test func realCrawledPageReadsTheCellsItsTextDecides() throws {
        let want = try Samples.json("real/pingtan_2019.expected-cells.json")
        let report = try Samples.convert("real/pingtan_2019.page.txt")
        #expect(report.title == want["title"] as? String)
        #expect(report.year == 2019)
        #expect(report.edition == .e2019)
        #expect(report.organ == "平潭综合实验区")
        let tables = try #require(want["tables"] as? [String: [String: [Any]]])
        var compared = 0
        for (id, rows) in tables {
            let table = try #require(report.table(id), "\(id)")
            for (key, values) in rows {
                let row = try #require(table.row(key), "\(id).\(key)")
                for (c, value) in values.enumerated() {
                    let got = row.cells[c].number
                    if let number = value as? NSNumber {
                        #expect(got == number.stringValue, "\(id).\(key)[\(c)]")
                    } else {
                        #expect(got == nil, "\(id).\(key)[\(c)]: the text does not decide it, got \(got ?? "")")
                        #expect(report.nullCells.contains { $0.table == id && $0.row == key && $0.reason == "ambiguous" })
                    }
                    compared += 1
                }
            }
        }
        #expect(compared >= 190)
        #expect(report.warnings.contains { $0.hasPrefix("disclosure_rules.normative_documents: ambiguous: 10 readings of 规范性文件: the digits 898989 run together are possible") })
    }

    /// `inspect` names each null cell's reason.
    @Test func inspectShowsTheReasonForEachNullCell() throws {
        let result = try Nianbao.run(["inspect", Samples.path("real/pingtan_2019.page.txt")])
        #expect(result.status == 0)
        #expect(result.stdout.contains("null cells (table.row.column: reason):"))
        #expect(result.stdout.contains("disclosure_rules.normative_documents.newly_made: ambiguous"))
        #expect(!result.stdout.contains("applications.disclosed.natural_person:"))
    }

    /// The PDFs of the new layouts read exactly by the PDF reader.
    @Test(arguments: layoutPDFs)
    func layoutPDFReadsEveryCell(stem: String) throws {
        try ExpectedFile.compare(input: "pdf/layouts/\(stem).pdf", expected: "pdf/layouts/\(stem).expected.json", checkSections: false)
    }
}
