import Normalize

/// `cross_year.change`, at a cell address, severity `info`: a total that jumps or falls
/// sharply from last year (this ≥ `factor` × last, or this ≤ last ÷ `factor`), where the
/// larger of the two is at least `minimumBase`. Only sharp changes are listed (`ok: false`);
/// a change that is not sharp, or a cell without a number in either report, gives nothing.
/// The cells: section 三's 总计 of 一 新收, 二 上年结转, 三(七) 总计 and 四 结转下年度, and
/// section 四's 总计 of 行政复议 and of both kinds of 行政诉讼.
enum SharpChangeRule {
    static let rule = "cross_year.change"
    /// Five-fold, the plausibility line reviewers use: a real change of workload rarely is,
    /// a misplaced digit or a wrong unit nearly always.
    static let factor = 5
    /// Small counts swing (2 → 11 is no signal): below this base nothing is flagged.
    static let minimumBase = FixedPoint(units: 10, scale: 0)
    static let addresses = [
        "applications.new_received.total", "applications.carried_over.total", "applications.result_total.total",
        "applications.carried_forward.total", "review_litigation.administrative_review.total",
        "review_litigation.litigation_direct.total", "review_litigation.litigation_after_review.total",
    ]

    static func findings(_ pair: YearPair) -> [ReviewFinding] {
        addresses.compactMap { address in
            guard let last = pair.last.number(address), let this = pair.this.number(address),
                  let lastTimes = times(last, factor), let thisTimes = times(this, factor) else { return nil }
            let base = last.less(than: this) ? this : last
            guard !base.less(than: minimumBase) else { return nil }
            let up = !this.less(than: lastTimes)
            let down = !last.less(than: thisTimes)
            guard up || down else { return nil }
            let parts = address.split(separator: ".").map(String.init)
            let how = up ? "增至上年的 \(factor) 倍及以上" : "降至上年的 1/\(factor) 及以下"
            return pair.finding(rule: rule, at: address, ok: false, severity: .info,
                                message: "\(address) \(how)：\(pair.lastShown)为 \(last)，本年为 \(this)",
                                lastCells: [address], thisCells: [address], expected: last.description, actual: this.description,
                                table: parts[0], row: parts[1])
        }
    }

    /// `x × n`, exactly; `nil` on overflow.
    static func times(_ x: FixedPoint, _ n: Int) -> FixedPoint? {
        let (u, overflow) = x.units.multipliedReportingOverflow(by: n)
        return overflow ? nil : FixedPoint(units: u, scale: x.scale)
    }
}
