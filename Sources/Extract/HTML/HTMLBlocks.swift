/// Turns the elements of a page into the model's blocks, in reading order, as the DOCX reader
/// does for a Word body: block elements (`p`, `div`, `h1`–`h6`, `li`, `tr`…) end paragraphs;
/// tables keep their merged-cell structure; what a reader does not see is left out
/// (`HTMLVisibility`).
///
/// - A cell's paragraphs (several `<p>`, `<br>`) are its text joined with `\n`; tables inside
///   it are its `nestedTables`.
/// - A table framing others (every row one cell, and a table inside) is a layout frame, as
///   in Word documents saved from web editors: what it frames is read in its place.
/// - A link whose text is a report's title (another year's report, a related report) is left
///   out, so it never gives the report a title or a year.
struct HTMLBlocks {
    /// Elements that end the paragraph before them and start a new one.
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th",
        "blockquote", "section", "article", "header", "footer", "nav", "aside", "main", "center", "form",
        "hr", "address", "pre", "figure", "figcaption", "caption", "body", "html", "fieldset", "legend",
        "thead", "tbody", "tfoot", "menu", "details", "summary",
    ]

    private let tree: HTMLTree
    private let limits: ReadLimits
    private var cellCount = 0
    private(set) var warnings: [String] = []

    init(tree: HTMLTree, limits: ReadLimits) {
        self.tree = tree
        self.limits = limits
    }

    /// The blocks inside an element (not the element's own box: a frame cell read in place).
    mutating func blocks(inside index: Int) throws -> [Block] {
        var blocks: [Block] = []
        var text = HTMLText()
        try content(of: index, into: &blocks, text: &text)
        flush(&text, into: &blocks)
        return blocks
    }

    private func flush(_ text: inout HTMLText, into blocks: inout [Block]) {
        if !text.isBlank {
            let folded = text.folded
            if !folded.isEmpty { blocks.append(.paragraph(Paragraph(text: folded))) }
        }
        text.clear()
    }

    private mutating func content(of index: Int, into blocks: inout [Block], text: inout HTMLText,
                                  preformatted: Bool = false) throws {
        for child in tree[index].children {
            let node = tree[child]
            guard let name = node.name else {
                // In `<pre>` (a text dump put on a page) every line end is a line.
                text.append(preformatted ? node.text.replacing("\n", with: String(HTMLText.lineBreak)) : node.text)
                continue
            }
            if HTMLVisibility.isLeftOut(node) { continue }
            switch name {
            case "br":
                text.breakLine()
            case "table":
                flush(&text, into: &blocks)
                try table(child, into: &blocks)
            case "a" where node.attributes["href"] != nil && Self.isReportTitle(tree.rawText(of: child)):
                continue
            default:
                let inPre = preformatted || name == "pre"
                if Self.blockElements.contains(name) {
                    flush(&text, into: &blocks)
                    try content(of: child, into: &blocks, text: &text, preformatted: inPre)
                    flush(&text, into: &blocks)
                } else {
                    try content(of: child, into: &blocks, text: &text, preformatted: inPre)
                }
            }
        }
    }

    /// True for the text of a link to a report (`…2022年政府信息公开工作年度报告`).
    static func isReportTitle(_ text: String) -> Bool {
        text.unicodeScalars.count <= HTMLArticle.maxTitleLength
            && (HTMLTree.contains(text, "年度报告") || HTMLTree.contains(text, "年报")) && HTMLTree.contains(text, "公开")
    }

    // MARK: Tables

    /// The rows of a table: its own `tr`, directly or in `thead`/`tbody`/`tfoot`, never those
    /// of a table inside it.
    private func rowElements(of table: Int) -> [Int] {
        var rows: [Int] = []
        for child in tree[table].children {
            let node = tree[child]
            guard let name = node.name, !HTMLVisibility.isLeftOut(node) else { continue }
            if name == "tr" { rows.append(child) }
            if name == "thead" || name == "tbody" || name == "tfoot" {
                rows += node.children.filter { tree[$0].name == "tr" && !HTMLVisibility.isLeftOut(tree[$0]) }
            }
        }
        return rows
    }

    private mutating func table(_ index: Int, into blocks: inout [Block]) throws {
        for child in tree[index].children where tree[child].name == "caption" && !HTMLVisibility.isLeftOut(tree[child]) {
            blocks += try self.blocks(inside: child) as [Block]
        }
        let rowIndices = rowElements(of: index)
        var sourceRows: [[HTMLTableGrid.SourceCell]] = []
        var cellBlocks: [[Block]] = []
        for (r, row) in rowIndices.enumerated() {
            var cells: [HTMLTableGrid.SourceCell] = []
            for cell in tree[row].children where (tree[cell].name == "td" || tree[cell].name == "th") && !HTMLVisibility.isLeftOut(tree[cell]) {
                cellCount += 1
                if cellCount > limits.maxCells {
                    throw ExtractError.limitExceeded("the HTML page has more than \(limits.maxCells) table cells")
                }
                let inner = try self.blocks(inside: cell)
                cellBlocks.append(inner)
                var texts: [String] = []
                var nested: [Table] = []
                for block in inner {
                    switch block {
                    case .paragraph(let p): texts.append(p.text)
                    case .table(let t): nested.append(t)
                    }
                }
                let node = tree[cell]
                cells.append(.init(
                    text: texts.joined(separator: "\n"), nested: nested,
                    rowSpan: HTMLTableGrid.span(node.attributes["rowspan"], max: HTMLTableGrid.maxRowSpan, zeroMeans: rowIndices.count - r),
                    columnSpan: HTMLTableGrid.span(node.attributes["colspan"], max: HTMLTableGrid.maxColumnSpan)))
            }
            sourceRows.append(cells)
        }
        // A layout frame: every row one cell, and a table inside. Its cells are read in place.
        let isFrame = !sourceRows.isEmpty && sourceRows.allSatisfy { $0.count <= 1 }
            && sourceRows.contains { $0.contains { !$0.nested.isEmpty } }
        if isFrame {
            for inner in cellBlocks { blocks += inner }
            return
        }
        guard sourceRows.contains(where: { !$0.isEmpty }) else { return }
        var grid = HTMLTableGrid()
        let rows = grid.place(sourceRows)
        warnings += grid.warnings
        blocks.append(.table(Table(rows: rows, geometry: .exact)))
    }
}
