/// Turns the lines and tables of all pages into blocks in reading order.
///
/// Lines join into a paragraph across line and page breaks (CJK with no space, Latin words
/// with one). A new paragraph starts at a first-line indent, a heading marker (`一、`,
/// `（一）`, `1.`), after a short line, at a change of font size, or after a large vertical gap.
enum PdfParagraphs {
    private enum Item {
        case line(PdfLine)
        case table(PdfTablePart)
        var y: Double {
            switch self {
            case .line(let l): return l.y0
            case .table(let t): return t.y0
            }
        }
    }

    static func blocks(pages: [PdfPageContent]) -> [Block] {
        let metrics = Metrics(pages: pages)
        var blocks: [Block] = []
        var current: [PdfLine] = []
        // The table parts of the table being continued across pages: the first part and the last.
        var chain: (first: PdfTablePart, last: PdfTablePart, block: Int)?

        func flush() {
            guard let first = current.first else { return }
            var text = first.text
            for (a, b) in zip(current, current.dropFirst()) { text += PdfText.lineJoiner(a.text, b.text) + b.text }
            blocks.append(.paragraph(Paragraph(text: text, page: first.page)))
            current = []
        }

        for page in pages {
            var items = page.lines.map(Item.line) + page.tables.map(Item.table)
            items.sort { $0.y < $1.y }
            for (index, item) in items.enumerated() {
                switch item {
                case .table(var part):
                    flush()
                    if index == 0, let c = chain, c.block == blocks.count - 1, c.last.table.page == page.number - 1,
                       part.table.geometry == .exact, c.last.table.geometry == .exact {
                        var previous = c.last
                        PdfTableJoin.continue(first: c.first, previous: &previous, next: &part)
                        blocks[c.block] = .table(previous.table)
                        blocks.append(.table(part.table))
                        chain = (c.first, part, blocks.count - 1)
                    } else {
                        blocks.append(.table(part.table))
                        chain = (part, part, blocks.count - 1)
                    }
                case .line(let line):
                    if let last = current.last, !metrics.startsParagraph(line, after: last) {
                        current.append(line)
                    } else {
                        flush()
                        current = [line]
                    }
                }
            }
        }
        flush()
        return blocks.filter {
            if case .table(let t) = $0 { return !t.rows.isEmpty }
            return true
        }
    }

    /// Page-wide measures of the body text.
    struct Metrics {
        var left: Double
        var right: Double
        var gap: Double
        /// The most common font size of lines.
        var bodySize: Double

        init(pages: [PdfPageContent]) {
            var lefts: [Int: Int] = [:], rights: [Int: Int] = [:], gaps: [Double] = [], sizes: [Double: Int] = [:]
            for page in pages {
                for line in page.lines where line.x1 - line.x0 > page.width * 0.4 {
                    lefts[PdfInt.clamped((line.x0 / 2).rounded()), default: 0] += 1
                    rights[PdfInt.clamped((line.x1 / 2).rounded()), default: 0] += 1
                }
                for line in page.lines { sizes[line.fontSize, default: 0] += line.glyphs.count }
                for (a, b) in zip(page.lines, page.lines.dropFirst()) where b.y0 - a.y1 > -1 {
                    gaps.append(b.y0 - a.y1)
                }
            }
            func mode(_ d: [Int: Int]) -> Double? {
                d.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }.map { Double($0.key) * 2 }
            }
            left = mode(lefts) ?? (pages.flatMap(\.lines).map(\.x0).min() ?? 0)
            right = mode(rights) ?? (pages.flatMap(\.lines).map(\.x1).max() ?? 0)
            bodySize = sizes.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? 12
            gaps.sort()
            gap = gaps.isEmpty ? 0 : gaps[gaps.count / 2]
        }

        func isCentred(_ line: PdfLine) -> Bool {
            let em = max(line.fontSize, 1)
            return line.x0 > left + 0.9 * em && abs((line.x0 + line.x1) / 2 - (left + right) / 2) < 1.5 * em
        }

        func startsParagraph(_ line: PdfLine, after previous: PdfLine) -> Bool {
            let em = max(line.fontSize, 1)
            // Font size where the lines meet: a bold, larger run-in heading does not split its paragraph.
            if let a = previous.glyphs.last?.fontSize, let b = line.glyphs.first?.fontSize, abs(a - b) > 1.0 { return true }
            if Characters.startsWithHeadingMarker(line.text) { return true }
            // A centred title wrapped over lines (or broken by a line break) reads as one paragraph.
            if isCentred(line), isCentred(previous) || previous.fontSize >= bodySize + 1, line.page == previous.page,
               line.y0 - previous.y1 <= gap + 0.6 * em {
                return false
            }
            if line.x0 > left + 0.9 * em { return true }
            if previous.x1 < right - 1.5 * max(previous.fontSize, 1) { return true }
            if line.page == previous.page, line.y0 - previous.y1 > gap + 0.6 * em { return true }
            if line.page > previous.page + 1 { return true }
            return false
        }
    }
}
