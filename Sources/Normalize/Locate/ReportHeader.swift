import Extract

/// Reads the title, organ and year of a report from its opening paragraphs and body.
struct ReportHeader {
    var title: String?
    var organ: String?
    var year: Int?
    /// The year the title states, and the year the body (section 一, else all of it) reports on most.
    var titleYear: Int?
    var bodyYear: Int?
    var warnings: [String] = []

    /// - Parameters:
    ///   - opening: the cleaned paragraphs before the first section heading.
    ///   - body: the cleaned paragraphs of the whole report.
    ///   - overview: the cleaned paragraphs of section 一 (what the report says of its year).
    init(opening: [String], body: [String], overview: [String]) {
        if let (i, title) = Self.findTitle(opening) {
            // Full-width digits and letters read as ASCII, as in values: a year typed
            // `２０２４年` is the year, never part of the organ.
            var title = TextClean.foldAlphanumerics(title)
            // A title printed on two lines: the organ alone on the line above.
            if i > 0, Self.isOrganLine(opening[i - 1]), Self.year(in: title) != nil, Self.organ(fromTitle: title) == nil {
                title = TextClean.foldAlphanumerics(opening[i - 1]) + title
            }
            self.title = title
        }
        titleYear = title.flatMap { Self.year(in: $0) }
        bodyYear = Self.mostFrequentYear(in: overview.isEmpty ? body : overview)
        year = titleYear ?? bodyYear
        if let t = titleYear, let b = bodyYear, t != b {
            warnings.append("the title states the year \(t) but the body reports on \(b)")
        }
        organ = title.flatMap { Self.organ(fromTitle: $0) } ?? Self.organ(inBody: body)
    }

    /// The first title among the opening lines, with its index; a title wrapped over up to
    /// three short lines (a narrow page, a large font) is joined back.
    static func findTitle(_ lines: [String]) -> (Int, String)? {
        for i in lines.indices {
            var joined = ""
            for k in 0..<3 where i + k < lines.count {
                let line = lines[i + k]
                if k > 0 && (line.count > 40 || ParagraphJoin.terminal.contains(joined.last ?? " ")) { break }
                joined = TextClean.removeExtractionSpaces(joined + line)
                if isTitle(joined) { return (i, joined) }
                if joined.count > 80 { break }
            }
        }
        return nil
    }

    static func isTitle(_ text: String) -> Bool {
        text.count <= 80 && (text.has("年度报告") || text.has("工作报告") || text.has("年报"))
            && text.has("公开") && !text.has("《") && !text.has("。")
    }

    static let organSuffixes = ["人民政府", "办公室", "办公厅", "委员会", "管理局", "局", "厅", "委", "院", "中心",
                                "街道办事处", "办事处", "街道", "镇", "乡", "区", "县", "市", "省", "政府", "所", "处", "队", "站", "会"]

    static func isOrganLine(_ text: String) -> Bool {
        text.count <= 30 && organSuffixes.contains(where: text.hasSuffix)
            && text.unicodeScalars.allSatisfy { Characters.isHan($0) || "（）()·".unicodeScalars.contains($0) }
    }

    /// The year of `20xx年` in a title, or of one written in Chinese numerals (`二〇二三年`).
    static func year(in text: String) -> Int? {
        let chars = Array(text)
        var i = 0
        while i + 4 < chars.count {
            if chars[i + 4] == "年", let y = yearValue(chars[i...(i + 3)]),
               i == 0 || yearDigit(chars[i - 1]) == nil, (1990...2100).contains(y) {
                return y
            }
            i += 1
        }
        return nil
    }

