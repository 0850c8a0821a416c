import Normalize

/// `hierarchy.sum`, at each cell of section 三 (`applications.<row>.<column>`, every row of
/// the parent's edition, all seven columns): a parent whose organs file row says
/// `sums_children` reports the sum of its children's same cell, for each year the parent
/// has a report. `ok: null`, naming them, where a child has no report that year or a cell
/// has no number (a blank is never 0). Each organ's first report of the year by path is used.
enum HierarchySumRule {
    static let rule = "hierarchy.sum"

    /// `load` reads a report's record for the rule: only each year's parent and children are loaded.
    static func findings(_ groups: OrganGroups<ReviewSource>, organs: OrganDirectory,
                         load: (ReviewSource) -> ReviewedReport?) -> [ReviewFinding] {
        var out: [ReviewFinding] = []
        for parentKey in organs.organs.keys.sorted() where organs.organs[parentKey]!.sumsChildren {
            let children = organs.children(of: parentKey)
            guard !children.isEmpty else { continue }
            var years: [Int] = []
            for r in groups.groups[parentKey] ?? [] where years.last != r.year! { years.append(r.year!) }
            for year in years {
                guard let parent = groups.primary(of: parentKey, year: year).flatMap(load) else { continue }
                let reports = children.map { (key: $0, report: groups.primary(of: $0, year: year).flatMap(load)) }
                out += findings(parent: parent, children: reports, organs: organs, year: year)
            }
        }
        return out
    }

    static func findings(parent: ReviewedReport, children: [(key: String, report: ReviewedReport?)], organs: OrganDirectory,
                         year: Int) -> [ReviewFinding] {
        let edition = Edition(rawValue: parent.edition) ?? .e2021
        guard let table = Template.table("applications", edition) else { return [] }
        let rows = table.rows.map(\.key), columns = table.columns.map(\.key)
        let absent = children.filter { $0.report == nil }.map { organs.organs[$0.key]?.name ?? $0.key }
        var out: [ReviewFinding] = []
        for row in rows {
            for column in columns {
                let address = "applications.\(row).\(column)"
                var inputs = [parent.input(address)]
                var terms: [FixedPoint] = []
                var blank: [String] = []
                for child in children {
                    guard let report = child.report else { continue }
                    inputs.append(report.input(address, other: true))
                    if let n = report.number(address) { terms.append(n) } else { blank.append(report.path) }
                }
                let total = parent.number(address)
                var check: Check
                if !absent.isEmpty || !blank.isEmpty || total == nil {
                    var missing: [String] = []
                    if !absent.isEmpty { missing.append(absent.joined(separator: "、") + " 无 \(year) 年度报告") }
                    if !blank.isEmpty { missing.append(blank.joined(separator: "、") + " 中 \(address) 为空") }
                    if total == nil { missing.append("上级机关报告中 \(address) 为空") }
                    check = Check(rule: rule, at: address, ok: nil, severity: .warning,
                                  message: "无法核对下级机关之和：" + missing.joined(separator: "；"),
                                  inputs: inputs, actual: total?.description)
                    check.cause = .source
                } else if let total, let sum = FixedPoint.sum(terms) {
                    let ok = sum.sameValue(as: total)
                    let paths = children.compactMap { $0.report?.path }.joined(separator: "、")
                    check = Check(rule: rule, at: address, ok: ok, severity: .warning,
                                  message: "\(total) \(ok ? "=" : "≠") 下级机关之和 \(sum)（\(paths)）",
                                  inputs: inputs, expected: sum.description, actual: total.description)
                    if !ok { check.cause = .source }
                } else {
                    continue
                }
                check.location = CheckLocation(table: "applications", row: row)
                out.append(ReviewFinding(path: parent.path, check: check))
            }
        }
        return out
    }
}
