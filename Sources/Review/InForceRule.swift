import Normalize

/// `cross_year.in_force`: the stock of rules and items rolls forward.
/// - Both reports of the 2021 edition, at `regulations` and `normative_documents` of
///   `disclosure_rules`: last year's 现行有效件数 + this year's 本年制发件数 − 本年废止件数 =
///   this year's 现行有效件数.
/// - Both of the 2019 edition, at each row of 许可 / 其他对外管理服务事项, 处罚 / 强制 and
///   行政事业性收费: this year's 上一年项目数量 = last year's 上一年项目数量 + last year's 本年增/减.
/// - Editions that differ have no common column: one `ok: null` finding per
///   `disclosure_rules` row, "版本不同（2019 版 → 2021 版）" (editions differ).
enum InForceRule {
    static let rule = "cross_year.in_force"
    static let ruleRows = ["regulations", "normative_documents"]
    /// The 2019 edition's rows with 上一年项目数量 and 本年增/减, as `table.row`.
    static let itemRows = ["disclosure_licensing.administrative_licensing", "disclosure_licensing.other_external_management",
                           "disclosure_enforcement.administrative_penalty", "disclosure_enforcement.administrative_coercion",
                           "disclosure_fees.administrative_fees"]

    static func findings(_ pair: YearPair) -> [ReviewFinding] {
        switch (pair.last.edition, pair.this.edition) {
        case ("2021", "2021"): return ruleRows.map { inForce2021(pair, row: $0) }
        case ("2019", "2019"): return itemRows.map { items2019(pair, tableRow: $0) }
        case (let a, let b) where a != b:
            return ruleRows.map { row in
                pair.finding(rule: rule, at: row, ok: nil, message: "版本不同（\(a) 版 → \(b) 版）：\(pair.lastShown)中"
                             + "没有本报告的现行有效件数可接续的列", lastCells: [], thisCells: [],
                             table: "disclosure_rules", row: row)
            }
        default: return []
        }
    }

    static func inForce2021(_ pair: YearPair, row: String) -> ReviewFinding {
        let lastInForce = "disclosure_rules.\(row).in_force"
        let issued = "disclosure_rules.\(row).issued", repealed = "disclosure_rules.\(row).repealed"
        let inForce = "disclosure_rules.\(row).in_force"
        let a = pair.last.number(lastInForce), b = pair.this.number(issued), c = pair.this.number(repealed)
        let d = pair.this.number(inForce)
        var missing: [(String, String)] = []
        if a == nil { missing.append((lastInForce, pair.last.path)) }
        if b == nil { missing.append((issued, thisReport)) }
        if c == nil { missing.append((repealed, thisReport)) }
        if d == nil { missing.append((inForce, thisReport)) }
        guard let a, let b, let c, let d, let expected = (a + b).flatMap({ $0 - c }) else {
            return pair.finding(rule: rule, at: row, ok: nil,
                                message: "无法核对与 \(pair.lastShown)的现行有效件数接续：\(missingList(missing)) 为空",
                                lastCells: [lastInForce], thisCells: [issued, repealed, inForce], actual: d?.description,
                                table: "disclosure_rules", row: row)
        }
        let ok = expected.sameValue(as: d)
        let formula = "\(pair.lastShown)的现行有效件数 \(a) + 本年制发件数 \(b) − 本年废止件数 \(c) = \(expected)"
        return pair.finding(rule: rule, at: row, ok: ok,
                            message: ok ? "\(formula) = 本报告现行有效件数 \(d)" : "\(formula) ≠ 本报告现行有效件数 \(d)",
                            lastCells: [lastInForce], thisCells: [issued, repealed, inForce],
                            expected: expected.description, actual: d.description, table: "disclosure_rules", row: row)
    }

    static func items2019(_ pair: YearPair, tableRow: String) -> ReviewFinding {
        let row = String(tableRow.split(separator: ".")[1])
        let lastPrevious = "\(tableRow).previous_year", lastChange = "\(tableRow).change"
        let previous = "\(tableRow).previous_year"
        let a = pair.last.number(lastPrevious), b = pair.last.number(lastChange), d = pair.this.number(previous)
        var missing: [(String, String)] = []
        if a == nil { missing.append((lastPrevious, pair.last.path)) }
        if b == nil { missing.append((lastChange, pair.last.path)) }
        if d == nil { missing.append((previous, thisReport)) }
        let table = String(tableRow.split(separator: ".")[0])
        guard let a, let b, let d, let expected = a + b else {
            return pair.finding(rule: rule, at: row, ok: nil,
                                message: "无法核对与 \(pair.lastShown)的项目数量接续：\(missingList(missing)) 为空",
                                lastCells: [lastPrevious, lastChange], thisCells: [previous], actual: d?.description,
                                table: table, row: row)
        }
        let ok = expected.sameValue(as: d)
        let formula = "\(pair.lastShown)的上一年项目数量 \(a) + 本年增/减 \(b) = \(expected)"
        return pair.finding(rule: rule, at: row, ok: ok,
                            message: ok ? "\(formula) = 本报告上一年项目数量 \(d)" : "\(formula) ≠ 本报告上一年项目数量 \(d)",
                            lastCells: [lastPrevious, lastChange], thisCells: [previous],
                            expected: expected.description, actual: d.description, table: table, row: row)
    }
}
