/// Turns the rows read from section 三 into the edition's canonical grid.
struct ApplicationsTable {
    var table: CanonicalTable
    var repairs: [Repair] = []
    var warnings: [String] = []
    /// Extra rows that stand in for canonical rows of the other edition in the checks.
    var standIn: [String: [CellValue]] = [:]

    static let id = "applications"

    init(reading: ApplicationsReading, edition: Edition, found: Bool) {
        let template = Template.applications(edition)
        let keys = template.rows.map(\.key)
        let columnLabels = template.columns.map(\.label)
        var assigned: [String: ApplicationsReading.Item] = [:]
        var extras: [(key: String?, item: ApplicationsReading.Item)] = []
        var unplaced: [(index: Int, item: ApplicationsReading.Item)] = []
        var repairs: [Repair] = []
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

        // Rows no label names: placed by position when exactly one canonical row is free
        // between the recognized rows around them.
        for (index, item) in unplaced {
            let before = reading.items[..<index].reversed().compactMap { $0.key.flatMap { keys.firstIndex(of: $0) } }.first ?? -1
            let after = reading.items[(index + 1)...].compactMap { $0.key.flatMap { keys.firstIndex(of: $0) } }.first ?? keys.count
            let free = (before + 1 ..< after).filter { assigned[keys[$0]] == nil }
            let othersBetween = unplaced.filter { other in
                let b = reading.items[..<other.index].reversed().compactMap { $0.key.flatMap { keys.firstIndex(of: $0) } }.first ?? -1
                return b == before
            }.count
            if free.count == 1 && othersBetween == 1 && before < after {
                let key = keys[free[0]]
                assigned[key] = item
                repairs.append(Repair(table: Self.id, row: key,
                                      action: "row label \u{201C}\(item.label)\u{201D} not recognized; placed by its position between its neighbours"))
            } else {
                warnings.append("the row \u{201C}\(item.label)\u{201D} in section 三 is not a row of the national format; kept under extra_rows")
                extras.append((nil, item))
            }
        }

        // Values: exact rows are already one cell per column; approximate rows are fitted,
        // and rows that need a choice are placed by the checks once every other row is known.
        var grid: Checks.Grid = [:]
        var choose: [String] = []
        for (key, item) in assigned {
            if item.exact {
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
            let cells = item.exact ? item.values
                : (RowSplit.fit(item.values, slots: ApplicationsReading.slots)
                   ?? Placement.candidates(item.values, slots: ApplicationsReading.slots)[0])
            var label = item.label
            if let key {
                standIn[key] = cells
                // A row of the other edition is labelled as that edition labels it.
                let other = Template.applications(edition == .e2021 ? .e2019 : .e2021)
                label = other.rows.first { $0.key == key }?.label ?? label
            }
            extraRows.append(ExtraRow(key: key, label: label, cells: cells))
        }
        for key in choose.sorted(by: { keys.firstIndex(of: $0)! < keys.firstIndex(of: $1)! }) {
            let item = assigned[key]!
            let outcome = Placement.place(item.values, slots: ApplicationsReading.slots, columnLabels: columnLabels) { candidate in
                var trial = grid
                trial[key] = candidate
                return Checks.score(Checks.applications(trial, edition: edition, standIn: standIn))
            }
            grid[key] = outcome.cells
            repairs.append(Repair(table: Self.id, row: key, action: "the row has " + outcome.action))
            if !outcome.decidedByChecks {
                warnings.append("the row \(template.rows.first { $0.key == key }!.label) has \(item.values.filter { !$0.raw.isEmpty }.count) values for 7 columns; which cell is blank is a guess")
            }
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
            for label in missing where !(edition == .e2021 && label.contains("（六）其他处理") && standIn["other_handling"] != nil) {
                warnings.append("the source has no row \(label); its cells are null")
            }
        }
        table = CanonicalTable(id: Self.id, title: template.title, columns: template.columns, rows: rows, extraRows: extraRows)
        self.repairs = repairs
        self.warnings = warnings
        self.standIn = standIn
    }
}
