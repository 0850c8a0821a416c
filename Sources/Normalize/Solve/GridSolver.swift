/// The one place where numbers whose cells are not certain are put on cells.
///
/// Readers hand over what they know for certain (a grid of rows whose cells sit in their
/// columns) and, for the rest, *choices*: every way the source can be read where it does not
/// say (a row with fewer numbers than columns, a run of digits with no separator, a table
/// whose numbers came in an order that is not the printed one). The format's checks
/// (勾稽关系) are the constraints. A reading is *consistent* when it makes no check fail that
/// did not already fail without it. A cell is given a value only when every consistent
/// combination of readings gives it that value; otherwise it is `null`, with a reason:
///
/// - `ambiguous`: more than one consistent reading disagree on the cell;
/// - `contradicts`: no reading of the choice is consistent with the checks;
/// - `unread`: the choice had too many readings to weigh (`maxReadings`).
///
/// Cells the source lacks are `no_token` and are never a choice (they stay `null`).
/// Every choice made is a `Repair`; every cell left null is named in a warning.
struct GridSolver {
    /// One place in the source that can be read more than one way.
    struct Choice {
        /// Where it is, for repairs and warnings (`applications.disclosed`, `review_litigation.*`).
        var table: String
        var row: String
        /// What the source printed there, for the messages.
        var source: String
        /// The candidate readings: each gives cells to one or more rows of the grid.
        var readings: [[String: [CellValue]]]
        /// True when the readings were cut off (too many to weigh).
        var unread = false
        /// True when even a reading with no alternative is a repair (digits cut apart).
        var isRepair = false
    }

    enum Reason: String {
        case ambiguous, contradicts, unread
    }

    /// A cell of a canonical table the solver left null.
    struct Null: Equatable {
        var table: String
        var row: String
        var column: Int
        var reason: Reason
    }

    struct Outcome {
        var grid: Checks.Grid
        var repairs: [Repair] = []
        var warnings: [String] = []
        /// Each cell the solver left null, with its reason.
        var unplaced: [Null] = []
    }

    /// The most readings one choice is given (`DigitRun`, `RowReadings`); a choice with more is
    /// unread (its cells null): the checks of one row cannot tell thousands of readings apart.
    static let maxReadings = 20_000

    /// The most combinations of readings weighed together; beyond it each choice is weighed
    /// on its own against the certain cells (its row's checks), which can only leave more
    /// cells null, never fewer.
    static let maxCombinations = 20_000

