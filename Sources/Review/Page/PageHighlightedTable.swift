/// A report's table rebuilt as HTML with the cells a finding read marked `<td class="hit">`.
///
/// Cells are matched by their whole address (`table.row.column`), never by splitting it on
/// dots: row keys have dots of their own (`withheld.state_secret`).
///
/// A table of more than `wholeTableRows` rows shows only the rows that hold a marked cell,
/// each gap as one row saying how many rows it leaves out (`⋯ 省略 5 行`).
struct PageHighlightedTable {
    /// The most rows a table is shown whole with. Every table but section 三's has at most a
    /// dozen rows and reads best whole; section 三's 28 rows, repeated under each of a batch's
    /// thousands of findings, would make the page hundreds of megabytes, and a finding names
    /// a few of its rows (a column-sum check, which names them all, still shows them all).
    static let wholeTableRows = 12

    var table: PageTable
    /// The addresses to mark.
    var hits: Set<String>

    /// The tables of `report` that hold at least one of `cells`, in the report's order.
    static func containing(_ cells: [String], in report: PageReport) -> [PageHighlightedTable] {
        let wanted = Set(cells)
        return report.tables.compactMap { table in
            let mine = wanted.filter { table.holds(address: $0) }
            return mine.isEmpty ? nil : PageHighlightedTable(table: table, hits: mine)
        }
    }

    func html() -> String {
        var out = "<table class=\"rebuilt\" data-table=\"\(PageHTMLText.escape(table.id))\">\n"
        out += "<caption>\(PageHTMLText.escape(table.title))</caption>\n"
        out += "<thead><tr><th scope=\"col\">项目</th>"
        for label in table.columnLabels {
            out += "<th scope=\"col\">\(PageHTMLText.escape(label))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        let whole = table.rows.count <= Self.wholeTableRows
        var skipped = 0
        func gap() {
            guard skipped > 0 else { return }
            out += "<tr class=\"gap\"><td colspan=\"\(table.columnKeys.count + 1)\">⋯ 省略 \(skipped) 行</td></tr>\n"
            skipped = 0
        }
        for row in table.rows {
            if !whole && !table.columnKeys.contains(where: { hits.contains(table.address(row: row, column: $0)) }) {
                skipped += 1
                continue
            }
            gap()
            out += "<tr><th scope=\"row\">\(PageHTMLText.escape(row.label))</th>"
            for (index, column) in table.columnKeys.enumerated() {
                let address = table.address(row: row, column: column)
                let raw = index < row.raw.count ? row.raw[index] : nil
                var classes: [String] = []
                if hits.contains(address) { classes.append("hit") }
                if raw == nil { classes.append("blank") }
                let classAttribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
                out += "<td\(classAttribute) data-cell=\"\(PageHTMLText.escape(address))\">\(PageHTMLText.escape(raw ?? ""))</td>"
            }
            out += "</tr>\n"
        }
        gap()
        out += "</tbody>\n</table>\n"
        return out
    }
}

extension PageTable {
    /// Whether `address` names one of this table's cells.
    func holds(address: String) -> Bool {
        guard address.hasPrefix(id + ".") else { return false }
        return rows.contains { row in columnKeys.contains { self.address(row: row, column: $0) == address } }
    }
}
