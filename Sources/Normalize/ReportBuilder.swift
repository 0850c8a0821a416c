import Extract

/// Turns a document of any source into a `Report`: sections, canonical grids, checks,
/// repairs and warnings. This is the one grid builder every input path goes through.
public enum ReportBuilder {
    /// - Throws: `ExtractError.notAReport` when the document has none of the national
    ///   format's section headings and none of its tables (a news item, a README): such a
    ///   document is not converted into a report of nulls.
    public static func build(_ document: Document, source: SourceInfo) throws -> Report {
        var walk = DocumentWalk(format: document.format)
        for item in SourceStream(document).items { walk.visit(item) }
        guard walk.foundAny else { throw ExtractError.notAReport }
        var report = walk.report(source: source)
        if report.organ == nil { report.organ = document.publisher }
        report.warnings = document.warnings + report.warnings
        return report
    }
}

/// One pass over the source stream in reading order, sorting paragraphs into sections and
/// rows into the tables of sections 二, 三 and 四.
struct DocumentWalk {
    enum Context: CaseIterable { case none, disclosure, applications, review }

    let format: SourceFormat
    var context = Context.none
    var opening: [String] = []
    var sections: [(number: String, title: String, lines: [String])] = []
    var lastSection = -1
    var disclosure = DisclosureReading()
    var applicationRows: [SourceRow] = []
    var review = ReviewReading()
    /// Lines met in a table's section while no table row was: a table given one cell per
    /// line (plain pdftotext). Each is remembered with its place in the section's prose.
    var tokens: [Context: [(section: Int, line: Int, text: String)]] = [:]
    var rowsSeen: [Context: Int] = [:]
    var applicationsFromTokens = false

    init(format: SourceFormat) { self.format = format }

    mutating func visit(_ item: SourceStream.Item) {
        switch item {
        case .paragraph(let p): visit(paragraph: p)
        case .row(let r): visit(row: r)
        }
    }

