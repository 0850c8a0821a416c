import FoundationEssentials

/// Reads a plain-text dump of a report into paragraphs and tables.
///
/// Text dumps are what users hold when a converter has flattened a report: TAB-separated
/// rows, one cell per line, or `pdftotext` output with or without `-layout`. The reader keeps
/// the structure the dump shows and interprets nothing: every table is `.approximate` (or
/// `.aligned` for space-aligned columns, whose cells sit in position slots), each
/// cell's `column` is its ordinal in its row, and spans are 1. Label and row faults are left
/// for `Normalize` to repair.
public enum TextReader {
    /// Reads text bytes (UTF-8, UTF-16 with a byte-order mark, or GB18030/GBK).
    ///
    /// - Parameters:
    ///   - data: The bytes of the dump.
    ///   - limits: The input-size and cell-count limits.
    /// - Returns: A `.text` document of paragraphs and tables in reading order.
    /// - Throws: `ExtractError.undecodableText` for NUL bytes, binary data or an unknown
    ///   encoding; `ExtractError.limitExceeded` over the limits; `ExtractError.empty`.
    public static func read(data: Data, limits: ReadLimits = .standard) throws -> Document {
        if data.isEmpty { throw ExtractError.empty }
        if data.count > limits.maxInputBytes {
            throw ExtractError.limitExceeded("the input is \(data.count) bytes, over the limit of \(limits.maxInputBytes)")
        }
        let (decoded, warnings) = try TextDecoding.decode(data)
        // `pdftotext -tsv` (a word list with coordinates) is read as the text it holds.
        // A crawled page's header lines are metadata, not the report's text.
        let crawled = CrawlerHeader.split(decoded)
        let body = crawled?.body ?? decoded
        let text = MarkupTables.rewrite(MarkdownCode.removeFencedBlocks(PdftotextTSV.rewrite(body) ?? body))
        let (lines, paginated) = TextLines.split(text)
        var assembler = BlockAssembler(lines: lines, paginated: paginated, limits: limits)
        return Document(format: .text, blocks: try assembler.assemble(), warnings: warnings,
                        publisher: crawled?.header.publisher)
    }
}

/// Walks the cleaned lines once and emits blocks: TAB tables, space-aligned tables, and
/// paragraphs (wrapped prose joined).
struct BlockAssembler {
    let lines: [TextLine]
    let paginated: Bool
    let limits: ReadLimits
    private var facts: [LayoutTables.LineFacts] = []
    private var widths: [Int] = []
    /// The width prose is wrapped at, when the dump is wrapped (`pdftotext` output).
    private(set) var wrapWidth: Int?
    private var blocks: [Block] = []
    private var cellCount = 0

    /// How far short of the wrap width a line may end and still count as wrapped.
    static let wrapSlack = 6
    /// The deepest first-line indentation prose gets in `pdftotext -layout` output.
    static let maxProseIndentation = 8

    init(lines: [TextLine], paginated: Bool, limits: ReadLimits) {
        self.lines = lines
        self.paginated = paginated
        self.limits = limits
    }

    mutating func assemble() throws -> [Block] {
        measureLines()
        let regions = LayoutTables.findRegions(facts)
        var regionAt: [Int: LayoutTables.Region] = [:]
        var inRegion = [Bool](repeating: false, count: lines.count)
        for region in regions {
            regionAt[region.start] = region
            for index in region.start..<region.end { inRegion[index] = true }
        }

        var i = 0
        while i < lines.count {
            let line = lines[i]
            if let region = regionAt[i] {
                let read = LayoutTables.rows(of: region, lines: lines, facts: facts)
                try emitTable(read.rows, firstLine: i, geometry: .aligned, unaligned: read.unaligned)
                i = region.end
                continue
            }
            if line.isBlank { i += 1; continue }
            if line.hasTab {
                let run = TabTables.read(lines, from: i)
                let end = max(run.end, i + 1)
                if run.rows.isEmpty {
                    for index in i..<end where !lines[index].isBlank {
                        emitParagraph(trimmingTrailing(lines[index].text), line: index)
                    }
                } else {
                    try emitTable(run.rows, firstLine: i)
                }
                i = end
                continue
            }
            // Prose: one paragraph per line, except wrapped lines, which are joined.
            var text = trimmingTrailing(line.text)
            var last = i
            while let next = continuation(after: last, inRegion: inRegion) {
                let addition = trimmingTrailing(lines[next].text)
                if needsSpace(between: text, and: addition) { text += " " }
                text += addition
                last = next
            }
            emitParagraph(text, line: i)
            i = last + 1
        }
        return blocks
    }

    // MARK: - Measuring

    private mutating func measureLines() {
        facts.reserveCapacity(lines.count)
        widths.reserveCapacity(lines.count)
        for line in lines {
            let plain = !line.isBlank && !line.hasTab
            let trimmed = trimmingTrailing(line.text)
            widths.append(plain ? TextShapes.displayWidth(trimmed) : 0)
            facts.append(LayoutTables.LineFacts(
                segments: plain ? TextShapes.segments(of: line.text) : [],
                isBlank: line.isBlank, hasTab: line.hasTab,
                isHeading: plain && TextShapes.isSectionHeading(line.text),
                isProse: false, isLongProse: false))
        }
        demoteRowLabelHeadings()
        wrapWidth = Self.findWrapWidth(zip(widths, facts).filter { $0.1.segments.count == 1 }.map(\.0))
        for index in facts.indices where facts[index].segments.count == 1 {
            let long = isLong(index)
            facts[index].isLongProse = long
            facts[index].isProse = long || (wrapWidth == nil && widths[index] >= 80)
                || trimmingTrailing(lines[index].text).hasSuffix("。")
        }
    }

