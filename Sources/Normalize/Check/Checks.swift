/// The consistency checks (勾稽关系) of the contract §4, computed from the values.
enum Checks {
    /// A grid of one table's rows: canonical row key → one cell per column.
    typealias Grid = [String: [CellValue]]

    struct Term {
        var name: String
        var cell: CellValue?
    }

    /// One identity of the format: the cells on the left add up to the cells on the right.
    /// The checks are identities evaluated on a grid; the solver weighs readings by them.
    struct Identity {
        var rule: String
        var at: String
        var label: String
        var left: [Cell]
        var right: [Cell]
        var cells: [Cell] { left + right }
    }

    /// A cell an identity names: a row of the table and a column.
    struct Cell: Hashable {
        var row: String
        var column: Int
    }

    /// The identities of section 三. `standIn` as for `applications`; the rows （七）总计 sums
    /// depend on which rows the grid has (`resultTerms`).
    static func applicationIdentities(_ grid: Grid, edition: Edition, standIn: [String: [CellValue]] = [:]) -> [Identity] {
        let columns = Template.applicantColumns.map(\.key)
        var identities: [Identity] = []
        for (c, column) in columns.enumerated() {
            identities.append(Identity(rule: "applications.balance", at: column, label: "一+二 = 三(七)+四",
                                       left: [Cell(row: "new_received", column: c), Cell(row: "carried_over", column: c)],
                                       right: [Cell(row: "result_total", column: c), Cell(row: "carried_forward", column: c)]))
        }
        let resultKeys = resultTerms(grid, edition: edition, standIn: standIn)
        for (c, column) in columns.enumerated() {
            identities.append(Identity(rule: "applications.result_sum", at: column, label: "三(七) = sum of results",
                                       left: [Cell(row: "result_total", column: c)], right: resultKeys.map { Cell(row: $0, column: c) }))
        }
        for row in Template.applications(edition).rows.map(\.key) {
            identities.append(Identity(rule: "applications.row_total", at: row, label: "总计 = sum of six",
                                       left: [Cell(row: row, column: 6)], right: (0..<6).map { Cell(row: row, column: $0) }))
        }
        return identities
    }

    /// All checks of section 三. `standIn` is a printed （六）其他处理 row standing in for its
    /// absent sub-rows (2021 edition), or the sub-rows standing in for an absent 2019 row.
    static func applications(_ grid: Grid, edition: Edition, standIn: [String: [CellValue]] = [:]) -> [Check] {
        let columns = Template.applicantColumns.map(\.key)
        return applicationIdentities(grid, edition: edition, standIn: standIn).map { identity in
            evaluate(identity, table: "applications", columns: columns) { grid[$0.row]?[$0.column] ?? standIn[$0.row]?[$0.column] }
        }
    }

    /// An identity as a check on the cells `cell` gives.
    static func evaluate(_ identity: Identity, table: String, columns: [String], cell: (Cell) -> CellValue?) -> Check {
        func term(_ c: Cell) -> Term { Term(name: "\(table).\(c.row).\(columns[c.column])", cell: cell(c)) }
        return make(rule: identity.rule, at: identity.at, label: identity.label,
                    left: identity.left.map(term), right: identity.right.map(term))
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

    static func reviewIdentities() -> [Identity] {
        Template.reviewLitigation.rows.map(\.key).map { row in
            Identity(rule: "review_litigation.row_total", at: row, label: "总计 = 维持+纠正+其他+尚未审结",
                     left: [Cell(row: row, column: 4)], right: (0..<4).map { Cell(row: row, column: $0) })
        }
    }

    static func reviewLitigation(_ grid: Grid) -> [Check] {
        let columns = Template.reviewLitigation.columns.map(\.key)
        return reviewIdentities().map { evaluate($0, table: "review_litigation", columns: columns) { grid[$0.row]?[$0.column] } }
    }

    /// An identity's finding: `actual` is the left side as printed, `expected` the right side's
    /// sum. With a missing input the finding is undecided (`ok: nil`); where every missing input
    /// is blank in the source (empty, or a mark such as `—`), `ifBlankZero` says whether the
    /// identity would hold with those blanks as 0 (it never counts them as 0 itself).
    static func make(rule: String, at: String, label: String, left: [Term], right: [Term]) -> Check {
        func text(_ t: Term) -> String { t.cell?.number ?? "null" }
        let message = "\(label): \(left.map(text).joined(separator: "+")) = \(right.map(text).joined(separator: "+"))"
        let inputs = (left + right).map { CheckInput.cell($0.name, $0.cell) }
        let missing = (left + right).filter { $0.cell?.fixed == nil }
        func sum(_ terms: [Term], blanksAsZero: Bool = false) -> FixedPoint? {
            FixedPoint.sum(terms.compactMap { $0.cell?.fixed ?? (blanksAsZero ? .zero : nil) })
        }
        if !missing.isEmpty {
            var check = Check(rule: rule, at: at, ok: nil, message: message + " (missing: \(missing.map(\.name).joined(separator: ", ")))",
                              inputs: inputs)
            if missing.allSatisfy({ isBlank($0.cell) }), let l = sum(left, blanksAsZero: true), let r = sum(right, blanksAsZero: true) {
                check.ifBlankZero = l.sameValue(as: r)
            }
            return check
        }
        guard let l = sum(left), let r = sum(right) else {
            return Check(rule: rule, at: at, ok: nil, message: message + " (too large to add up)", inputs: inputs)
        }
        return Check(rule: rule, at: at, ok: l.sameValue(as: r), message: message, inputs: inputs,
                     expected: r.description, actual: l.description)
    }

    /// A cell the source leaves blank: no text, or a mark that stands for no value.
    static func isBlank(_ cell: CellValue?) -> Bool {
        guard let cell else { return true }
        return cell.number == nil && !cell.unreadable && !cell.isRun && (cell.raw.isEmpty || CellValue.nullMarkers.contains(cell.raw))
    }

    /// Passing checks minus failing ones: how well a grid balances.
    static func score(_ checks: [Check]) -> Int {
        checks.reduce(0) { $0 + ($1.ok == true ? 1 : $1.ok == false ? -1 : 0) }
    }
}
