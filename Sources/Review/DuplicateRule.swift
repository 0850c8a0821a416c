import FoundationEssentials
import Normalize

/// `cross_report.duplicate`, at `report`: two or more reports of one organ and one year.
/// The first by path is taken as the year's report (the chains go through it); each other
/// one is `ok: false`, its message naming the first and listing the cells that differ, or
/// "表格完全相同" (identical) when none does.
enum DuplicateRule {
    static let rule = "cross_report.duplicate"
    /// Cells named in the message at most; the inputs hold them all.
    static let shownCells = 12

    /// `applications.+#3.total` → `applications.+.total`: every `#` with the digits after it dropped.
    static func withoutPositions(_ key: String) -> String {
        var out = ""
        var skipping = false
        for c in key {
            if c == "#" { skipping = true; continue }
            if skipping, c.isASCII, c.isNumber { continue }
            skipping = false
            out.append(c)
        }
        return out
    }

    static func finding(first: ReviewedReport, other: ReviewedReport, year: Int) -> ReviewFinding {
        let differing = CopyRule.tableDifferences(first.record.cells, other.record.cells)
        var inputs: [CheckInput] = []
        var shown: [String] = []
        for key in differing {
            // Grid cells are named by address; an extra row's key carries its position.
            let address = key.contains("#") ? withoutPositions(key) : key
            inputs.append(first.input(address, other: true))
            inputs.append(other.input(address))
            if shown.count < shownCells {
                shown.append("\(address) \(first.cell(address)?.value ?? "null") → \(other.cell(address)?.value ?? "null")")
            }
        }
        let detail = differing.isEmpty ? "表格完全相同" :
            "\(differing.count) 个单元格不同：" + shown.joined(separator: "、") + (differing.count > shownCells ? "、…" : "")
        let organ = other.record.organ.map { "（\($0)）" } ?? " "
        var check = Check(rule: rule, at: "report", ok: false, severity: .warning,
                          message: "同一机关\(organ)\(year) 年度的第二份报告，另一份为 \(first.path)：\(detail)",
                          inputs: inputs)
        check.cause = .source
        return ReviewFinding(path: other.path, check: check)
    }
}