    /// A line shaped like a section heading that is a table row's label on a line of its own
    /// (`一、本年新收政府信息公开申请数` wrapped over the line of its numbers) is a fragment of
    /// the table, not a heading: the report's headings come in order, so one numbered at or
    /// below the last heading is a label; so is one between a line of a table and a line of numbers.
    private mutating func demoteRowLabelHeadings() {
        let numerals: [Character] = ["一", "二", "三", "四", "五", "六", "七", "八", "九"]
        var last = 0
        func neighbour(_ from: Int, _ step: Int) -> Int? {
            var k = from + step
            while k >= 0, k < facts.count, facts[k].isBlank { k += step }
            return k >= 0 && k < facts.count ? k : nil
        }
        for index in facts.indices where facts[index].isHeading && facts[index].segments.count == 1 {
            let first = lines[index].text.first { !Characters.isSpace($0.unicodeScalars.first!) }
            let numeral = first.flatMap { numerals.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
            let before = neighbour(index, -1).map { facts[$0].isMulti } ?? false
            let after = neighbour(index, 1).map { facts[$0].isMulti && facts[$0].segments.contains(where: \.isNumeric) } ?? false
            if (before && after) || numeral <= last {
                facts[index].isHeading = false
            } else {
                last = numeral
            }
        }
    }

    /// The width most prose lines reach, when enough of them reach it to show the text was
    /// wrapped at a fixed width: the 6-column window holding most lines of width 20 or more,
    /// if it holds at least 4 lines and 30% of them.
    static func findWrapWidth(_ widths: [Int]) -> Int? {
        let candidates = widths.filter { $0 >= 20 }.sorted()
        guard candidates.count >= 4 else { return nil }
        var best = 0, bestWidth = 0
        var low = 0
        for high in candidates.indices {
            while candidates[high] - candidates[low] > 5 { low += 1 }
            let count = high - low + 1
            if count >= best { best = count; bestWidth = candidates[high] }
        }
        guard best >= 4, best * 10 >= candidates.count * 3 else { return nil }
        // Text wrapped at a width has almost no line beyond it. Where a fifth of the lines run
        // past it, the lines were never wrapped (a converter writing one paragraph or cell per
        // line) and the cluster is only short labels of the same length.
        let beyond = candidates.count - (candidates.lastIndex { $0 <= bestWidth + 2 }.map { $0 + 1 } ?? 0)
        guard beyond * 5 <= candidates.count else { return nil }
        return bestWidth
    }

    /// A line reaching the wrap width from near the left margin (a far-indented line that
    /// reaches it is a table fragment, not prose).
    private func isLong(_ index: Int) -> Bool {
        guard let wrapWidth, widths[index] >= wrapWidth - Self.wrapSlack else { return false }
        var indentation = 0
        for scalar in lines[index].text.unicodeScalars {
            guard Characters.isSpace(scalar) else { break }
            indentation += Characters.isWide(scalar) ? 2 : 1
        }
        return indentation <= Self.maxProseIndentation
    }

    // MARK: - Joining wrapped prose

    /// The line that continues the paragraph ending at `index`, if the dump wrapped it: the
    /// line is near the wrap width, and the next prose line is not indented and does not start
    /// with a numbering mark. Blank lines are crossed only at a page break.
    private func continuation(after index: Int, inRegion: [Bool]) -> Int? {
        guard isLong(index) else { return nil }
        var next = index + 1
        var crossedBreak = false
        var crossedBlank = false
        while next < lines.count {
            if lines[next].breakBefore { crossedBreak = true }
            guard lines[next].isBlank else { break }
            crossedBlank = true
            next += 1
        }
        guard next < lines.count, !crossedBlank || crossedBreak || lines[next].breakBefore else { return nil }
        let line = lines[next]
        guard !line.hasTab, !inRegion[next], facts[next].segments.count == 1,
              !TextShapes.isIndented(line.text), !Characters.startsWithHeadingMarker(line.text)
        else { return nil }
        return next
    }

    /// Text in CJK joins with no space; two Latin letters or digits across the break get one.
    private func needsSpace(between text: String, and next: String) -> Bool {
        guard let last = text.unicodeScalars.last, let first = next.unicodeScalars.first else { return false }
        return last.isASCII && first.isASCII && last.properties.isAlphabetic && first.properties.isAlphabetic
    }

    // MARK: - Emitting

    private mutating func emitParagraph(_ text: String, line: Int) {
        blocks.append(.paragraph(Paragraph(text: text, page: paginated ? lines[line].page : nil)))
    }

    /// `geometry` is `.aligned` for space-aligned columns (cells sit in position slots) and
    /// `.approximate` for TAB and one-cell-per-line dumps (cells only in order).
    private mutating func emitTable(_ rows: [[String]], firstLine: Int, geometry: TableGeometry = .approximate,
                                    unaligned: Set<Int> = []) throws {
        cellCount += rows.reduce(0) { $0 + $1.count }
        if cellCount > limits.maxCells {
            throw ExtractError.limitExceeded("the text has more than \(limits.maxCells) table cells")
        }
        let tableRows = rows.enumerated().map { index, cells in
            TableRow(cells: cells.enumerated().map { TableCell(text: $0.element, column: $0.offset) },
                     valuesUnaligned: unaligned.contains(index))
        }
        blocks.append(.table(Table(rows: tableRows, geometry: geometry,
                                   page: paginated ? lines[firstLine].page : nil)))
    }

    private func trimmingTrailing(_ text: String) -> String {
        var scalars = text.unicodeScalars[...]
        while let last = scalars.last, Characters.isSpace(last) || last == "\t" { scalars.removeLast() }
        if scalars.count == text.unicodeScalars.count { return text }
        return String(String.UnicodeScalarView(scalars))
    }
}
