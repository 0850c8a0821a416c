/// Turns the rows read from section 三 into the edition's canonical grid.
struct ApplicationsTable {
    var table: CanonicalTable
    var repairs: [Repair] = []
    var warnings: [String] = []
    /// Extra rows that stand in for canonical rows of the other edition in the checks.
    var standIn: [String: [CellValue]] = [:]
    /// Cells the solver left null, with its reason (`GridSolver.Reason`).
    var solverNulls: [GridSolver.Null] = []

    static let id = "applications"

    /// - Parameter fromTokens: the rows were cut from one-cell lines (plain pdftotext); such a
    ///   reading is kept only when every row fell into place with no choice left.
    init(reading: ApplicationsReading, edition: Edition, found: Bool, fromTokens: Bool = false) {
        let template = Template.applications(edition)
        let keys = template.rows.map(\.key)
        let columnLabels = template.columns.map(\.label)
        var assigned: [String: ApplicationsReading.Item] = [:]
        var extras: [(key: String?, item: ApplicationsReading.Item)] = []
        var unplaced: [(index: Int, item: ApplicationsReading.Item)] = []
        var repairs: [Repair] = reading.repairs
        var warnings: [String] = []

        for (index, item) in reading.items.enumerated() {
            guard let key = item.key else {
                if item.hasValues { unplaced.append((index, item)) }
                continue
            }
            if !keys.contains(key) {
                // A row of the other edition's layout (（六） printed as one row in 2021, or its
                // three sub-rows in 2019): kept under extra_rows with that edition's key.
                if item.hasValues || item.exact {
                    if key == "other_handling" && edition == .e2021 && !item.hasValues { continue }
                    extras.append((key, item))
                }
                continue
            }
            if let previous = assigned[key] {
                if item.hasValues && previous.hasValues {
                    warnings.append("the row \(item.label) appears twice; the second is kept under extra_rows")
                    extras.append((nil, item))
                } else if item.hasValues {
                    assigned[key] = item
                }
                continue
            }
            assigned[key] = item
        }

        // Rows no label names: placed by position when the rows between two recognized rows
        // are as many as the canonical rows free between them.
        func neighbour(_ range: some Sequence<ApplicationsReading.Item>) -> Int? {
            range.lazy.compactMap { $0.key.flatMap { keys.firstIndex(of: $0) } }.first
        }
        var groups: [[Int]: [(index: Int, item: ApplicationsReading.Item)]] = [:]
        var trailingExtras = 0
        for entry in unplaced {
            let before = neighbour(reading.items[..<entry.index].reversed()) ?? -1
            let after = neighbour(reading.items[(entry.index + 1)...]) ?? keys.count
            groups[[before, after], default: []].append(entry)
        }
        for bounds in groups.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let group = groups[bounds]!
            let (before, after) = (bounds[0], bounds[1])
            let free = before < after ? (before + 1 ..< after).filter { assigned[keys[$0]] == nil } : []
            if free.count == group.count {
                for (slot, entry) in zip(free, group) {
                    let key = keys[slot]
                    assigned[key] = entry.item
                    let what = entry.item.label.isEmpty ? "a row without a label" : "row label \u{201C}\(entry.item.label)\u{201D} not recognized"
                    repairs.append(Repair(table: Self.id, row: key, action: "\(what); placed by its position between its neighbours"))
                }
            } else {
                // Rows after 四、结转下年度继续办理 are the report's own additions.
                if before == keys.count - 1 { trailingExtras += group.filter { !$0.item.label.isEmpty }.count }
                for entry in group {
                    let name = entry.item.label.isEmpty ? "a row without a label" : "the row \u{201C}\(entry.item.label)\u{201D}"
                    warnings.append("\(name) in section 三 is not a row of the national format; kept under extra_rows")
                    extras.append((nil, entry.item))
                }
            }
        }

