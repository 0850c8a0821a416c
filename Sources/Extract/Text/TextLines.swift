/// One line of a text dump after line-ending normalization and converter clean-up.
struct TextLine {
    /// The cleaned text, without its line terminator or form feeds.
    var text: String
    /// The 1-based page, counted by form feeds.
    var page: Int
    /// True when a page break (a form feed or a dropped page-number line) comes right before.
    var breakBefore: Bool
    /// True when the line holds nothing but spaces (U+0020, U+00A0, U+3000 and the like).
    var isBlank: Bool
    /// The number of TAB characters in the line.
    var tabCount: Int
    var startsWithTab: Bool

    var hasTab: Bool { tabCount > 0 }
}

/// Splits decoded text into cleaned lines.
///
/// CRLF and lone CR become line ends; a form feed is a page break (and a line end when it
/// falls inside a line). Converter junk is removed: Markdown heading marks and bold marks,
/// `[bookmark: …]` tags. Lines that are only a page number (`-3-`, `第 3 页 共 6 页`) are
/// dropped; the next line records the break.
enum TextLines {
    static func split(_ text: String) -> (lines: [TextLine], paginated: Bool) {
        var lines: [TextLine] = []
        var page = 1
        var pendingBreak = false
        var paginated = false
        var current: [UInt8] = []
        current.reserveCapacity(256)

        func endLine() {
            let cleaned = clean(current)
            current.removeAll(keepingCapacity: true)
            if Characters.isPageNumber(cleaned, bare: false) {
                pendingBreak = true
                return
            }
            lines.append(makeLine(cleaned, page: page, breakBefore: pendingBreak))
            pendingBreak = false
        }

        var previousWasCR = false
        for byte in text.utf8 {
            switch byte {
            case 0x0A:
                if !previousWasCR { endLine() }
                previousWasCR = false
                continue
            case 0x0D:
                endLine()
                previousWasCR = true
                continue
            case 0x0C:
                // pdftotext puts the form feed at the start of the next page's first line.
                if !current.isEmpty { endLine() }
                page += 1
                pendingBreak = true
                paginated = true
            default:
                current.append(byte)
            }
            previousWasCR = false
        }
        if !current.isEmpty { endLine() }
        if paginated { dropRunningLines(&lines) }
        return (lines, paginated)
    }

