@testable import Extract
import Foundation
import Review
import TestSupport
import Testing

/// The workbook as Excel reads it: a zip (opened here with the package's own libzip reader)
/// whose parts name the three sheets, store numbers as numbers and text as text, and keep
/// the header bold and frozen; and a failed write that leaves nothing behind.
@Suite struct WorkbookTests {
    static let reports: [[WorkbookCell]] = [
        [.text("path"), .text("organ"), .text("year"), .text("applications.new_received.total")],
        [.text("某某县人民政府/2022年报告.pdf"), .text("某某县人民政府"), .number("2022"), .number("47")],
        [.text("某某县教育局/2022.docx"), .text("某某县教育局"), .number("2022"), .empty],
    ]
    static let findings: [[WorkbookCell]] = [
        [.text("path"), .text("rule"), .text("at"), .text("ok"), .text("message")],
        [.text("某某县人民政府/2022年报告.pdf"), .text("applications.balance"), .text("total"), .text("false"),
         .text("一 + 二 = 52，三（七）+ 四 = 50")],
    ]
    static let cells: [[WorkbookCell]] = [
        [.text("path"), .text("cell"), .text("value"), .text("raw")],
        [.text("a.pdf"), .text("disclosure_fees.administrative_fees.amount"), .number("0.50"), .text("0.50")],
        [.text("a.pdf"), .text("applications.new_received.total"), .number("12"), .text("=12")],
    ]

    static func write(to path: String) throws {
        try Workbook.write(path: path, reports: reports, findings: findings, cells: cells)
    }

    /// The text of a part of the xlsx.
    static func part(_ name: String, of url: URL) throws -> String {
        let archive = try ZipArchive(data: try Data(contentsOf: url))
        let index = try #require(archive.index(of: name), "\(name) in the workbook")
        return String(decoding: try archive.read(at: index, limits: .standard), as: UTF8.self)
    }

    @Test func isAZipNamingTheThreeSheetsInOrder() throws {
        let folder = try Scratch.directory()
        let url = folder.appendingPathComponent("review.xlsx")
        try Self.write(to: url.path)
        let data = try Data(contentsOf: url)
        #expect(data.starts(with: Array("PK".utf8)))
        let workbook = try Self.part("xl/workbook.xml", of: url)
        let names = Workbook.sheetNames.map { "<sheet name=\"\($0)\"" }
        let positions = names.compactMap { workbook.range(of: $0)?.lowerBound }
        #expect(positions.count == 3, "\(workbook)")
        #expect(positions == positions.sorted(), "reports, findings, cells in that order")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["review.xlsx"], "no temporary file left")
    }

    @Test func numbersAreStoredAsNumbersAndTextAsText() throws {
        let url = try Scratch.directory().appendingPathComponent("review.xlsx")
        try Self.write(to: url.path)
        let cells = try Self.part("xl/worksheets/sheet3.xml", of: url)
        // A number cell has no type and its value inline; text is an inline string (the
        // workbook is written in constant-memory mode, so there is no shared string table).
        #expect(cells.contains("<c r=\"C2\"><v>0.5</v></c>"), "\(cells)")
        #expect(cells.contains("<c r=\"C3\"><v>12</v></c>"))
        #expect(cells.contains("<c r=\"D2\" t=\"inlineStr\"><is><t>0.50</t></is></c>"), "the decimal text is kept exactly where it is text")
        #expect(cells.contains("<c r=\"D3\" t=\"inlineStr\"><is><t>=12</t></is></c>"), "text that looks like a formula stays text")
        let reports = try Self.part("xl/worksheets/sheet1.xml", of: url)
        #expect(reports.contains("<c r=\"D2\"><v>47</v></c>"))
        #expect(reports.contains("<t>某某县教育局</t>"))
        #expect(!reports.contains("r=\"D3\""), "an empty cell is not written")
    }

    @Test func headerIsBoldAndFrozenAndColumnsFitTheirText() throws {
        let url = try Scratch.directory().appendingPathComponent("review.xlsx")
        try Self.write(to: url.path)
        for sheet in 1...3 {
            let xml = try Self.part("xl/worksheets/sheet\(sheet).xml", of: url)
            #expect(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"), "sheet \(sheet)")
            #expect(xml.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\">"), "sheet \(sheet): the header has the bold style")
            #expect(xml.contains("<cols>"))
        }
        let styles = try Self.part("xl/styles.xml", of: url)
        #expect(styles.contains("<b/>"))
        let findings = try Self.part("xl/worksheets/sheet2.xml", of: url)
        // The message: 23 characters, 8 of them wide (31), and the padding (2); `ok`: `false`
        // (5) and the padding. Excel adds its own 0.71 of margin.
        #expect(findings.contains("<col min=\"5\" max=\"5\" width=\"33.7109375\" customWidth=\"1\"/>"), "\(findings)")
        #expect(findings.contains("<col min=\"4\" max=\"4\" width=\"7.7109375\" customWidth=\"1\"/>"))
    }

