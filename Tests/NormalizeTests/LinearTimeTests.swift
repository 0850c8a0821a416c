import Extract
import Foundation
import Testing
@testable import Normalize

/// The paths that were quadratic on long lines and long runs of joined lines (issue 11; timed by
/// bench/scale.sh, never here) still give the same output, checked on small inputs against
/// the definitions they replaced and against what the input says.
@Suite struct LinearTimeTests {
    /// Cleaning what is appended, after cleaned text, equals cleaning the whole again.
    @Test func appendingCleanedEqualsCleaningTheWhole() {
        var rng = SeededGenerator(seed: 11)
        let alphabet: [String] = ["年", "1", " ", "\u{3000}", "a", "\t", "。", "二", "  "]
        for _ in 0..<2_000 {
            let a = TextClean.removeExtractionSpaces((0..<Int.random(in: 0...8, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }.joined())
            let b = (0..<Int.random(in: 0...8, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }.joined()
            var appended = a
            TextClean.appendRemovingExtractionSpaces(b, to: &appended)
            #expect(appended == TextClean.removeExtractionSpaces(a + b), "\(a.debugDescription) + \(b.debugDescription)")
        }
    }

    /// The join of page-broken lines equals the definition it replaced (each join cleaned the
    /// whole paragraph grown so far; lengths counted whole).
    @Test func joinBrokenEqualsTheFormerDefinition() {
        func former(_ lines: [String]) -> [String] {
            var out: [String] = []
            for line in lines {
                if let last = out.last, formerShouldJoin(last, line) {
                    out[out.count - 1] = TextClean.removeExtractionSpaces(last + line)
                } else {
                    out.append(line)
                }
            }
            return out
        }
        func formerShouldJoin(_ a: String, _ b: String) -> Bool {
            guard let end = a.last, !ParagraphJoin.terminal.contains(end), a.count >= 20 else { return false }
            if ParagraphJoin.startsWithMarker(a) && a.count <= 40 { return false }
            return !ParagraphJoin.startsWithMarker(b)
        }
        var rng = SeededGenerator(seed: 7)
        let pieces = ["一、", "（一）", "本年度", "收到申请", " ", "1", "。", "2023", "年", "  ", "政府信息公开", "第"]
        for _ in 0..<500 {
            let lines = (0..<Int.random(in: 1...12, using: &rng)).map { _ in
                (0..<Int.random(in: 1...9, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            }
            #expect(ParagraphJoin.joinBroken(lines) == former(lines), "\(lines)")
        }
    }

    /// One line of 2,000 `1 ` (the 1 MB line of the bench, smaller): its spaces stay, as
    /// spaces between digits do; the paragraph is the line.
    @Test func longLineOfDigitsAndSpaces() throws {
        let line = String(repeating: "1 ", count: 2_000)
        let report = try Converter.convert(data: Data(("一、总体情况\n" + line + "\n").utf8), path: "ones.txt")
        #expect(report.sections.first?.text == String(line.dropLast()))
    }

    /// 500 paragraphs separated by blank lines, none ending a sentence: joined into one, in order.
    @Test func manyBlankLineSeparatedLinesJoinInOrder() throws {
        let lines = (0..<500).map { "括总体情况、主动公开政府信息情况\($0)、收到和处理政府信息公" }
        let text = "报告\n一、总体情况\n" + lines.map { $0 + "\n\n" }.joined()
        let report = try Converter.convert(data: Data(text.utf8), path: "paras.txt")
        #expect(report.sections.first?.text == lines.joined())
    }

    /// The year is still found in a long line, after 4,096 年 without digits.
    @Test func yearAfterALongRunOfNian() throws {
        let text = "一、总体情况\n" + String(repeating: "年", count: 4_096) + "2023年本机关收到申请。\n"
        #expect(try Converter.convert(data: Data(text.utf8), path: "nian.txt").year == 2023)
    }

    /// A row of 3,000 empty cells after a label and a value: the empty trailing columns are
    /// dropped whatever their number, the used ones kept.
    @Test func unusedTrailingColumnsOfALongEmptyRow() {
        let cells = [TableCell(text: "规章", column: 0), TableCell(text: "", column: 1), TableCell(text: "5", column: 2)]
            + (3..<3_003).map { TableCell(text: " ", column: $0) }
        let table = Table(rows: [TableRow(cells: cells)], geometry: .exact)
        #expect(SourceStream.unusedTrailingColumns(of: table) == 3_000)
        let empty = Table(rows: [TableRow(cells: (0..<3_000).map { TableCell(text: "", column: $0) })], geometry: .exact)
        #expect(SourceStream.unusedTrailingColumns(of: empty) == 2_999)
        let nested = Table(rows: [TableRow(cells: [TableCell(text: "a", column: 0), TableCell(text: "", column: 1),
                                                   TableCell(text: "", column: 2, nestedTables: [table])])], geometry: .exact)
        #expect(SourceStream.unusedTrailingColumns(of: nested) == 0)
    }
}

/// A small deterministic generator (SplitMix64), so the random cases are the same every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E4B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