    /// Solves `choices` over the certain `grid` (with `standIn` rows looked up where the grid
    /// has none), weighing readings by `identities`, the table's checks.
    static func solve(grid: Checks.Grid, standIn: [String: [CellValue]] = [:], choices: [Choice], columnLabels: [String],
                      identities: [Checks.Identity]) -> Outcome {
        var outcome = Outcome(grid: grid)
        guard !choices.isEmpty else { return outcome }
        // With no identities to weigh by, readings are only possible, not confirmed.
        let agree = identities.isEmpty ? "are possible" : "agree with the checks"
        typealias Numbers = [String: [FixedPoint?]]
        func numbers(_ rows: [String: [CellValue]]) -> Numbers { rows.mapValues { $0.map(\.fixed) } }
        var base = numbers(standIn)
        for (row, cells) in numbers(grid) { base[row] = cells }
        let readings: [[Numbers]] = choices.map { $0.readings.map(numbers) }

        /// `false` when the identity fails on the cells, `nil` when a cell is missing.
        func holds(_ identity: Checks.Identity, _ overrides: Numbers) -> Bool? {
            func sum(_ cells: [Checks.Cell]) -> FixedPoint? {
                var total = FixedPoint.zero
                for cell in cells {
                    guard let row = overrides[cell.row] ?? base[cell.row], cell.column < row.count, let value = row[cell.column],
                          let next = total + value else { return nil }
                    total = next
                }
                return total
            }
            guard let left = sum(identity.left), let right = sum(identity.right) else { return nil }
            return left.sameValue(as: right)
        }
        let baseline = Set(identities.indices.filter { holds(identities[$0], [:]) == false })
        // The identities that name a row of each choice.
        let touching: [[Int]] = choices.map { choice in
            let rows = Set(choice.readings.flatMap(\.keys))
            return identities.indices.filter { i in identities[i].cells.contains { rows.contains($0.row) } && !baseline.contains(i) }
        }
        func consistent(_ overrides: Numbers, _ among: [Int]) -> Bool {
            among.allSatisfy { holds(identities[$0], overrides) != false }
        }

        // Each choice on its own first: a reading that breaks a check with the certain cells alone
        // is out whatever the other choices read.
        var kept: [[Int]] = choices.indices.map { c in
            readings[c].indices.filter { consistent(readings[c][$0], touching[c]) }
        }

        // Then the combinations, while there are few enough to weigh.
        let open = choices.indices.filter { kept[$0].count > 1 }
        var combinations = 1
        for c in open {
            combinations = combinations.multipliedReportingOverflow(by: kept[c].count).partialValue
            if combinations > maxCombinations { break }
        }
        if open.count > 1 && combinations <= maxCombinations {
            var fixed: Numbers = [:]
            for c in choices.indices where kept[c].count == 1 { fixed.merge(readings[c][kept[c][0]]) { $1 } }
            let among = Array(Set(open.flatMap { touching[$0] })).sorted()
            var survivors: [Set<Int>] = Array(repeating: [], count: choices.count)
            var pick = [Int](repeating: 0, count: open.count)
            while true {
                var trial = fixed
                for (slot, c) in open.enumerated() { trial.merge(readings[c][kept[c][pick[slot]]]) { $1 } }
                if consistent(trial, among) {
                    for (slot, c) in open.enumerated() { survivors[c].insert(kept[c][pick[slot]]) }
                }
                var slot = 0
                while slot < open.count {
                    pick[slot] += 1
                    if pick[slot] < kept[open[slot]].count { break }
                    pick[slot] = 0
                    slot += 1
                }
                if slot == open.count { break }
            }
            for c in open { kept[c] = kept[c].filter { survivors[c].contains($0) } }
        }
        for (c, choice) in choices.enumerated() {
            let readings = kept[c].map { choice.readings[$0] }
            let rows = Set(choice.readings.flatMap(\.keys)).sorted()
            if readings.isEmpty {
                let reason: Reason = choice.unread ? .unread : .contradicts
                for row in rows {
                    let width = choice.readings.compactMap { $0[row]?.count }.max() ?? 0
                    outcome.grid[row] = [CellValue](repeating: .missing, count: width)
                    outcome.unplaced += (0..<width).map { Null(table: choice.table, row: row, column: $0, reason: reason) }
                }
                outcome.warnings.append(reason == .unread
                    ? "\(choice.table).\(choice.row): \(reason.rawValue): \(choice.source) can be read too many ways to weigh; its cells are null"
                    : "\(choice.table).\(choice.row): \(reason.rawValue): no reading of \(choice.source) agrees with the checks (\(choice.readings.count) tried); its cells are null")
                continue
            }
            var doubtful: [String] = []
            for row in rows {
                let width = readings.compactMap { $0[row]?.count }.max() ?? columnLabels.count
                var cells = [CellValue](repeating: .missing, count: width)
                for column in 0..<width {
                    let values = readings.map { $0[row].flatMap { column < $0.count ? $0[column] : nil } ?? .missing }
                    if values.allSatisfy({ $0 == values[0] }) {
                        cells[column] = values[0]
                    } else {
                        outcome.unplaced.append(Null(table: choice.table, row: row, column: column, reason: .ambiguous))
                        doubtful.append(column < columnLabels.count ? "\(row) \(columnLabels[column])" : "\(row)[\(column)]")
                    }
                }
                outcome.grid[row] = cells
            }
            if readings.count == 1 {
                if choice.readings.count > 1 || choice.isRepair {
                    let action = choice.readings.count == 1
                        ? "\(choice.source): one reading only, \(describe(readings[0]))"
                        : "\(choice.source): of \(choice.readings.count) readings only \(describe(readings[0])) agrees with the checks"
                    outcome.repairs.append(Repair(table: choice.table, row: choice.row, action: action))
                }
            } else if doubtful.isEmpty {
                outcome.repairs.append(Repair(table: choice.table, row: choice.row,
                    action: "\(choice.source): \(readings.count) readings \(agree) and give the same cells"))
            } else {
                let shown = readings.prefix(3).map { describe($0) }.joined(separator: " | ")
                outcome.warnings.append("\(choice.table).\(choice.row): \(Reason.ambiguous.rawValue): \(readings.count) readings of \(choice.source) \(agree) (\(shown)\(readings.count > 3 ? " | …" : "")); the cells they disagree on are null")
            }
        }
        return outcome
    }

    /// A reading as the messages show it: `disclosed: 7 0 0 0 0 0 7`, rows in key order.
    static func describe(_ reading: [String: [CellValue]]) -> String {
        reading.keys.sorted().map { row in
            "\(row): " + reading[row]!.map { $0.raw.isEmpty ? "□" : $0.raw }.joined(separator: " ")
        }.joined(separator: "; ")
    }
}
