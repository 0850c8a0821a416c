import Normalize

/// Two reports of one organ in consecutive years: what the `cross_year` rules compare. Each
/// report of year N is paired with the first report (by path) of year N−1; findings go on
/// the later report, naming the earlier one's cells with its path.
public struct YearPair: Sendable {
    public var last: ReviewedReport
    public var this: ReviewedReport

    /// A finding on the later report. `ok` false or null gets its `cause`: `conversion` when
    /// a repair or warning touched one of its cells, else `source`.
    func finding(rule: String, at: String, ok: Bool?, severity: Check.Severity = .warning, message: String,
                 lastCells: [String], thisCells: [String], expected: String? = nil, actual: String? = nil,
                 table: String? = nil, row: String? = nil) -> ReviewFinding {
        var check = Check(rule: rule, at: at, ok: ok, severity: severity, message: message,
                          inputs: lastCells.map { last.input($0, other: true) } + thisCells.map { this.input($0) },
                          expected: expected, actual: actual)
        if ok != true {
            let touched = lastCells.contains(where: last.touched) || thisCells.contains(where: this.touched)
            check.cause = touched ? .conversion : .source
        }
        if table != nil || row != nil { check.location = CheckLocation(table: table, row: row) }
        return ReviewFinding(path: this.path, check: check)
    }

    /// `2021 年度报告（path）`, how messages name the earlier report.
    var lastShown: String { "\(last.year.map(String.init) ?? "?") 年度报告（\(last.path)）" }
}

/// The cells a finding could not read, for an `ok: null` message: `a.b.c（本报告）、…`.
func missingList(_ items: [(address: String, whose: String)]) -> String {
    items.map { "\($0.address)（\($0.whose)）" }.joined(separator: "、")
}

/// `whose` in `missingList` for a cell of the later report.
let thisReport = "本报告"