    /// Removes running headers and footers: lines that stand among the first or last three
    /// lines of at least half the pages (and of two pages at least), compared with white space
    /// dropped and digits ignored (`—2—` and `—3—`, `2023年度` and `2024年度` are alike).
    static func dropRunningLines(_ lines: inout [TextLine]) {
        let pages = Dictionary(grouping: lines.indices.filter { !lines[$0].isBlank }, by: { lines[$0].page })
        guard pages.count >= 2 else { return }
        func key(_ i: Int) -> String {
            String(String.UnicodeScalarView(lines[i].text.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
                if Characters.isSpace(scalar) || scalar == "\t" { return nil }
                return scalar.properties.numericType == .decimal ? "#" : scalar
            }))
        }
        var seen: [String: Set<Int>] = [:]
        for (page, indices) in pages {
            for i in Set(indices.prefix(3) + indices.suffix(3)) { seen[key(i), default: []].insert(page) }
        }
        let needed = max(2, (pages.count + 1) / 2)
        let running = Set(seen.filter { $0.value.count >= needed && $0.key.count >= 2 }.keys)
        guard !running.isEmpty else { return }
        // One running line per key at each edge of a page: a title printed again under a
        // running header that repeats it stays.
        var drop = Set<Int>()
        for indices in pages.values {
            for edge in [Array(indices.prefix(3)), Array(indices.suffix(3).reversed())] {
                var used = Set<String>()
                for i in edge where running.contains(key(i)) && !used.contains(key(i)) {
                    used.insert(key(i))
                    drop.insert(i)
                }
            }
        }
        var kept: [TextLine] = []
        var carryBreak = false
        for (i, line) in lines.enumerated() {
            if drop.contains(i) { carryBreak = carryBreak || line.breakBefore; continue }
            var line = line
            if carryBreak { line.breakBefore = true; carryBreak = false }
            kept.append(line)
        }
        lines = kept
    }

    private static func makeLine(_ text: String, page: Int, breakBefore: Bool) -> TextLine {
        var tabs = 0
        var blank = true
        for scalar in text.unicodeScalars {
            if scalar == "\t" { tabs += 1; blank = false } else if !Characters.isSpace(scalar) { blank = false }
        }
        return TextLine(text: text, page: page, breakBefore: breakBefore, isBlank: blank,
                        tabCount: tabs, startsWithTab: text.utf8.first == 0x09)
    }

    // MARK: - Converter junk

    /// Removes Markdown heading marks, bold marks and bookmark tags from one line's bytes.
    static func clean(_ bytes: [UInt8]) -> String {
        var b = bytes
        // `# ` … `###### ` at the start of the line.
        if b.first == UInt8(ascii: "#") {
            var hashes = 0
            while hashes < b.count, b[hashes] == UInt8(ascii: "#") { hashes += 1 }
            if hashes <= 6, hashes < b.count, b[hashes] == UInt8(ascii: " ") {
                var end = hashes
                while end < b.count, b[end] == UInt8(ascii: " ") { end += 1 }
                b.removeSubrange(0..<end)
            }
        }
        if b.contains(UInt8(ascii: "[")) { removeBookmarks(&b) }
        if b.contains(UInt8(ascii: "*")) { removeEmphasis(&b, mark: UInt8(ascii: "*")) }
        if b.contains(UInt8(ascii: "_")) { removeEmphasis(&b, mark: UInt8(ascii: "_")) }
        return String(decoding: b, as: UTF8.self)
    }

    private static let bookmarkOpen = Array("[bookmark:".utf8)
    private static let anchorOpen = Array("[]{#".utf8)

    /// Removes `[bookmark: _GoBack]` (pandoc's plain output) and `[]{#_GoBack .anchor}`
    /// (pandoc's Markdown) tags.
    private static func removeBookmarks(_ b: inout [UInt8]) {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            if b[i] == UInt8(ascii: "[") {
                let close: UInt8? = hasPrefix(b, at: i, bookmarkOpen) ? UInt8(ascii: "]")
                    : hasPrefix(b, at: i, anchorOpen) ? UInt8(ascii: "}") : nil
                if let close, let end = b[i...].firstIndex(of: close) {
                    i = end + 1
                    continue
                }
            }
            out.append(b[i])
            i += 1
        }
        b = out
    }

    private static func hasPrefix(_ b: [UInt8], at i: Int, _ prefix: [UInt8]) -> Bool {
        guard b.count - i >= prefix.count else { return false }
        for k in 0..<prefix.count where b[i + k] != prefix[k] { return false }
        return true
    }

    /// Removes paired `**x**`, `***x***` or `__x__` marks. A mark is a run of 2 or 3 mark
    /// characters; a pair is removed only when both runs have the same length and enclose text
    /// that does not start or end with a space, so `____` fill-in blanks stay.
    private static func removeEmphasis(_ b: inout [UInt8], mark: UInt8) {
        var runs: [(start: Int, length: Int)] = []
        var i = 0
        while i < b.count {
            guard b[i] == mark else { i += 1; continue }
            var end = i
            while end < b.count, b[end] == mark { end += 1 }
            if end - i == 2 || end - i == 3 { runs.append((i, end - i)) }
            i = end
        }
        var remove: [(start: Int, length: Int)] = []
        var r = 0
        while r + 1 < runs.count {
            let open = runs[r], close = runs[r + 1]
            let inner = b[(open.start + open.length)..<close.start]
            if open.length == close.length, let first = inner.first, first != UInt8(ascii: " "),
               inner.last != UInt8(ascii: " ") {
                remove.append(open)
                remove.append(close)
                r += 2
            } else {
                r += 1
            }
        }
        for run in remove.reversed() { b.removeSubrange(run.start..<(run.start + run.length)) }
    }
}
