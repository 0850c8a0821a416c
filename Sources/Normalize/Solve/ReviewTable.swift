/// Rebuilds section 四 (行政复议、行政诉讼情况): the source prints one row of 15 numbers
/// (行政复议 5, 未经复议直接起诉 5, 复议后起诉 5), or, in some reports, three labelled
/// rows of five; the canonical grid is 3 × 5.
struct ReviewReading {
    var rows: [SourceRow] = []
    /// True when the numbers came as one-cell lines, whose order extraction may have mixed.
    var fromTokens = false
    /// True when those lines had labels woven in among one row's numbers (`TokenTable`).
    var tokensInterleaved = false
    var found: Bool { !rows.isEmpty }
    mutating func read(_ row: SourceRow) { rows.append(row) }
}

struct ReviewTable {
    var table: CanonicalTable
    var repairs: [Repair] = []
    var warnings: [String] = []
    /// Cells the solver left null, with its reason.
    var solverNulls: [GridSolver.Null] = []

    static let id = "review_litigation"
    static let slots = 15

    init(reading: ReviewReading, found: Bool) {
        let template = Template.reviewLitigation
        var grid: Checks.Grid = [:]
        var repairs: [Repair] = []
        var warnings: [String] = []
        var solverNulls: [GridSolver.Null] = []

        // The three-row layout: rows labelled 行政复议 / 未经复议直接起诉 / 复议后起诉 with values.
        var labelled: Checks.Grid = [:]
        for row in reading.rows where row.hasNumber {
            let split = RowSplit(row, slots: 5)
            guard let key = LabelMatcher.reviewRow(split.allLabels), labelled[key] == nil else { continue }
            if let cells = RowSplit.fit(split.values, slots: 5) {
                labelled[key] = cells
            } else if split.values.contains(where: \.isRun), let readings = RowReadings.readings(split.values, slots: 5),
                      readings.count == 1 {
                labelled[key] = readings[0]
            }
        }
        if labelled.count >= 2 {
            grid = labelled
        } else {
            // The one-row layout: the value cells of the rows that are not headers, in order.
            var values: [CellValue] = []
            var exact = false
            for row in reading.rows {
                let isHeader = !row.hasNumber && LabelMatcher.isReviewHeader(row.joinedKey)
                if isHeader { continue }
                var cells = row.cells[...]
                // A row of numbers may open with its own label (数量, 件数): its values are the
                // cells after the label cells.
                if row.hasNumber, let last = cells.lastIndex(where: { !$0.isValueLike }),
                   cells[..<last].allSatisfy({ !$0.isValueLike || $0.isBlank }) {
                    cells = cells[(last + 1)...]
                }
                guard cells.allSatisfy(\.isValueLike) else { continue }
                if row.geometry == .exact && cells.count == Self.slots {
                    exact = true
                    values += cells.map { $0.isContinuation ? .missing : $0.value }
                } else if row.geometry == .exact && row.columnCount >= Self.slots {
                    exact = true
                    var slots = [CellValue](repeating: .missing, count: Self.slots)
                    let start = row.columnCount - Self.slots
                    for cell in cells where cell.column >= start && !cell.isContinuation { slots[cell.column - start] = cell.value }
                    values += slots
                } else {
                    values += cells.map(\.value)
                }
                if values.filter({ !$0.raw.isEmpty }).count >= Self.slots { break }
            }
            var cells: [CellValue]
            if exact && values.count == Self.slots && !values.contains(where: \.isRun) {
                cells = values
            } else if !values.contains(where: \.isRun), let fitted = RowSplit.fit(values, slots: Self.slots) {
                cells = fitted
            } else if values.allSatisfy({ $0.raw.isEmpty }) {
                cells = [CellValue](repeating: .missing, count: Self.slots)
            } else {
                let labels = template.rows.flatMap { r in template.columns.map { "\(r.label) \($0.label)" } }
                let readings = RowReadings.readings(values, slots: Self.slots)
                let source = values.contains(where: \.isRun)
                    ? "the digits \(values.first(where: \.isRun)!.raw) run together"
                    : "\(values.filter { !$0.raw.isEmpty }.count) values for 15 cells"
                let choice = GridSolver.Choice(table: Self.id, row: "*", source: source,
                                               readings: (readings ?? []).map { Self.grid($0) }, unread: readings == nil, isRepair: values.contains(where: \.isRun))
                let solved = GridSolver.solve(grid: [:], choices: [choice], columnLabels: labels.prefix(5).map { $0 },
                                              identities: Checks.reviewIdentities())
                cells = template.rows.flatMap { solved.grid[$0.key] ?? [CellValue](repeating: .missing, count: 5) }
                repairs += solved.repairs
                warnings += solved.warnings
                solverNulls = solved.unplaced
            }
            grid = Self.grid(cells)
        }
        if !found {
            warnings.append("section 四 (行政复议、行政诉讼情况) has no table in the source; its cells are null")
        }
        // Numbers read from one-cell lines are in extraction order, which for this table is
        // often not the printed order; unless the row totals confirm them, they are not kept.
        if reading.fromTokens, reading.tokensInterleaved {
            grid = [:]
            warnings.append("section 四's numbers come one cell per line with header words among a row's numbers, so their order may not be the printed one; its cells are left null")
        } else if reading.fromTokens, Checks.reviewLitigation(grid).contains(where: { $0.ok != true }) {
            grid = [:]
            warnings.append("section 四's numbers come in an order that does not add up (one cell per line, out of order); its cells are left null")
        }
        let rows = template.rows.map { entry in
            CanonicalRow(key: entry.key, label: entry.label,
                         cells: grid[entry.key] ?? [CellValue](repeating: .missing, count: 5))
        }
        if found, warnings.isEmpty, rows.allSatisfy({ $0.cells.allSatisfy(\.raw.isEmpty) }) {
            warnings.append("section 四's table has no values in the source (a header without its value row, or blank cells); its cells are null")
        }
        table = CanonicalTable(id: Self.id, title: template.title, columns: template.columns, rows: rows, extraRows: [])
        self.repairs = repairs
        self.warnings = warnings
        self.solverNulls = solverNulls
    }

    static func grid(_ cells: [CellValue]) -> Checks.Grid {
        let keys = Template.reviewLitigation.rows.map(\.key)
        var grid: Checks.Grid = [:]
        for (i, key) in keys.enumerated() where cells.count >= (i + 1) * 5 {
            grid[key] = Array(cells[(i * 5)..<((i + 1) * 5)])
        }
        return grid
    }
}
