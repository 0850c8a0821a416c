/// Rebuilds section 三 (收到和处理政府信息公开申请情况) from its source rows.
///
/// Rows are recognized by their labels (`LabelMatcher`), wherever the label sits in the row
/// (a row drifted to column 0 reads like its neighbours). Label fragments wrapped onto rows
/// of their own join the row before them; a row of values with no label joins the label row
/// before it when that row has no values. A row that no label names is placed by its
/// position between recognized rows when exactly one canonical row is free there; otherwise
/// it is kept under `extra_rows`.
struct ApplicationsReading {
    struct Item {
        var key: String?
        var labels: [String]
        var values: [CellValue]
        var exact: Bool
        var ruled: Bool = false
        /// Cut from one-cell lines with its place certain (`SourceRow.orderIsCertain`), and not
        /// joined with another row since.
        var orderIsCertain = false
        var hasValues: Bool { values.contains { !$0.raw.isEmpty } }
        var label: String { TextClean.paragraph(labels.map { $0.trimmingSpaces() }.joined(separator: " ")) }
    }

    /// Recognized rows in source order (key set), and unrecognized rows with values (key nil).
    var items: [Item] = []

    static let slots = 7

    init(rows: [SourceRow]) {
        var pending: [String] = []
        var inHeader = true
        for row in rows {
            let joined = row.joinedKey
            if joined.isEmpty { continue }
            if LabelMatcher.isApplicationsHeader(joined) && !row.hasNumber { continue }
            let split = RowSplit(row, slots: Self.slots)
            let key = LabelMatcher.applicationKey(last: split.lastLabel, all: split.allLabels)
            // Until the first row of data, a line without numbers is a piece of the header,
            // even where a header split over lines leaves a word that names a row (其他, 总计).
            if inHeader && !row.hasNumber && (key == nil || Self.headerWords.contains(key!)) { continue }
            if row.hasNumber || key != nil { inHeader = false }
            if split.labels.isEmpty && !split.hasValues { continue }
            // A drawn label cell holding the labels of two rows (the border between them lost):
            // which of the two its values are cannot be told, so they are unreadable.
            if split.ruled, split.hasValues, LabelMatcher.applicationKeys(split.lastLabel).count > 1 {
                items.append(Item(key: nil, labels: split.labels, values: split.values.madeUnreadable,
                                  exact: split.exact, ruled: split.ruled))
                continue
            }
            // One label cell over this row of values and the one above: which of the two rows
            // it names cannot be told, so the numbers of both are unreadable (null, with a
            // warning), never put on a row by a label that may be the other's.
            if split.labelContinues, split.hasValues, let last = items.indices.last, items[last].hasValues, items[last].ruled {
                items[last].values = items[last].values.madeUnreadable
                items.append(Item(key: nil, labels: [], values: split.values.madeUnreadable,
                                  exact: split.exact, ruled: split.ruled))
                continue
            }
            let continues = !split.labels.isEmpty && !Self.startsItem(split.allLabels)
            if var last = items.last, let merged = Self.merge(&last, with: split, key: key, continues: continues) {
                if merged {
                    last.orderIsCertain = false
                    // Values on the lines both above and below a label with none (vertically
                    // centred cells): either line may be the row's, so its numbers are unreadable.
                    if split.labels.isEmpty, !items[items.count - 1].hasValues, items.count >= 2,
                       items[items.count - 2].key == nil, items[items.count - 2].labels.isEmpty, items[items.count - 2].hasValues {
                        last.values = last.values.madeUnreadable
                    }
                    items[items.count - 1] = last
                }
                continue
            }
            if key == nil && !split.hasValues {
                // A label fragment that starts a new item: it labels the row after it.
                pending.append(split.allLabels)
                continue
            }
            var labels = split.labels
            var resolved = key
            if !pending.isEmpty {
                labels = pending + labels
                if resolved == nil { resolved = LabelMatcher.applicationKey(labels.joined()) }
                pending = []
            }
            items.append(Item(key: resolved, labels: labels, values: split.values, exact: split.exact, ruled: split.ruled,
                              orderIsCertain: row.orderIsCertain && pending.isEmpty))
        }
        joinWrappedNumbers()
    }

    /// Repairs made while reading (numbers joined back together).
    var repairs: [Repair] = []