    @Test func replacesAnExistingFileWhole() throws {
        let folder = try Scratch.directory()
        let url = folder.appendingPathComponent("review.xlsx")
        try Data("old".utf8).write(to: url)
        try Self.write(to: url.path)
        #expect(try Self.part("xl/workbook.xml", of: url).contains("<sheet name=\"cells\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["review.xlsx"])
    }

    /// libxlsxwriter stamps the time of writing unless told otherwise: two workbooks of the
    /// same rows written seconds apart must be the same bytes.
    @Test func theSameRowsGiveTheSameBytesAtAnyTime() throws {
        let folder = try Scratch.directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a.xlsx").path, second = folder.appendingPathComponent("b.xlsx").path
        try Self.write(to: first)
        Thread.sleep(forTimeInterval: 1.1)
        try Self.write(to: second)
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)))
    }

    @Test func aFolderThatIsNotThereIsOneClearError() throws {
        let folder = try Scratch.directory()
        let path = folder.appendingPathComponent("no/such/folder/review.xlsx").path
        let error = try #require(throws: WorkbookError.self) { try Self.write(to: path) }
        #expect(error.message == "cannot write the workbook \(path): No such file or directory")
        #expect(error.localizedDescription == error.message)
    }

    @Test func aNumberThatIsNotOneNamesItsCellAndWritesNothing() throws {
        let folder = try Scratch.directory()
        let url = folder.appendingPathComponent("review.xlsx")
        let bad = Self.cells + [[.text("a.pdf"), .text("x"), .number("十二")]]
        let error = try #require(throws: WorkbookError.self) {
            try Workbook.write(path: url.path, reports: Self.reports, findings: Self.findings, cells: bad)
        }
        #expect(error.message.contains("cell C4 of the sheet cells is to be a number but is \"十二\""), "\(error.message)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aFailingCellLeavesNoPartialFile() throws {
        let folder = try Scratch.directory()
        let url = folder.appendingPathComponent("review.xlsx")
        try Data("previous".utf8).write(to: url)
        // Excel's limit is 32,767 characters in a cell; libxlsxwriter refuses more.
        let tooLong: [[WorkbookCell]] = [[.text("raw")], [.text(String(repeating: "无", count: 40_000))]]
        let error = try #require(throws: WorkbookError.self) {
            try Workbook.write(path: url.path, reports: Self.reports, findings: Self.findings, cells: tooLong)
        }
        #expect(error.message.contains("cell A2 of the sheet cells"), "\(error.message)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["review.xlsx"], "no temporary file left")
        #expect(try Data(contentsOf: url) == Data("previous".utf8), "the previous file is untouched")
    }

    /// A batch's cells sheet: one row per canonical cell of every report (a thousand reports
    /// make a few hundred thousand); here 30,000, written row by row.
    @Test func aLargeCellsSheetIsWrittenWhole() throws {
        let folder = try Scratch.directory()
        let url = folder.appendingPathComponent("large.xlsx")
        let rows: [[WorkbookCell]] = [[.text("path"), .text("cell"), .text("value")]] + (1...30_000).map { i in
            [.text("某某县/\(i / 300).pdf"), .text("applications.r\(i % 300).total"), .number("\(i)")]
        }
        try Workbook.write(path: url.path, reports: [], findings: [], cells: rows)
        let xml = try Self.part("xl/worksheets/sheet3.xml", of: url)
        #expect(xml.contains("<c r=\"C30001\"><v>30000</v></c>"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["large.xlsx"], "libxlsxwriter's row files are gone")
    }

    @Test func emptySheetsStillMakeAWorkbook() throws {
        let url = try Scratch.directory().appendingPathComponent("empty.xlsx")
        try Workbook.write(path: url.path, reports: [], findings: [], cells: [])
        #expect(try Self.part("xl/workbook.xml", of: url).contains("<sheet name=\"findings\""))
    }
}
