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
        var hasValues: Bool { values.contains { !$0.raw.isEmpty } }
        var label: String { TextClean.paragraph(labels.map { $0.trimmingSpaces() }.joined(separator: " ")) }
    }

    /// Recognized rows in source order (key set), and unrecognized rows with values (key nil).
    var items: [Item] = []
    var sawOtherHandlingSubrows: Bool { items.contains { $0.key?.hasPrefix("other_handling.") == true && $0.key != "other_handling.other" || $0.key == "other_handling.other" } }
    var sawOtherHandlingGroupWithValues: Bool { items.contains { $0.key == "other_handling" && $0.hasValues } }

    static let slots = 7

    init(rows: [SourceRow]) {
        var pending: [String] = []
        for row in rows {
            let joined = row.joinedKey
            if joined.isEmpty { continue }
            if LabelMatcher.isApplicationsHeader(joined) && !row.hasNumber { continue }
            let split = RowSplit(row, slots: Self.slots)
            let key = LabelMatcher.applicationKey(last: split.lastLabel, all: split.allLabels)
            if split.labels.isEmpty && !split.hasValues { continue }
            if key == nil && !split.hasValues {
                // A label fragment: it continues the row above unless it starts a new item.
                let fragment = split.allLabels
                let startsItem = LabelMatcher.stripNumbering(TextClean.matchKey(fragment)) != TextClean.matchKey(fragment)
                if !startsItem, var last = items.last {
                    last.labels.append(fragment)
                    if last.key == nil { last.key = LabelMatcher.applicationKey(last.labels.joined()) }
                    items[items.count - 1] = last
                } else {
                    pending.append(fragment)
                }
                continue
            }
            if key == nil && split.labels.isEmpty, var last = items.last, !last.hasValues, split.hasValues {
                // Values pushed onto a line of their own below their label.
                last.values = split.values
                last.exact = split.exact
                items[items.count - 1] = last
                continue
            }
            var labels = split.labels
            var resolved = key
            if !pending.isEmpty {
                labels = pending + labels
                if resolved == nil { resolved = LabelMatcher.applicationKey(labels.joined()) }
                pending = []
            }
            items.append(Item(key: resolved, labels: labels, values: split.values, exact: split.exact))
        }
    }
}
