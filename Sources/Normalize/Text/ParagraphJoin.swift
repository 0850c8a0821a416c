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
