/// The consistency checks (勾稽关系) of the contract §4, computed from the values.
enum Checks {
    /// A grid of one table's rows: canonical row key → one cell per column.
    typealias Grid = [String: [CellValue]]

    struct Term {
        var name: String
        var cell: CellValue?
    }

    /// All checks of section 三. `standIn` is a printed （六）其他处理 row standing in for its
    /// absent sub-rows (2021 edition), or the sub-rows standing in for an absent 2019 row.
    static func applications(_ grid: Grid, edition: Edition, standIn: [String: [CellValue]] = [:]) -> [Check] {
        let columns = Template.applicantColumns.map(\.key)
        var checks: [Check] = []
        func cell(_ row: String, _ c: Int) -> Term {
            Term(name: "applications.\(row).\(columns[c])", cell: grid[row]?[c] ?? standIn[row]?[c])
        }
        for (c, column) in columns.enumerated() {
            checks.append(make(rule: "applications.balance", at: column, label: "一+二 = 三(七)+四",
                               left: [cell("new_received", c), cell("carried_over", c)],
                               right: [cell("result_total", c), cell("carried_forward", c)]))
        }
        let resultKeys = resultTerms(grid, edition: edition, standIn: standIn)
        for (c, column) in columns.enumerated() {
            checks.append(make(rule: "applications.result_sum", at: column, label: "三(七) = sum of results",
                               left: [cell("result_total", c)], right: resultKeys.map { cell($0, c) }))
        }
        for row in Template.applications(edition).rows.map(\.key) {
            checks.append(make(rule: "applications.row_total", at: row, label: "总计 = sum of six",
                               left: [cell(row, 6)], right: (0..<6).map { cell(row, $0) }))
        }
        return checks
    }

    /// The rows summed by （七）总计: the edition's result rows, with a stand-in where the
    /// printed layout differs from the edition's.
    static func resultTerms(_ grid: Grid, edition: Edition, standIn: [String: [CellValue]]) -> [String] {
        var keys = Template.resultRowKeys(edition)
        let subrows = ["other_handling.overdue_correction", "other_handling.overdue_fee", "other_handling.other"]
        if edition == .e2021, standIn["other_handling"] != nil,
           subrows.allSatisfy({ (grid[$0] ?? []).allSatisfy { $0.number == nil } }) {
            let at = keys.firstIndex(of: subrows[0])!
            keys.removeAll { subrows.contains($0) }
            keys.insert("other_handling", at: at)
        } else if edition == .e2019, (grid["other_handling"] ?? []).allSatisfy({ $0.number == nil }),
                  subrows.contains(where: { standIn[$0] != nil }) {
            let at = keys.firstIndex(of: "other_handling")!
            keys.remove(at: at)
            keys.insert(contentsOf: subrows, at: at)
        }
        return keys
    }

    static func reviewLitigation(_ grid: Grid) -> [Check] {
        let columns = Template.reviewLitigation.columns.map(\.key)
        return Template.reviewLitigation.rows.map(\.key).map { row in
            let terms = (0..<5).map { Term(name: "review_litigation.\(row).\(columns[$0])", cell: grid[row]?[$0]) }
            return make(rule: "review_litigation.row_total", at: row, label: "总计 = 维持+纠正+其他+尚未审结",
                        left: [terms[4]], right: Array(terms[0..<4]))
        }
    }

    static func make(rule: String, at: String, label: String, left: [Term], right: [Term]) -> Check {
        func text(_ t: Term) -> String { t.cell?.number ?? "null" }
        let message = "\(label): \(left.map(text).joined(separator: "+")) = \(right.map(text).joined(separator: "+"))"
        let missing = (left + right).filter { $0.cell?.fixed == nil }.map(\.name)
        if !missing.isEmpty {
            return Check(rule: rule, at: at, ok: nil, message: message + " (missing: \(missing.joined(separator: ", ")))")
        }
        func sum(_ terms: [Term]) -> FixedPoint? {
            terms.reduce(FixedPoint.zero as FixedPoint?) { total, term in total.flatMap { $0 + term.cell!.fixed! } }
        }
        guard let l = sum(left), let r = sum(right) else {
            return Check(rule: rule, at: at, ok: nil, message: message + " (too large to add up)")
        }
        return Check(rule: rule, at: at, ok: l.sameValue(as: r), message: message)
    }

    /// Passing checks minus failing ones: how well a grid balances.
    static func score(_ checks: [Check]) -> Int {
        checks.reduce(0) { $0 + ($1.ok == true ? 1 : $1.ok == false ? -1 : 0) }
    }
}
