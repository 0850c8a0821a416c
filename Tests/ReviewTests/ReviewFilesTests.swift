import Foundation
import Testing
import TestSupport
@testable import Review

/// What `review -o` and `--xlsx` leave for a reviewer: the page with the open finding on it,
/// and a workbook.
@Suite struct ReviewFilesTests {
    @Test func reviewWritesThePageAndTheWorkbook() throws {
        let work = try Scratch.directory()
        defer { try? FileManager.default.removeItem(at: work) }
        let last = Fixture.record("/x/a_2021.docx", year: 2021, values: ["applications.carried_forward.total": "3"])
        let this = Fixture.record("/x/a_2022.docx", year: 2022, values: ["applications.carried_over.total": "5"])
        try Fixture.json(last).write(to: work.appendingPathComponent("a_2021.docx.json"), atomically: true, encoding: .utf8)
        try Fixture.json(this).write(to: work.appendingPathComponent("a_2022.docx.json"), atomically: true, encoding: .utf8)
        let out = work.appendingPathComponent("out")
        let book = work.appendingPathComponent("review.xlsx")
        let run = try Nianbao.run(["review", work.path, "-o", out.path, "--xlsx", book.path, "-q"])
        #expect(run.status == 0, "\(run.stderr)")
        let page = try String(contentsOf: out.appendingPathComponent("review.html"), encoding: .utf8)
        #expect(page.contains("lang=\"zh-CN\""))
        #expect(page.contains("cross_year.carried_over"))
        #expect(page.contains("/x/a_2022.docx"))
        let bytes = try Data(contentsOf: book)
        #expect(bytes.prefix(2) == Data("PK".utf8))
        // Reviewing OUTDIR again does not read the page as a report.
        let again = try Nianbao.run(["review", work.path, "-q"])
        #expect(again.stdout.split(separator: "\n").count == 1, "\(again.stdout)")
        // Only the workbook, without -o.
        let alone = work.appendingPathComponent("alone.xlsx")
        #expect(try Nianbao.run(["review", work.path, "--xlsx", alone.path, "-q"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: alone.path))
        // A workbook that cannot be written: exit 74, one line.
        let bad = try Nianbao.run(["review", work.path, "--xlsx", work.appendingPathComponent("no/such/dir.xlsx").path, "-q"])
        #expect(bad.status == 74)
        #expect(bad.stderr.split(separator: "\n").count == 1, "\(bad.stderr)")
    }
}
