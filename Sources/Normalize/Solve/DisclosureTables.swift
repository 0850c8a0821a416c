import Extract

/// Rebuilds the tables of section 二 (主动公开政府信息情况, 第二十条 items 一 五 六 八 九).
///
/// Rows are recognized by their labels (`规章`, `行政许可` …) whether the four tables are
/// one source table (as in the national template) or separate ones under captions. A row's
/// values are the cells after its label, in order.
struct DisclosureReading {
    struct Row {
        var table: String
        var key: String?
        var label: String
        var values: [CellValue]
        /// True when the cells sit on a known grid, so a blank cell is a blank value.
        var exact: Bool
        /// True when the label's cell has digits. No label of section 二 has one: they are
        /// values that share the label's cell (a border missing between them, as on a scan
        /// whose dashed rules were lost), so the cells after the label are not the row's
        /// first columns.
        var labelHoldsValues = false
    }

    var rows: [Row] = []
    /// Which table (by id) the last caption named, for rows whose label is unknown.
    var currentTable: String?
    /// Header texts seen (`本年制发件数` …): they tell the edition.
    var headerKeys: [String] = []
    /// Items of 第二十条 whose caption was seen.
    var captions: Set<String> = []
    var found: Bool { !rows.isEmpty || !captions.isEmpty }

    mutating func caption(_ item: String) {
        captions.insert(item)
        currentTable = LabelMatcher.disclosureTable(item: item)
    }

    /// Reads a row in section 二; returns false when the row is not one of section 二's.
    @discardableResult
    mutating func read(_ row: SourceRow) -> Bool {
        let joined = row.joinedKey
        if let item = LabelMatcher.disclosureItem(row.cells.first { !$0.isBlank }?.text ?? ""),
           row.cells.filter({ !$0.isBlank }).count <= 2 {
            caption(item)
            return true
        }
        guard let labelIndex = row.cells.firstIndex(where: { !$0.isValueLike }) else {
            // A line of values under a label that has none (a label wrapped over lines, the
            // values on its middle line): the values are that row's.
            let values = row.cells.filter { !$0.isContinuation }.map(\.value)
            if let last = rows.indices.last, rows[last].key != nil, !rows[last].values.contains(where: { !$0.raw.isEmpty }),
               values.contains(where: { $0.number != nil || $0.isRun }) {
                rows[last].values = values
                rows[last].exact = row.geometry == .exact
                return true
            }
            return false
        }
        let label = row.cells[labelIndex].text
        let values = row.cells[(labelIndex + 1)...].filter { !$0.isContinuation }.map(\.value)
        if let (table, key) = LabelMatcher.disclosureRow(label) {
            currentTable = table
            rows.append(Row(table: table, key: key, label: TextClean.paragraph(label), values: values,
                            exact: row.geometry == .exact,
                            labelHoldsValues: label.unicodeScalars.contains(where: Characters.isDigit)))
            return true
        }
        if joined.has("信息内容") || Self.headerWords.contains(where: joined.has) {
            headerKeys.append(joined)
            return true
        }
        if let table = currentTable, values.contains(where: { $0.number != nil }) {
            rows.append(Row(table: table, key: nil, label: TextClean.paragraph(label), values: values,
                            exact: row.geometry == .exact))
            return true
        }
        return false
    }

    static let headerWords = ["制发件数", "废止件数", "现行有效", "处理决定数量", "收费金额", "新制作数量", "新公开数量",
                              "公开总数量", "上一年项目数量", "项目数量", "采购总金额", "增/减"]

    /// Votes for an edition from the header texts: positive for 2021, negative for 2019.
    var editionVote: Int {
        var vote = 0
        for key in headerKeys {
            for word in ["制发件数", "废止件数", "现行有效", "收费金额"] where key.has(word) { vote += 1 }
            for word in ["新制作数量", "新公开数量", "公开总数量", "上一年项目数量", "增/减", "采购项目数量", "采购总金额"] where key.has(word) { vote -= 1 }
        }
        if captions.contains("九") { vote -= 1 }
        if rows.contains(where: { $0.key == "other_external_management" || $0.key == "government_procurement" }) { vote -= 1 }
        return vote
    }
}

/// The section 二 tables of an edition, filled from what was read.
struct DisclosureTables {
    var tables: [CanonicalTable] = []
    /// Cells left null because a run or a short row could be read more than one way.
    var solverNulls: [GridSolver.Null] = []
    var repairs: [Repair] = []
    var warnings: [String] = []