    /// A number wrapped inside a narrow cell comes out as digits on the line above and/or
    /// below its row (`2` / row with a blank / `73`). Such lone digits in the same column
    /// are joined to the row's cell when the row's 总计 then adds up, and only then.
    mutating func joinWrappedNumbers() {
        func lone(_ i: Int) -> (slot: Int, text: String)? {
            guard items.indices.contains(i), items[i].key == nil, items[i].labels.isEmpty, items[i].exact, !items[i].ruled
            else { return nil }
            let filled = items[i].values.indices.filter { !items[i].values[$0].raw.isEmpty }
            guard filled.count == 1, items[i].values[filled[0]].number != nil else { return nil }
            return (filled[0], items[i].values[filled[0]].raw)
        }
        func adds(_ values: [CellValue]) -> Bool? {
            Checks.make(rule: "", at: "", label: "", left: [Checks.Term(name: "", cell: values[6])],
                        right: (0..<6).map { Checks.Term(name: "", cell: values[$0]) }).ok
        }
        var m = 0
        while m < items.count {
            guard let key = items[m].key, items[m].exact, !items[m].ruled, items[m].values.count == Self.slots,
                  adds(items[m].values) != true else { m += 1; continue }
            let above = lone(m - 1), below = lone(m + 1)
            for slot in Set([above?.slot, below?.slot].compactMap { $0 }) {
                let top = above?.slot == slot ? above!.text : ""
                let bottom = below?.slot == slot ? below!.text : ""
                var values = items[m].values
                values[slot] = CellValue(source: top + values[slot].raw + bottom)
                guard adds(values) == true else { continue }
                repairs.append(Repair(table: "applications", row: key,
                                      action: "digits wrapped over lines in one cell joined: \(top)|\(items[m].values[slot].raw)|\(bottom) → \(values[slot].raw)"))
                items[m].values = values
                if !bottom.isEmpty { items.remove(at: m + 1) }
                if !top.isEmpty { items.remove(at: m - 1); m -= 1 }
                break
            }
            m += 1
        }
    }

    /// Keys a fragment of the column headers can match: the columns 其他 and 总计.
    static let headerWords: Set<String> = ["other_handling.other", "result_total"]

    /// True when a label begins like a new row (`3.`, `（七）`, `四、`), not like the rest of one.
    static func startsItem(_ label: String) -> Bool {
        let key = TextClean.matchKey(label)
        return LabelMatcher.stripNumbering(key) != key
    }

    /// Joins a row that a wrap split off into the item above it. Returns nil when the row is
    /// an item of its own, true when it was merged into `last`.
    ///
    /// - A label fragment with no values continues the label above (wrapped label).
    /// - A label-only line that names a row completes the row above when that row has values
    ///   but no name (`4.无正当理由` + values / `大量反复申请`).
    /// - A row with values completes the row above when that row is named but has no values
    ///   (`1.本机关不掌握相` / `关政府信息` + values, or the values alone on the next line).
    /// - A line of values (alone, or after the rest of a wrapped label) fills the blank cells of
    ///   the row above when no cell is taken twice and the row then adds up (a value printed
    ///   a line higher than the rest of its row).
    static func merge(_ last: inout Item, with split: RowSplit, key: String?, continues: Bool) -> Bool? {
        let hasValues = split.hasValues
        if !hasValues && continues && (key == nil || (last.key == nil && last.hasValues)) {
            last.labels.append(split.allLabels)
            if last.key == nil || key != nil { last.key = LabelMatcher.applicationKey(last.labels.joined()) ?? key }
            return true
        }
        if hasValues && !last.hasValues && last.key != nil && (split.labels.isEmpty || (key == nil && continues)) {
            last.labels += split.labels
            last.values = split.values
            last.exact = split.exact
            last.ruled = split.ruled
            return true
        }
        if hasValues && (split.labels.isEmpty || (key == nil && continues)) && last.hasValues && !split.ruled && !last.ruled,
           let above = last.exact ? last.values : RowSplit.fit(last.values, slots: slots),
           let below = split.exact ? split.values : RowSplit.fit(split.values, slots: slots),
           zip(above, below).allSatisfy({ $0.raw.isEmpty || $1.raw.isEmpty }), above.contains(where: { $0.raw.isEmpty }) {
            let joined = zip(above, below).map { $0.raw.isEmpty ? $1 : $0 }
            // Kept only if the joined row adds up, or cannot be added up yet.
            let total = Checks.make(rule: "", at: "", label: "", left: [Checks.Term(name: "", cell: joined[6])],
                                    right: (0..<6).map { Checks.Term(name: "", cell: joined[$0]) })
            guard total.ok != false else { return nil }
            last.labels += split.labels
            last.values = joined
            return true
        }
        return nil
    }
}