        // Values: exact rows are already one cell per column; approximate rows are fitted,
        // and rows that need a choice are placed by the checks once every other row is known.
        var grid: Checks.Grid = [:]
        var choose: [String] = []
        for key in keys {
            guard let item = assigned[key] else { continue }
            if item.values.contains(where: \.isRun) {
                choose.append(key)
            } else if item.exact {
                grid[key] = item.values
            } else if let fitted = RowSplit.fit(item.values, slots: ApplicationsReading.slots) {
                grid[key] = fitted
            } else {
                choose.append(key)
            }
        }
        var standIn: [String: [CellValue]] = [:]
        var extraRows: [ExtraRow] = []
        for (key, item) in extras {
            // A row outside the grid is not weighed by the checks: its cells are kept only
            // where they need no choice.
            let cells = item.exact ? item.values
                : (RowSplit.fit(item.values, slots: ApplicationsReading.slots)
                   ?? [CellValue](repeating: .missing, count: ApplicationsReading.slots))
            if !item.exact, RowSplit.fit(item.values, slots: ApplicationsReading.slots) == nil {
                warnings.append("the row \(item.label) has \(item.values.filter { !$0.raw.isEmpty }.count) values for 7 columns; which cells they are cannot be told, so its cells are null")
            }
            var label = item.label
            if let key {
                standIn[key] = cells
                // A row of the other edition is labelled as that edition labels it.
                let other = Template.applications(edition == .e2021 ? .e2019 : .e2021)
                label = other.rows.first { $0.key == key }?.label ?? label
            }
            extraRows.append(ExtraRow(key: key, label: label, cells: cells))
        }
        // Rows whose values need a choice: every reading of each, weighed together by the checks.
        let choices = choose.sorted { keys.firstIndex(of: $0)! < keys.firstIndex(of: $1)! }.map { key in
            let item = assigned[key]!
            let readings = RowReadings.readings(item.values, slots: ApplicationsReading.slots)
            let count = item.values.filter { !$0.raw.isEmpty }.count
            let source = item.values.contains(where: \.isRun)
                ? "the digits \(item.values.first(where: \.isRun)!.raw) run together"
                : "\(count) values for 7 columns"
            return GridSolver.Choice(table: Self.id, row: key, source: source,
                                     readings: (readings ?? []).map { [key: $0] }, unread: readings == nil, isRepair: item.values.contains(where: \.isRun))
        }
        // The rows （七）总计 sums depend on which rows are printed: judged with every row read.
        var withChoices = grid
        for choice in choices { if let first = choice.readings.first { withChoices.merge(first) { $1 } } }
        let solved = GridSolver.solve(grid: grid, standIn: standIn, choices: choices, columnLabels: columnLabels,
                                      identities: Checks.applicationIdentities(withChoices, edition: edition, standIn: standIn))
        grid = solved.grid
        repairs += solved.repairs
        warnings += solved.warnings
        let solverNulls = solved.unplaced

        // A row of the other edition (key set) is a reading, not a doubt; rows that fit nowhere,
        // rows placed by a choice and rows read twice are doubts.
        let unplacedRows = extraRows.filter { $0.key == nil }.dropLast(trailingExtras)
        let doubts = unplacedRows.map { "an unplaced row \u{201C}\($0.label)\u{201D}" }
            + choose.map { "the row \($0) needs a choice" } + warnings.filter { $0.contains("appears twice") }
        // A doubtful reading stands only when every check of section 三 then balances.
        let balances = Checks.applications(grid, edition: edition, standIn: standIn).allSatisfy { $0.ok == true }
        if fromTokens && !doubts.isEmpty && balances {
            warnings.append("section 三 was rebuilt from one-cell lines with choices (\(doubts.joined(separator: "; "))); every check balances")
        }
        if fromTokens && !doubts.isEmpty && !balances {
            // Only the rows whose place is certain stay: one label naming the row right before
            // exactly seven numbers that add up to their 总计, each row read once, and no check
            // among the kept rows failing.
            let certain = Set(keys.filter { key in
                guard let item = assigned[key], item.orderIsCertain, grid[key] == item.values else { return false }
                return Checks.applications([key: item.values], edition: edition).first { $0.rule == "applications.row_total" && $0.at == key }?.ok == true
            })
            var kept = grid.filter { certain.contains($0.key) }
            if Checks.applications(kept, edition: edition).contains(where: { $0.ok == false }) { kept = [:] }
            grid = kept
            extraRows = []
            repairs = []
            let keptNote = kept.isEmpty ? "its cells are left null"
                : "only the \(kept.count) rows whose label comes right before exactly seven numbers that add up are kept (\(keys.filter { kept[$0] != nil }.joined(separator: ", "))); the other cells are null"
            warnings = ["section 三 came one cell per line in an order that cannot be rebuilt with certainty (\(doubts.joined(separator: "; "))); \(keptNote)"]
            standIn = [:]
        }

        var missing: [String] = []
        let rows = template.rows.map { entry -> CanonicalRow in
            if let cells = grid[entry.key] { return CanonicalRow(key: entry.key, label: entry.label, cells: cells) }
            missing.append(entry.label)
            return CanonicalRow(key: entry.key, label: entry.label,
                                cells: [CellValue](repeating: .missing, count: ApplicationsReading.slots))
        }
        if !found {
            warnings.append("section 三 (收到和处理政府信息公开申请情况) has no table in the source; its cells are null")
        } else {
            // （六）其他处理 printed as one row stands in for its three sub-rows only where none of
            // them was printed.
            let subrowsPrinted = keys.contains { $0.hasPrefix("other_handling.") && assigned[$0] != nil }
            for label in missing where !(edition == .e2021 && label.contains("（六）其他处理") && standIn["other_handling"] != nil && !subrowsPrinted) {
                warnings.append("the source has no row \(label); its cells are null")
            }
        }
        table = CanonicalTable(id: Self.id, title: template.title, columns: template.columns, rows: rows, extraRows: extraRows)
        self.repairs = repairs
        self.warnings = warnings
        self.standIn = standIn
        self.solverNulls = solverNulls
    }
}