    init(reading: DisclosureReading, edition: Edition) {
        let templates = Template.tables(edition).filter { $0.id.hasPrefix("disclosure_") }
        let ids = Set(templates.map(\.id))
        for row in reading.rows where !ids.contains(row.table) {
            warnings.append("the row \(row.label) belongs to a table the \(edition.rawValue) edition does not have; left out")
        }
        for template in templates {
            var cells: [String: [CellValue]] = [:]
            var extras: [ExtraRow] = []
            let width = template.columns.count
            for row in reading.rows where row.table == template.id {
                let printed = row.key.flatMap { key in template.rows.first { $0.key == key }?.label } ?? row.label
                let fitted = row.labelHoldsValues
                    ? heldByLabel(row, width: width)
                    : fit(row.values, columns: template.columns.map(\.label), label: printed, exact: row.exact,
                          at: (template.id, row.key ?? row.label))
                if let key = row.key, template.rows.contains(where: { $0.key == key }) {
                    if cells[key] == nil {
                        cells[key] = fitted
                    } else {
                        warnings.append("the row \(row.label) appears twice in \(template.title); the second is kept under extra_rows")
                        extras.append(ExtraRow(key: nil, label: row.label, cells: fitted))
                    }
                } else {
                    extras.append(ExtraRow(key: row.key, label: row.label, cells: fitted))
                }
            }
            let rows = template.rows.map { entry -> CanonicalRow in
                if let c = cells[entry.key] {
                    if c.allSatisfy({ $0.raw.isEmpty }), !solverNulls.contains(where: { $0.table == template.id && $0.row == entry.key }) {
                        warnings.append("the row \(entry.label) in \(template.title) has no values in the source; its cells are null")
                    }
                    return CanonicalRow(key: entry.key, label: entry.label, cells: c)
                }
                warnings.append("the source has no row \(entry.label) in \(template.title); its cells are null")
                return CanonicalRow(key: entry.key, label: entry.label, cells: [CellValue](repeating: .missing, count: width))
            }
            tables.append(CanonicalTable(id: template.id, title: template.title, columns: template.columns, rows: rows, extraRows: extras))
        }
    }

    /// The cells of a row whose label's cell holds values too: null, with a warning, as which
    /// column each value is cannot be told.
    private mutating func heldByLabel(_ row: DisclosureReading.Row, width: Int) -> [CellValue] {
        warnings.append("the row \(row.label) has values in its label's cell; which column each value is cannot be told, so its cells are null")
        return [CellValue](repeating: .missing, count: width)
    }

    /// Every reading of a row that does not say which cell each value is, weighed by the solver
    /// (with no identities: only a reading that is the only one stands).
    private mutating func solve(_ values: [CellValue], columns: [String], label: String, at: (table: String, row: String),
                                source: String) -> [CellValue] {
        let width = columns.count
        let readings = RowReadings.readings(values, slots: width)
        let choice = GridSolver.Choice(table: at.table, row: at.row, source: "\(label): \(source)",
                                       readings: (readings ?? []).map { [at.row: $0] }, unread: readings == nil,
                                       isRepair: values.contains(where: \.isRun))
        let solved = GridSolver.solve(grid: [:], choices: [choice], columnLabels: columns, identities: [])
        repairs += solved.repairs
        warnings += solved.warnings
        solverNulls += solved.unplaced
        return solved.grid[at.row] ?? [CellValue](repeating: .missing, count: width)
    }

    private mutating func fit(_ values: [CellValue], columns: [String], label: String, exact: Bool,
                              at: (table: String, row: String)) -> [CellValue] {
        let width = columns.count
        // Digits run together: section 二 has no identities inside one report, so the solver
        // reads a run only where one cut is the only one (`000` into three cells).
        if values.contains(where: \.isRun) {
            return solve(values, columns: columns, label: label, at: at, source: "the digits \(values.filter { !$0.raw.isEmpty }.map(\.raw).joined(separator: " ")) run together")
        }
        var v = values
        while v.count > width, v.last?.raw.isEmpty == true { v.removeLast() }
        // Without a grid, blank cells may be alignment gaps: drop them while there are too many.
        while !exact, v.count > width, let blank = v.firstIndex(where: { $0.raw.isEmpty }) { v.remove(at: blank) }
        if v.count > width {
            // Section 二 has no checks to tell which cells are the row's: leaving the last ones
            // out kept a part of a number a PDF extraction had spaced (`447 228` read 447).
            warnings.append("the row \(label) has \(v.count) cells for \(width) columns; which are its values cannot be told, so its cells are null")
            v = [CellValue](repeating: .missing, count: width)
        }
        if v.count < width {
            // Without a grid, which cell is missing cannot be told (section 二 has no checks to
            // tell it): filling from the left put `3 42` of `４ ３ ４２` under the wrong columns.
            if !exact, v.contains(where: { $0.number != nil }) {
                return solve(v, columns: columns, label: label, at: at, source: "\(v.filter { !$0.raw.isEmpty }.count) values for \(width) columns")
            }
            if v.contains(where: { !$0.raw.isEmpty }) {
                warnings.append("the row \(label) has \(v.count) cells for \(width) columns; the missing cells are null")
            }
            v += [CellValue](repeating: .missing, count: width - v.count)
        }
        return v
    }
}
