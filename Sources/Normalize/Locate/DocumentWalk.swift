import Extract

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
    /// The page each table's first row is on (PDF), for the findings' locations.
    var pages: [Context: Int] = [:]
    /// The pages read by OCR (scans): their tables' values are readings of pixels.
    var ocrPages: Set<Int> = []

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
            let items = RunTogetherText.captionParts(line).compactMap { RunTogetherText.pairs($0) }
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
            guard let pairs = RunTogetherText.pairs(line) else { return false }
            let matches: (String) -> Bool = { LabelMatcher.applicationKey($0) != nil || LabelMatcher.isReviewHeader(TextClean.matchKey($0)) }
            // A glued row has at least one digit per cell (7 in section 三, 5 in each row of 四):
            // a short paragraph such as `行政复议1件` is prose, not a row.
            let minimumDigits = context == .review ? 5 : ApplicationsReading.slots
            guard pairs.allSatisfy({ matches($0.label) && $0.run.pieces.joined().filter(\.isNumber).count >= minimumDigits })
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
        if let page = row.page, pages[context] == nil { pages[context] = page }
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
}