    mutating func visit(paragraph p: SourceParagraph) {
        for rawLine in p.text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = TextClean.paragraph(String(rawLine))
            if line.isEmpty { continue }
            // A whole report saved as one line (a crawled page): read as the lines it was.
            if let lines = RunTogetherText.splitAtHeadings(line) {
                visit(paragraph: SourceParagraph(text: lines.joined(separator: "\n")))
                continue
            }
            if context != .none, visitRunTogether(line) { continue }
            if let heading = SectionHeading.parse(line, after: lastSection) {
                lastSection = SectionHeading.numbers.firstIndex(of: heading.number)!
                sections.append((heading.number, heading.title, []))
                switch heading.number {
                case "二": context = .disclosure
                case "三": context = .applications
                case "四": context = .review
                default: context = .none
                }
                continue
            }
            if let item = LabelMatcher.disclosureItem(line) {
                disclosure.caption(item)
                context = .disclosure
                continue
            }
            if sections.isEmpty { opening.append(line) } else {
                sections[sections.count - 1].lines.append(line)
                if context != .none {
                    tokens[context, default: []].append((sections.count - 1, sections[sections.count - 1].lines.count - 1, line))
                }
            }
        }
    }

    /// Reads a line of table text whose cells run together (`规章000行政规范性文件1204…`) as the
    /// rows it holds; false when the line is not such text.
    mutating func visitRunTogether(_ line: String) -> Bool {
        func runRow(_ label: String, _ run: DigitRun) -> SourceRow {
            SourceRow(cells: [SourceCell(text: label, column: 0, span: 1, isContinuation: false),
                              SourceCell(text: run.text, column: 1, span: 1, isContinuation: false, value: .run(run))],
                      geometry: .approximate, columnCount: 2, segment: -2, isRepeatedHeader: false)
        }
        func textRow(_ text: String) -> SourceRow {
            SourceRow(cells: [SourceCell(text: text, column: 0, span: 1, isContinuation: false)],
                      geometry: .approximate, columnCount: 1, segment: -2, isRepeatedHeader: false)
        }
        switch context {
        case .disclosure:
            // Each 第二十条 item: its caption, its header, its rows.
            let isRow: (String) -> Bool = { LabelMatcher.disclosureRow($0) != nil }
            let items = RunTogetherText.captionParts(line).compactMap { RunTogetherText.pairs($0, minimumRows: 1) }
            guard !items.isEmpty, items.allSatisfy({ $0.allSatisfy { isRow(RunTogetherText.rowLabel($0.label, matches: isRow).label) } })
            else { return false }
            for pair in items.joined() {
                let (label, before) = RunTogetherText.rowLabel(pair.label, matches: isRow)
                var header = Substring(before)
                if let end = before.firstIndex(of: "项"), let item = LabelMatcher.disclosureItem(String(before[...end])) {
                    disclosure.caption(item)
                    header = before[before.index(after: end)...]
                }
                if !header.isEmpty { disclosure.read(textRow(String(header))) }
                visit(row: runRow(label, pair.run))
            }
            return true
        case .applications, .review:
            guard let pairs = RunTogetherText.pairs(line, minimumRows: 1) else { return false }
            let matches: (String) -> Bool = { LabelMatcher.applicationKey($0) != nil || LabelMatcher.isReviewHeader(TextClean.matchKey($0)) }
            let labelled = pairs.filter { matches($0.label) }.count
            guard labelled == pairs.count, labelled >= 3 || context == .review || pairs.contains(where: { $0.run.pieces.joined().count >= 5 })
            else { return false }
            for pair in pairs {
                let (label, _) = RunTogetherText.rowLabel(pair.label) { LabelMatcher.applicationKey($0) != nil }
                visit(row: runRow(LabelMatcher.applicationKey(label) != nil ? label : pair.label, pair.run))
            }
            return true
        case .none:
            return false
        }
    }

    mutating func visit(row: SourceRow) {
        let key = row.joinedKey
        if key.isEmpty { return }
        if context != .review && key.has("行政复议") && (key.has("行政诉讼") || !row.hasNumber) {
            context = .review
        } else if context != .applications && context != .review && startsApplications(row) {
            context = .applications
        } else if context == .review && startsApplications(row) && LabelMatcher.isApplicationsHeader(key) {
            context = .applications
        }
        rowsSeen[context, default: 0] += 1
        switch context {
        case .applications: applicationRows.append(row)
        case .review: review.read(row)
        case .disclosure: disclosure.read(row)
        case .none: if disclosure.read(row) { context = .disclosure }
        }
    }

    func startsApplications(_ row: SourceRow) -> Bool {
        let key = row.joinedKey
        if LabelMatcher.isApplicationsHeader(key) { return true }
        let split = RowSplit(row, slots: ApplicationsReading.slots)
        let match = LabelMatcher.applicationKey(last: split.lastLabel, all: split.allLabels)
        return ["new_received", "carried_over", "disclosed", "partially_disclosed"].contains(match ?? "")
    }

    /// Reads the tables that came as one-cell lines, and takes those lines out of the prose.
    mutating func readTokenTables() {
        var consumed: Set<String> = []
        // In a fixed order, never the dictionary's (hash-seeded, different in every process).
        for context in Context.allCases where rowsSeen[context, default: 0] == 0 {
            guard let lines = tokens[context] else { continue }
            let texts = lines.map(\.text)
            guard texts.filter(TokenTable.isValue).count >= 2 else { continue }
            switch context {
            case .applications:
                applicationRows = TokenTable.applicationRows(texts)
                applicationsFromTokens = true
            case .disclosure: for row in TokenTable.disclosureRows(texts) { disclosure.read(row) }
            case .review:
                for row in TokenTable.reviewRows(texts) { review.read(row) }
                review.fromTokens = true
                review.tokensInterleaved = TokenTable.reviewValuesInterleaved(texts)
            case .none: continue
            }
            for l in lines { consumed.insert("\(l.section):\(l.line)") }
        }
        guard !consumed.isEmpty else { return }
        for s in sections.indices {
            sections[s].lines = sections[s].lines.enumerated().filter { !consumed.contains("\(s):\($0.offset)") }.map(\.element)
        }
    }

    /// True when a section heading or a table of the national format was met.
    var foundAny: Bool { !sections.isEmpty || disclosure.found || !applicationRows.isEmpty || review.found }

    func report(source: SourceInfo) -> Report {
        var walk = self
        walk.readTokenTables()
        return walk.assemble(source: source)
    }

    func assemble(source: SourceInfo) -> Report {
        let applications = ApplicationsReading(rows: applicationRows)
        let overview = sections.first { $0.number == "一" }?.lines ?? []
        let body = opening + sections.flatMap(\.lines)
        let header = ReportHeader(opening: opening, body: body, overview: overview)
        let edition = Self.edition(disclosure: disclosure, applications: applications, year: header.year)

        var warnings = header.warnings
        var repairs: [Repair] = []
        let disclosureTables = DisclosureTables(reading: disclosure, edition: edition)
        if !disclosure.found { warnings.append("section 二 has no tables in the source; their cells are null") }
        let applicationsTable = ApplicationsTable(reading: applications, edition: edition, found: !applicationRows.isEmpty,
                                                  fromTokens: applicationsFromTokens)
        let reviewTable = ReviewTable(reading: review, found: review.found)
        warnings += disclosureTables.warnings + applicationsTable.warnings + reviewTable.warnings
        repairs += disclosureTables.repairs + applicationsTable.repairs + reviewTable.repairs

        var tables = disclosureTables.tables + [applicationsTable.table, reviewTable.table]
        var unreadable: Set<String> = []
        for table in tables {
            for row in table.rows { for (c, cell) in row.cells.enumerated() where cell.unreadable { unreadable.insert("\(table.id).\(row.key).\(c)") } }
        }
        warnings += Self.nullUnreadable(&tables)
        let units = CellUnits.check(&tables)
        repairs += units.repairs
        warnings += units.warnings
        // The checks read the tables as they are output (unplaceable cells already null).
        func grid(_ id: String) -> Checks.Grid {
            var grid: Checks.Grid = [:]
            for table in tables where table.id == id { for row in table.rows { grid[row.key] = row.cells } }
            return grid
        }
        let checks = Checks.applications(grid(ApplicationsTable.id), edition: edition, standIn: applicationsTable.standIn)
            + Checks.reviewLitigation(grid(ReviewTable.id))

        let joinBroken = !format.hasAuthoredParagraphs
        // The paragraphs before section 一, less the title lines (never joined to the text after them).
        let preamble = opening.filter { line in header.title.map { !$0.contains(line) } ?? true }
        let outSections = sections.map { s in
            Section(number: s.number, title: s.title,
                    text: (joinBroken ? ParagraphJoin.joinBroken(s.lines) : s.lines).joined(separator: "\n"))
        }
        var report = Report(source: source, title: header.title, organ: header.organ, year: header.year, edition: edition,
                            sections: outSections, tables: tables, checks: checks, repairs: repairs, warnings: warnings,
                            preamble: joinBroken ? ParagraphJoin.joinBroken(preamble) : preamble)
        report.nullCells = Self.nullCells(tables, solved: disclosureTables.solverNulls + applicationsTable.solverNulls
                                            + reviewTable.solverNulls, unreadable: unreadable)
        return report
    }

    /// Every canonical cell without a number, with the solver's reason where it has one.
    static func nullCells(_ tables: [CanonicalTable], solved: [GridSolver.Null], unreadable: Set<String>) -> [NullCell] {
        var reasons: [String: String] = [:]
        for null in solved { reasons["\(null.table).\(null.row).\(null.column)"] = null.reason.rawValue }
        var out: [NullCell] = []
        for table in tables {
            for row in table.rows {
                for (c, cell) in row.cells.enumerated() where cell.number == nil {
                    let address = "\(table.id).\(row.key).\(c)"
                    let reason = reasons[address] ?? (unreadable.contains(address) ? "unreadable"
                        : CellValue.nullMarkers.contains(cell.raw) ? "null_marker" : "no_token")
                    out.append(NullCell(table: table.id, row: row.key, column: table.columns[c].key, reason: reason))
                }
            }
        }
        return out
    }

    /// Cells whose number could not be placed (`CellValue.unreadable`: a text-dump row with
    /// numbers run together in one cell, or with values on the lines of two rows) become null;
    /// one warning per row says so.
    static func nullUnreadable(_ tables: inout [CanonicalTable]) -> [String] {
        var warnings: [String] = []
        func clear(_ cells: inout [CellValue], at address: String) {
            let bad = cells.filter(\.unreadable).map(\.raw)
            guard !bad.isEmpty else { return }
            for c in cells.indices where cells[c].unreadable { cells[c] = .missing }
            warnings.append("\(address): the row has numbers run together in one cell (\(bad.joined(separator: " | "))), as when an extraction merges columns, or its values lie on a line it shares with another row; its values cannot be placed and are null")
        }
        for t in tables.indices {
            for r in tables[t].rows.indices {
                clear(&tables[t].rows[r].cells, at: "\(tables[t].id).\(tables[t].rows[r].key)")
            }
            for r in tables[t].extraRows.indices {
                clear(&tables[t].extraRows[r].cells, at: "\(tables[t].id) extra row \(tables[t].extraRows[r].label)")
            }
        }
        return warnings
    }

    /// The edition whose tables the report uses: section 二's column headers decide; then
    /// the layout of （六）其他处理; then the year (2021 and later use the 2021 edition).
    static func edition(disclosure: DisclosureReading, applications: ApplicationsReading, year: Int?) -> Edition {
        let vote = disclosure.editionVote
        if vote > 0 { return .e2021 }
        if vote < 0 { return .e2019 }
        let keys = applications.items.compactMap(\.key)
        if keys.contains(where: { $0.hasPrefix("other_handling.") }) { return .e2021 }
        if applications.items.contains(where: { $0.key == "other_handling" && $0.hasValues }) { return .e2019 }
        if let year, year < 2021 { return .e2019 }
        return .e2021
    }
}