    /// Chinese numerals a year is written with; `○` (a circle) and `Ｏ` are often typed for `〇`.
    static let chineseDigits: [Character: Int] = [
        "〇": 0, "○": 0, "零": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// The value of a year's digit: an ASCII or full-width digit, or a Chinese numeral.
    static func yearDigit(_ c: Character) -> Int? {
        if c.isASCII, let d = c.wholeNumberValue { return d }
        if let s = c.unicodeScalars.first, c.unicodeScalars.count == 1, (0xFF10...0xFF19).contains(s.value) {
            return Int(s.value - 0xFF10)
        }
        return chineseDigits[c]
    }

    /// The year four digits spell, all ASCII or all Chinese numerals (`2023`, `二〇二三`).
    static func yearValue(_ chars: some Collection<Character>) -> Int? {
        guard chars.count == 4, chars.allSatisfy(\.isASCII) || !chars.contains(where: \.isASCII) else { return nil }
        var value = 0
        for c in chars {
            guard let d = yearDigit(c) else { return nil }
            value = value * 10 + d
        }
        return value
    }

    /// The year the paragraphs name most often (`2023年` or `二〇二三年`); on a tie, the first named.
    static func mostFrequentYear(in paragraphs: [String]) -> Int? {
        var counts: [Int: Int] = [:]
        var firstSeen: [Int: Int] = [:]
        var position = 0
        for p in paragraphs {
            var rest = Substring(p)
            // `firstIndex`, not Foundation's `range(of:)`, which bridges the rest of the line to an
            // NSString at every call: quadratic on a long line of 年.
            while let r = rest.firstIndex(of: "年") {
                let before = rest[..<r].suffix(4)
                if let y = yearValue(before), (1990...2100).contains(y) {
                    let beforeThat = rest[..<r].dropLast(4).last
                    if beforeThat.flatMap(yearDigit) == nil {
                        counts[y, default: 0] += 1
                        if firstSeen[y] == nil { firstSeen[y] = position }
                        position += 1
                    }
                }
                rest = rest[rest.index(after: r)...]
            }
        }
        return counts.max { a, b in a.value != b.value ? a.value < b.value : firstSeen[a.key]! > firstSeen[b.key]! }?.key
    }

    /// The organ a title names: the text around the year that is not the report's name.
    static func organ(fromTitle title: String) -> String? {
        var t = title
        for prefix in ["关于"] where t.hasPrefix(prefix) { t.removeFirst(prefix.count) }
        // Remove the year and what follows it when the organ comes first.
        if let range = yearRange(in: t) {
            let before = String(t[..<range.lowerBound])
            let after = String(t[range.upperBound...])
            let candidate = before.isEmpty ? stripReportName(after) : before
            let organ = candidate.trimmingCharacters(in: "　 ：:")
            return organ.isEmpty ? nil : organ
        }
        // A year not followed by 年 (`XX县2024政府信息公开年度报告`, or a stray mark OCR read
        // between them) still ends the organ: no organ's name holds a year.
        var organ = stripReportName(t)
        let chars = Array(organ)
        func isYear(_ at: Int) -> Bool { yearValue(chars[at..<at + 4]).map(plausibleYears.contains) ?? false }
        if chars.count > 4, let at = (1...(chars.count - 4)).first(where: isYear) { organ = String(chars[..<at]) }
        organ = organ.trimmingCharacters(in: "　 ：:")
        return organ.isEmpty ? nil : organ
    }

    /// The years a report's title can name.
    static let plausibleYears = 1990...2099

    static func yearRange(in text: String) -> Range<String.Index>? {
        var index = text.startIndex
        while index < text.endIndex {
            let rest = text[index...]
            if yearValue(rest.prefix(4)) != nil, rest.dropFirst(4).first == "年" {
                var end = text.index(index, offsetBy: 5)
                if text[end...].hasPrefix("度") { end = text.index(after: end) }
                return index..<end
            }
            index = text.index(after: index)
        }
        return nil
    }

    static func stripReportName(_ text: String) -> String {
        for name in ["政府信息公开工作年度报告", "政府信息公开年度报告", "信息公开工作年度报告", "政务公开工作年度报告",
                     "政府信息公开工作报告", "年度报告"] {
            if let r = text.firstRange(of: name) { return String(text[..<r.lowerBound]) }
        }
        return text
    }

    /// The organ the body names as itself, where the title names none: the most frequent
    /// name ending in a government suffix that stands after an opening mark (`《`, `“`) or
    /// at a sentence start.
    static func organ(inBody body: [String]) -> String? {
        var counts: [String: Int] = [:]
        let suffixes = ["人民政府", "街道办事处", "办公室", "委员会", "管理局"]
        for p in body {
            for suffix in suffixes {
                var search = p.startIndex
                while let r = p[search...].firstRange(of: suffix) {
                    var start = r.lowerBound
                    while start > p.startIndex {
                        let prev = p.index(before: start)
                        guard p[prev].unicodeScalars.allSatisfy(Characters.isHan) else { break }
                        start = prev
                    }
                    let boundary = start == p.startIndex ? true : "《“（(，。；：、 ".contains(p[p.index(before: start)])
                    let name = String(p[start..<r.upperBound])
                    if boundary && name.count >= suffix.count + 2 && name.count <= 24 { counts[name, default: 0] += 1 }
                    search = r.upperBound
                }
            }
        }
        // Ties go to the longer name, then to the first in code-point order: never to the
        // dictionary's hash-seeded order.
        return counts.max { a, b in
            a.value != b.value ? a.value < b.value : a.key.count != b.key.count ? a.key.count < b.key.count : a.key > b.key
        }?.key
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
