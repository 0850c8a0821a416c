import Foundation
import Normalize
import Testing
import TestSupport

/// Text dumps of the DOCX samples with the seeds' faults injected by a seeded generator
/// (`samples/dumps/make_dumps.py`; the faults of each dump are listed in its expected file's
/// `features` and in samples/dumps/README.md). Expected files hold the DOCX sample's data,
/// never nianbao's output.
@Suite struct DumpFaultTests {
    /// Every dump of a shape folder, as `shape/stem`.
    static func dumps(_ shape: String) -> [String] {
        Samples.files(in: "dumps/\(shape)", ext: "txt").map { "\(shape)/\(String($0.dropLast(4)))" }
    }

    /// Shapes read exactly: TAB rows, one cell per line, `pdftotext -layout`.
    static let exact = dumps("tab") + dumps("cell") + dumps("layout")
    /// Plain `pdftotext`: the product may leave a table null when it cannot rebuild the order.
    static let plain = dumps("raw")
    /// Plain dumps whose section 三 cannot be rebuilt in full with certainty, and why:
    /// 01, a number wrapped in its cell (`2` among the header words, `73` in the row);
    /// 11, the header repeated after the page break mixed into the rows;
    /// 18, 总计 printed a line above the rest of each row, so the runs of seven are out of step.
    static let unrebuildable: Set<String> = ["raw/01_word_2021_county", "raw/11_word_split_table_repeated_header",
                                             "raw/18_wps_template_filled"]

    /// The other plain dumps are read in full, every cell right.
    @Test(arguments: plain.filter { !unrebuildable.contains($0) })
    func plainDumpsReadInFull(dump: String) throws {
        try ExpectedFile.compare(input: "dumps/\(dump).txt", expected: "dumps/\(dump).expected.json", checkSections: false)
    }

    /// Where section 三 cannot be rebuilt in full, only the rows whose place is certain are
    /// kept (one label, then exactly its seven numbers): every cell right or null, a warning
    /// says why, and at least the rows printed in the plain order are read.
    @Test(arguments: unrebuildable.sorted())
    func aTableLeftPartlyNullSaysWhy(dump: String) throws {
        let (right, null) = try RightOrNull().check(input: "dumps/\(dump).txt", expected: "dumps/\(dump).expected.json")
        #expect(null > 0)
        #expect(right > null)
        let report = try Samples.convert("dumps/\(dump).txt")
        #expect(report.warnings.contains { $0.hasPrefix("section 三 came one cell per line") && $0.contains("only the") })
    }

    @Test func corpusIsComplete() {
        #expect(Self.dumps("tab").count >= 12)
        #expect(Self.dumps("cell").count >= 12)
        #expect(Self.dumps("layout").count >= 12)
        #expect(Self.plain.count >= 12)
        for dump in Self.exact + Self.plain {
            #expect(FileManager.default.fileExists(atPath: Samples.url("dumps/\(dump).expected.json").path), "\(dump)")
        }
    }

    @Test(arguments: exact)
    func everyCell(dump: String) throws {
        try ExpectedFile.compare(input: "dumps/\(dump).txt", expected: "dumps/\(dump).expected.json", checkSections: false)
    }

    /// Plain pdftotext: every cell is right or null, never a wrong number.
    @Test(arguments: plain)
    func rightOrNull(dump: String) throws {
        let (right, null) = try RightOrNull().check(input: "dumps/\(dump).txt", expected: "dumps/\(dump).expected.json")
        // Record how much of the dump was read (shown when a test fails elsewhere in this dump).
        #expect(right + null >= 100, "\(dump): \(right) cells read, \(null) null")
    }
}