/// Joins paragraphs that a page break split in two (text and PDF sources only).
enum ParagraphJoin {
    static let terminal: Set<Character> = ["。", "！", "？", "；", "：", "…", "”", "」", "』", "）", ")", "!", "?", ";", ":", "."]

    static func joinBroken(_ lines: [String]) -> [String] {
        var out: [String] = []
        // Whether `out.last` is already cleaned (it is once joined): then each join appends
        // in place, in time linear in the line joined, not in the paragraph grown so far.
        var lastIsClean = false
        for line in lines {
            let join = out.last.map { shouldJoin($0, line) } ?? false
            if join {
                if lastIsClean {
                    TextClean.appendRemovingExtractionSpaces(line, to: &out[out.count - 1])
                } else {
                    // Not cleaned yet: its trailing spaces and the line's leading ones are one run.
                    out[out.count - 1] = TextClean.removeExtractionSpaces(out[out.count - 1] + line)
                }
                lastIsClean = true
            } else {
                out.append(line)
                lastIsClean = false
            }
        }
        return out
    }

    static func shouldJoin(_ a: String, _ b: String) -> Bool {
        // Lengths compared by walking at most 41 characters: `count` walks the whole paragraph.
        guard let end = a.last, !terminal.contains(end), !a.dropFirst(19).isEmpty else { return false }
        if startsWithMarker(a) && a.dropFirst(40).isEmpty { return false }
        return !startsWithMarker(b)
    }

    /// True when a line starts like a heading or list item: （一）, 一、, 1., 一是, 第…
    static func startsWithMarker(_ s: String) -> Bool {
        let key = TextClean.matchKey(String(s.prefix(8)))
        if LabelMatcher.stripNumbering(key) != key { return true }
        if let first = s.first, "一二三四五六七八九十".contains(first), s.dropFirst().first == "是" { return true }
        return s.hasPrefix("第") && s.dropFirst().prefix(3).contains(where: { "一二三四五六七八九十".contains($0) })
    }
}
