import Foundation
import Normalize
import Testing
import TestSupport

/// The normalized text carries the same tables as the JSON: our own parser reads them back.
@Suite struct RoundTripTests {
    static let inputs: [String] = Samples.files(in: "seeds", ext: "txt").map { "seeds/\($0)" }
        + Samples.files(in: "docx", ext: "docx").map { "docx/\($0)" }
        + Samples.files(in: "pdf", ext: "pdf").map { "pdf/\($0)" }
        + Samples.files(in: "pdf/real", ext: "pdf").map { "pdf/real/\($0)" }
        + ["tab", "cell", "layout", "raw"].flatMap { shape in
            Samples.files(in: "dumps/\(shape)", ext: "txt").map { "dumps/\(shape)/\($0)" }
        }

    @Test func everyKindOfSampleIsIncluded() {
        #expect(Self.inputs.count >= 5 + 16 + 12 + 2 + 80)
    }

    /// `convert --to text` builds the report without its checks (`ReportScope.content`); its
    /// text must be the same bytes as the text of the complete report.
    @Test(arguments: inputs)
    func theContentScopeGivesTheSameText(input: String) throws {
        let data = try Data(contentsOf: Samples.url(input))
        let complete = try Converter.convert(data: data, path: input, scope: .complete)
        let content = try Converter.convert(data: data, path: input, scope: .content)
        #expect(NormalizedText.write(content) == NormalizedText.write(complete))
        #expect(content.tables == complete.tables)
        #expect(content.checks.isEmpty && content.source.sha256.isEmpty)
        #expect(complete.source.sha256.count == 64)
    }

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
