/// A report's table rebuilt as HTML with the cells a finding read marked `<td class="hit">`.
///
/// Cells are matched by their whole address (`table.row.column`), never by splitting it on
/// dots: row keys have dots of their own (`withheld.state_secret`).
struct HighlightedTable {
    var table: PageTable
    /// The addresses to mark.
    var hits: Set<String>

    /// The tables of `report` that hold at least one of `cells`, in the report's order.
    static func containing(_ cells: [String], in report: PageReport) -> [HighlightedTable] {
        let wanted = Set(cells)
        return report.tables.compactMap { table in
            let mine = wanted.filter { table.holds(address: $0) }
            return mine.isEmpty ? nil : HighlightedTable(table: table, hits: mine)
        }
    }

    func html() -> String {
        var out = "<table class=\"rebuilt\" data-table=\"\(HTMLText.escape(table.id))\">\n"
        out += "<caption>\(HTMLText.escape(table.title))</caption>\n"
        out += "<thead><tr><th scope=\"col\">项目</th>"
        for label in table.columnLabels {
            out += "<th scope=\"col\">\(HTMLText.escape(label))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr><th scope=\"row\">\(HTMLText.escape(row.label))</th>"
            for (index, column) in table.columnKeys.enumerated() {
                let address = table.address(row: row, column: column)
                let raw = index < row.raw.count ? row.raw[index] : nil
                var classes: [String] = []
                if hits.contains(address) { classes.append("hit") }
                if raw == nil { classes.append("blank") }
                let classAttribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
                out += "<td\(classAttribute) data-cell=\"\(HTMLText.escape(address))\">\(HTMLText.escape(raw ?? ""))</td>"
            }
            out += "</tr>\n"
        }
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
