import Batch
import Foundation
import Testing
import TestSupport

/// What a batch counts as an input, and how it names one.
@Suite struct InputPathTests {
    @Test func anInputIsTheSameHoweverItsPathIsSpelled() throws {
        let fixture = try BatchFixture(#function)
        defer { fixture.remove() }
        let reports = try fixture.folder("reports", ["seeds/000_5860c8c99ad472da.txt", "seeds/001_081dc9eb37983e65.txt"])
        try FileManager.default.createSymbolicLink(atPath: fixture.work.appendingPathComponent("link").path, withDestinationPath: "reports")
        #expect(try fixture.run([reports.path]).converted == 2)
        let index = try fixture.indexPaths()
        // Relative to the working folder, with `..`, with a trailing slash, through a link, twice in one run.
        let depth = FileManager.default.currentDirectoryPath.split(separator: "/").count
        let relative = String(repeating: "../", count: depth) + String(reports.path.dropFirst())
        for spelling in [[relative], [fixture.work.path + "/reports/../reports/"], [fixture.work.path + "/link"],
                         [reports.path, fixture.work.path + "/link/000_5860c8c99ad472da.txt"]] {
            let summary = try fixture.run(spelling)
            #expect(summary.converted == 0, "\(spelling)")
            #expect(summary.upToDate == 2, "\(spelling)")
            #expect(try fixture.indexPaths() == index, "\(spelling)")
            #expect(try fixture.reportsInDatabase() == index, "\(spelling)")
        }
        #expect(index == index.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path })
        // source.path in the JSON and the CSV's file column name the input the same way.
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: fixture.out.appendingPathComponent("000_5860c8c99ad472da.txt.json")))
        #expect(((json as! [String: Any])["source"] as! [String: Any])["path"] as? String == index[0])
        #expect(try fixture.csvFiles() == index)
    }

    @Test func aFolderNamedLikeAReportIsAFailedInput() throws {
        let fixture = try BatchFixture(#function)
        defer { fixture.remove() }
        let reports = try fixture.folder("reports", ["seeds/000_5860c8c99ad472da.txt"])
        try FileManager.default.createDirectory(at: reports.appendingPathComponent("x.docx"), withIntermediateDirectories: true)
        let given = fixture.work.appendingPathComponent("y.pdf")
        try FileManager.default.createDirectory(at: given, withIntermediateDirectories: true)
        let summary = try fixture.run([reports.path, given.path])
        #expect(summary.total == 3)
        #expect(summary.converted == 1)
        #expect(summary.failed == 2)
        let folders = [reports.path + "/x.docx", given.path]
        #expect(summary.failures["unreadable file"]?.sorted() == folders.sorted())
        let lines = try indexLines(fixture.out).filter { folders.contains($0["path"] as! String) }
        #expect(lines.count == 2)
        for line in lines {
            #expect(line["status"] as? String == "failed")
            #expect(line["error"] as? String == "cannot read the input: it is a directory")
        }
    }
}
