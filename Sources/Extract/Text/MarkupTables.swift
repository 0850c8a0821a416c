import FoundationEssentials

/// Rewrites the tables that Markdown and HTML converters write into the TAB rows the text
/// reader reads: one table row per line, cells separated by TAB.
///
/// Converters users run on a DOCX report write its tables as markup:
/// - pipe tables (`| a | b |` with a `| --- |` rule; `pandoc -t markdown/gfm`, `markitdown`);
/// - grid tables (`+----+----+` rules, a cell's text over several `|` lines; `pandoc -t markdown`);
/// - HTML tables (`<table>`, `<tr>`, `<td colspan rowspan>`; `pandoc -t markdown/gfm` for
///   tables with merged cells).
/// Left as they are, their `|` and tags were read as cell text or prose (`|243.22`, a label
/// taking its row's first value). Each row becomes a line of TAB-separated cells; an HTML
/// cell spanning rows or columns keeps its text in its first grid slot and leaves the others
/// empty, as a DOCX grid does. Everything else in the text is kept byte for byte.
enum MarkupTables {
    static func rewrite(_ text: String) -> String {
        // Cheap test first: most dumps have no markup table.
        guard text.contains("|") || text.contains("<table") || text.contains("<TABLE") || text.contains("----")
                || text.contains("\\\n")
        else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out: [String] = []
        out.reserveCapacity(lines.count)
        var changed = false
        var i = 0
        while i < lines.count {
            let line = lines[i]
            let trimmed = trim(line)
            if hasTablePrefix(trimmed, "<table") {
                // An HTML table: up to its </table>.
                var end = i
                var html = ""
                var depth = 0
                var nested = false
                while end < lines.count {
                    html += lines[end] + "\n"
                    let lower = lines[end].lowercased()
                    let opens = lower.components(separatedBy: "<table").count - 1
                    if depth > 0 && opens > 0 { nested = true }
                    depth += opens - (lower.components(separatedBy: "</table>").count - 1)
                    if depth <= 0 { break }
                    end += 1
                }
                if nested, let content = frameContent(html) {
                    // A one-cell table holding tables is a layout frame (a report saved from a
                    // web editor): its content is read in its place.
                    out.append(contentsOf: rewrite(content).split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
                } else {
                    out.append(contentsOf: htmlRows(html).map { $0.joined(separator: "\t") })
                }
                changed = true
                i = end + 1
                continue
            }
            if isGridRule(trimmed) {
                // A grid table: rules and `|` lines until a line that is neither.
                var rows: [[String]] = []
                var pending: [[String]] = []
                // The cell's lines as written, for a one-column table (see below).
                var inner: [String] = []
                var oneColumn = true
                var end = i
                while end < lines.count {
                    let t = trim(lines[end])
                    if isGridRule(t) {
                        if !pending.isEmpty { rows.append(joinFragments(pending)); pending = [] }
                        inner.append("")
                    } else if t.hasPrefix("|"), t.hasSuffix("|"), t.count >= 2 {
                        let cells = pipeCells(t)
                        if cells.count != 1 { oneColumn = false }
                        pending.append(cells)
                        inner.append(frameLine(t))
                    } else {
                        break
                    }
                    end += 1
                }
                if !pending.isEmpty { rows.append(joinFragments(pending)) }
                if oneColumn, inner.filter({ !$0.isEmpty }).count >= Self.minFrameLines {
                    // No table of the national format has one column: a one-column grid table
                    // is a layout frame (pandoc writes a report kept in a one-cell table so),
                    // and its lines are read in its place, nested tables and all.
                    out.append(contentsOf: rewrite(inner.joined(separator: "\n")).split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
                    changed = true
                    i = end
                    continue
                }
                out.append(contentsOf: rows.filter { $0.contains { !$0.isEmpty } }.map { $0.joined(separator: "\t") })
                changed = true
                i = end
                continue
            }
            if let columns = columnRule(line), let table = dashRuleTable(lines, ruleAt: i, columns: columns, emitted: &out) {
                out.append(contentsOf: table.rows.map { $0.joined(separator: "\t") })
                changed = true
                i = table.end
                continue
            }
            if isPipeRow(trimmed) {
                // A pipe table: consecutive `|` rows, at least one of them a `| --- |` rule.
                var end = i
                var hasRule = false
                while end < lines.count, isPipeRow(trim(lines[end])) {
                    if isPipeRule(trim(lines[end])) { hasRule = true }
                    end += 1
                }
                if hasRule {
                    for index in i..<end {
                        let t = trim(lines[index])
                        if isPipeRule(t) { continue }
                        let cells = pipeCells(t)
                        // markitdown writes an empty header row for a table whose first row it took as body.
                        if cells.allSatisfy(\.isEmpty) { continue }
                        out.append(cells.joined(separator: "\t"))
                    }
                    changed = true
                    i = end
                    continue
                }
            }
            // pandoc's Markdown hard line break: a backslash at the end of a line.
            if line.hasSuffix("\\"), !line.hasSuffix("\\\\") {
                out.append(String(line.dropLast()))
                changed = true
            } else {
                out.append(line)
            }
            i += 1
        }
        return changed ? out.joined(separator: "\n") : text
    }

    // MARK: - Pipe and grid tables

    /// Lines a one-column grid table must hold to be read as a frame rather than as a list of
    /// one-cell rows: a frame holds a report, a title box holds a line or two.
    static let minFrameLines = 3

    /// A one-column grid-table line's text with its `|` borders and their padding removed, the
    /// inner alignment kept (nested tables are aligned by their spaces).
    static func frameLine(_ t: String) -> String {
        var body = t.dropFirst().dropLast()
        if body.first == " " { body = body.dropFirst() }
        while let last = body.last, last == " " { body = body.dropLast() }
        return String(body)
    }

    private static func trim(_ s: String) -> String {
        s.trimmingSpaces()
    }

    private static func hasTablePrefix(_ s: String, _ prefix: String) -> Bool {
        s.lowercased().hasPrefix(prefix)
    }

    static func isPipeRow(_ t: String) -> Bool {
        t.count >= 3 && t.hasPrefix("|") && t.hasSuffix("|") && !t.hasPrefix("|\\")
    }

    /// `| --- | :---: |` or `|----|----|`.
    static func isPipeRule(_ t: String) -> Bool {
        guard isPipeRow(t), t.contains("-") else { return false }
        return t.allSatisfy { $0 == "|" || $0 == "-" || $0 == ":" || $0 == " " || $0 == "+" }
    }

    /// `+-----+-----+` or `+=====+=====+` (a grid table's rules).
    static func isGridRule(_ t: String) -> Bool {
        guard t.count >= 3, t.hasPrefix("+"), t.hasSuffix("+"), t.contains("-") || t.contains("=") else { return false }
        return t.allSatisfy { $0 == "+" || $0 == "-" || $0 == "=" || $0 == ":" }
    }

    /// The cells of `| a | b |`, trimmed, Markdown escapes undone, `---` read as the dash it
    /// stands for (pandoc's smart punctuation writes `—` as `---`).
    static func pipeCells(_ t: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for c in t.dropFirst().dropLast() {
            if escaped {
                current.append(c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == "|" {
                cells.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        if escaped { current.append("\\") }
        cells.append(current)
        return cells.map(cleanCell)
    }

    static func cleanCell(_ cell: String) -> String {
        var s = cell.trimmingSpaces()
        for mark in ["**", "__"] where s.hasPrefix(mark) && s.hasSuffix(mark) && s.count > 4 {
            s = String(s.dropFirst(2).dropLast(2))
        }
        switch s {
        case "---": return "—"
        case "--": return "–"
        default: return s
        }
    }

    /// A grid row's cell fragments, one array per text line, joined cell by cell (Chinese
    /// with nothing between, Latin words and digits with one space).
    static func joinFragments(_ fragments: [[String]]) -> [String] {
        let width = fragments.map(\.count).max() ?? 0
        var cells = [String](repeating: "", count: width)
        for line in fragments {
            for (c, piece) in line.enumerated() where !piece.isEmpty {
                cells[c] = joinWrapped(cells[c], piece)
            }
        }
        return cells
    }

    private static func joinWrapped(_ a: String, _ b: String) -> String {
        guard let last = a.unicodeScalars.last, let first = b.unicodeScalars.first else { return a + b }
        let latin = { (s: Unicode.Scalar) in s.isASCII && (s.properties.isAlphabetic || Characters.isASCIIDigit(s)) }
        return latin(last) && latin(first) ? a + " " + b : a + b
    }

    // MARK: - Simple and multiline tables (pandoc -t plain / markdown)

    /// The column extents `[start, end)` in display columns of a rule such as
    /// `  -------- ------ -----` (two or more groups of three or more dashes).
    static func columnRule(_ line: String) -> [(Int, Int)]? {
        var groups: [(Int, Int)] = []
        var position = 0
        var start: Int?
        for scalar in line.unicodeScalars {
            if scalar == "-" {
                if start == nil { start = position }
            } else if scalar == " " {
                if let s = start { groups.append((s, position)); start = nil }
            } else {
                return nil
            }
            position += 1
        }
        if let s = start { groups.append((s, position)) }
        guard groups.count >= 2, groups.allSatisfy({ $0.1 - $0.0 >= 3 }) else { return nil }
        return groups
    }

    /// A line of dashes alone (a multiline table's top or bottom border).
    private static func isFullDashLine(_ line: String) -> Bool {
        let t = trim(line)
        return t.count >= 3 && t.allSatisfy { $0 == "-" }
    }

    /// A pandoc simple or multiline table around the column rule at `ruleAt`: its header
    /// (the line above the rule, or the lines from a dash border down to it, already in
    /// `emitted`, which is cut back) and its rows (each line of a simple table; each block
    /// of a multiline table, up to its closing border). Cells are cut at the rule's columns.
    static func dashRuleTable(_ lines: [String], ruleAt: Int, columns: [(Int, Int)],
                              emitted: inout [String]) -> (rows: [[String]], end: Int)? {
        var header: [String] = []
        var multiline = false
        // Header lines above the rule, back to a border or a blank line.
        var k = ruleAt - 1
        while k >= 0, !isBlank(lines[k]), !isFullDashLine(lines[k]), columnRule(lines[k]) == nil { k -= 1 }
        if k >= 0, isFullDashLine(lines[k]) {
            multiline = true
            header = Array(lines[(k + 1)..<ruleAt])
        } else if ruleAt - 1 > k {
            header = Array(lines[(k + 1)..<ruleAt])
        }
        let headerStart = multiline ? k : ruleAt - header.count
        // The emitted lines must end with exactly these lines (they were copied unchanged).
        let taken = ruleAt - headerStart
        guard taken <= emitted.count, Array(emitted.suffix(taken)) == Array(lines[headerStart..<ruleAt]) else { return nil }
        let headerless = header.isEmpty
        // Rows.
        var blocks: [[String]] = []
        var current: [String] = []
        var end = ruleAt + 1
        var sawBlankInside = false
        while end < lines.count {
            let line = lines[end]
            if multiline || headerless {
                if isFullDashLine(line) || columnRule(line) != nil { end += 1; break }
            }
            if isBlank(line) {
                if !multiline && !headerless { break }
                if !current.isEmpty { blocks.append(current); current = []; sawBlankInside = true }
                end += 1
                continue
            }
            current.append(line)
            end += 1
        }
        if !current.isEmpty { blocks.append(current) }
        if headerless && !sawBlankInside && !multiline {
            blocks = blocks.flatMap { $0.map { [$0] } }
        } else if !multiline && !headerless {
            blocks = blocks.flatMap { $0.map { [$0] } }
        }
        guard !blocks.isEmpty else { return nil }
        emitted.removeLast(taken)
        var rows: [[String]] = []
        if !header.isEmpty { rows.append(joinFragments(header.map { cut($0, columns) })) }
        for block in blocks { rows.append(joinFragments(block.map { cut($0, columns) })) }
        return (rows.filter { $0.contains { !$0.isEmpty } }, end)
    }

    private static func isBlank(_ line: String) -> Bool { trim(line).isEmpty }

    /// The line cut at the columns' starts (display columns, wide characters counting 2): a
    /// character belongs to the column whose extent holds its first display column.
    static func cut(_ line: String, _ columns: [(Int, Int)]) -> [String] {
        var cells = [String](repeating: "", count: columns.count)
        var position = 0
        var column = 0
        for scalar in line.unicodeScalars {
            while column + 1 < columns.count, position >= columns[column + 1].0 { column += 1 }
            if position >= columns[0].0 || scalar != " " { cells[column].unicodeScalars.append(scalar) }
            position += Characters.isWide(scalar) ? 2 : 1
        }
        return cells.map(cleanCell)
    }

    // MARK: - HTML tables

    /// The rows of an HTML table as a grid: `rowspan`/`colspan` cells keep their text in the
    /// first slot they cover, the other slots are empty.
    static func htmlRows(_ html: String) -> [[String]] {
        var grid: [[String?]] = []
        var row = -1
        var scanner = html[...]
        while let open = scanner.firstRange(of: "<") {
            scanner = scanner[open.upperBound...]
            guard let close = scanner.firstRange(of: ">") else { break }
            let tag = scanner[..<close.lowerBound]
            scanner = scanner[close.upperBound...]
            let name = tag.prefix { !$0.isWhitespace && $0 != "/" && $0 != ">" }.lowercased()
            if name == "tr" {
                row += 1
                if grid.count <= row { grid.append([]) }
            } else if name == "td" || name == "th" {
                if row < 0 { row = 0; grid.append([]) }
                // The cell's content, up to its closing tag.
                let end = findTag("</\(name)>", in: scanner) ?? findTag("</tr>", in: scanner)
                let content = end.map { scanner[..<$0.lowerBound] } ?? scanner
                scanner = end.map { scanner[$0.upperBound...] } ?? scanner[scanner.endIndex...]
                let text = cleanCell(htmlText(content))
                let colspan = max(1, min(attribute("colspan", in: tag) ?? 1, 1000))
                let rowspan = max(1, min(attribute("rowspan", in: tag) ?? 1, 1000))
                var column = grid[row].firstIndex { $0 == nil } ?? grid[row].count
                // Skip slots a cell above already covers.
                while column < grid[row].count, grid[row][column] != nil { column += 1 }
                for r in row..<(row + rowspan) {
                    while grid.count <= r { grid.append([]) }
                    while grid[r].count < column + colspan { grid[r].append(nil) }
                    for c in column..<(column + colspan) {
                        grid[r][c] = (r == row && c == column) ? text : ""
                    }
                }
            }
        }
        return grid.map { $0.map { $0 ?? "" } }.filter { $0.contains { !$0.isEmpty } }
    }

    /// The content of a table that has one row of one cell, as lines: each paragraph or
    /// heading a line of text, each table inside kept as HTML on lines of its own.
    static func frameContent(_ html: String) -> String? {
        let lower = html.lowercased()
        guard let cellOpen = lower.firstRange(of: "<td") ?? lower.firstRange(of: "<th"),
              let openEnd = lower[cellOpen.upperBound...].firstIndex(of: ">"),
              let cellClose = lower.ranges(of: "</td>").last ?? lower.ranges(of: "</th>").last,
              cellClose.lowerBound > openEnd
        else { return nil }
        // One row of one cell: no <tr> or cell opens at depth 1 besides the first.
        var depth = 0
        var cellsAtTop = 0
        var rowsAtTop = 0
        var scan = lower[...]
        while let lt = scan.firstIndex(of: "<") {
            let rest = scan[lt...]
            if rest.hasPrefix("<table") { depth += 1 }
            else if rest.hasPrefix("</table") { depth -= 1 }
            else if depth == 1 && rest.hasPrefix("<tr") { rowsAtTop += 1 }
            else if depth == 1 && (rest.hasPrefix("<td") || rest.hasPrefix("<th")) && !rest.hasPrefix("<thead") { cellsAtTop += 1 }
            scan = scan[scan.index(after: lt)...]
        }
        guard rowsAtTop <= 1, cellsAtTop == 1 else { return nil }
        let inner = html[html.index(after: openEnd)..<cellClose.lowerBound]
        // Tables stay HTML; the rest becomes one line per block element.
        var lines: [String] = []
        var rest = inner[...]
        while !rest.isEmpty {
            if let t = findTag("<table", in: rest) {
                lines.append(contentsOf: blockLines(rest[..<t.lowerBound]))
                // Its matching end.
                var depth = 0
                var cursor = t.lowerBound
                var tableEnd = rest.endIndex
                while let next = rest[cursor...].firstRange(of: "<") {
                    let tail = rest[next.lowerBound...].lowercased()
                    if tail.hasPrefix("<table") { depth += 1 }
                    if tail.hasPrefix("</table>") {
                        depth -= 1
                        if depth == 0 { tableEnd = rest.index(next.lowerBound, offsetBy: 8); break }
                    }
                    cursor = next.upperBound
                }
                lines.append(String(rest[t.lowerBound..<tableEnd]).replacing("\n", with: " ")
                    .replacing("<table", with: "\n<table").replacing("</table>", with: "</table>\n"))
                rest = rest[tableEnd...]
            } else {
                lines.append(contentsOf: blockLines(rest))
                rest = rest[rest.endIndex...]
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Text lines of HTML without tables: one per paragraph, heading, list item or line break.
    private static func blockLines(_ html: Substring) -> [String] {
        var text = String(html)
        for tag in ["</p>", "</h1>", "</h2>", "</h3>", "</h4>", "</h5>", "</h6>", "</li>", "</div>", "<br>", "<br/>", "<br />"] {
            var out = ""
            var rest = text[...]
            while let r = findTag(tag, in: rest) {
                out += rest[..<r.upperBound] + "\u{1}"
                rest = rest[r.upperBound...]
            }
            text = out + rest
        }
        return text.split(separator: "\u{1}").map { htmlText($0) }.filter { !$0.isEmpty }
    }

    /// Where `tag` (ASCII, in lower case) first occurs in `text`, its letters in either case.
    static func findTag(_ tag: String, in text: Substring) -> Range<String.Index>? {
        let want = Array(tag.utf8)
        let bytes = text.utf8
        var i = bytes.startIndex
        while i != bytes.endIndex {
            var j = i, k = 0
            while k < want.count, j != bytes.endIndex, bytes[j] | (bytes[j] >= 0x41 && bytes[j] <= 0x5A ? 0x20 : 0) == want[k] {
                bytes.formIndex(after: &j)
                k += 1
            }
            if k == want.count { return i..<j }
            bytes.formIndex(after: &i)
        }
        return nil
    }

    private static func attribute(_ name: String, in tag: Substring) -> Int? {
        guard let r = findTag(name + "=", in: tag) else { return nil }
        let value = tag[r.upperBound...].drop { $0 == "\"" || $0 == "'" }.prefix { $0.isNumber }
        return Int(value)
    }

    /// The text of a cell's HTML: tags dropped (a paragraph or line break inside a cell joins
    /// its lines as wrapped text), entities decoded, white space collapsed.
    static func htmlText(_ html: Substring) -> String {
        var pieces: [String] = []
        var current = ""
        var s = html[...]
        while let c = s.first {
            if c == "<" {
                let end = s.firstIndex(of: ">") ?? s.endIndex
                let tag = s[s.index(after: s.startIndex)..<end].lowercased()
                if tag.hasPrefix("p") || tag.hasPrefix("/p") || tag.hasPrefix("br") || tag.hasPrefix("div") || tag.hasPrefix("/div") {
                    pieces.append(current); current = ""
                }
                s = end < s.endIndex ? s[s.index(after: end)...] : s[s.endIndex...]
            } else if c == "&", let semi = s.prefix(10).firstIndex(of: ";") {
                let entity = String(s[s.index(after: s.startIndex)..<semi])
                if let decoded = decodeEntity(entity) {
                    current += decoded
                    s = s[s.index(after: semi)...]
                } else {
                    current.append(c); s = s.dropFirst()
                }
            } else {
                current.append(c == "\n" || c == "\r" || c == "\t" ? " " : c)
                s = s.dropFirst()
            }
        }
        pieces.append(current)
        return pieces.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            .reduce("") { joinWrapped($0, $1) }
    }

    private static func decodeEntity(_ e: String) -> String? {
        switch e {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return " "
        default:
            var code: UInt32?
            if e.hasPrefix("#x") || e.hasPrefix("#X") { code = UInt32(e.dropFirst(2), radix: 16) }
            else if e.hasPrefix("#") { code = UInt32(e.dropFirst()) }
            return code.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }
}
