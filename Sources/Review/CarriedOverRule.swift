import Normalize

/// `cross_year.carried_over`, at each of section 三's seven columns: last year's
/// 四、结转下年度继续办理 (`applications.carried_forward`) is this year's 二、上年结转
/// (`applications.carried_over`). Null where either cell has no number: a blank is never 0.
enum CarriedOverRule {
    static let rule = "cross_year.carried_over"
    static let columns = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_organization",
                          "legal_service_organization", "other_organization", "total"]

    static func findings(_ pair: YearPair) -> [ReviewFinding] {
        columns.map { column in
            let forward = "applications.carried_forward.\(column)"
            let over = "applications.carried_over.\(column)"
            let f = pair.last.number(forward), o = pair.this.number(over)
            let ok: Bool?
            let message: String
            if let f, let o {
                ok = f.sameValue(as: o)
                message = ok!
                    ? "上年结转 \(o) = \(pair.lastShown)的结转下年度 \(f)"
                    : "上年结转 \(o) ≠ \(pair.lastShown)的结转下年度 \(f)（\(column)）"
            } else {
                ok = nil
                var missing: [(String, String)] = []
                if f == nil { missing.append((forward, pair.last.path)) }
                if o == nil { missing.append((over, thisReport)) }
                message = "无法核对与 \(pair.lastShown)的结转：\(missingList(missing)) 为空"
            }
            return pair.finding(rule: rule, at: column, ok: ok, message: message, lastCells: [forward], thisCells: [over],
                                expected: f?.description, actual: o?.description, table: "applications", row: "carried_over")
        }
    }
}
