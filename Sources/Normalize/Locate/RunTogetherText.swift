import FoundationEssentials
import Extract

/// Table text whose cells run together with no separator, as crawlers save a portal page
/// (`规章000行政规范性文件1204…`, `一、本年新收政府信息公开申请数量3520000037`), and whole
/// reports saved as one line.
///
/// This is input preparation: it finds the row labels and the digit runs between them; how a
/// run is cut into cells is the solver's question (`DigitRun`, `GridSolver`).
enum RunTogetherText {
    /// A piece of a glued line: the label text before a run of digits, and the run.
    struct Pair {
        var label: String
        var run: DigitRun
    }

    /// A line shorter than this is never split at its section headings: a report on one line
    /// is thousands of characters long, a heading line a few dozen.
    static let oneLineReportMinimum = 200
    /// The most characters a heading's title is looked for in, after `二、`.
    static let headingTitleWindow = 24

    /// Punctuation after a number that shows a sentence, not a table (`受理23件，其中…`).
    static let sentenceMarks: Set<Character> = ["，", "。", "；", "：", ",", ";", "%", "％", "）", ")"]

    // MARK: - A whole report on one line

    /// The line cut before each section heading (`一、总体情况`, `二、主动公开…`) when it holds
    /// three or more of them in order, and after a title it opens with; else `nil`.
    static func splitAtHeadings(_ line: String) -> [String]? {
        let chars = Array(line)
        guard chars.count >= oneLineReportMinimum else { return nil }
        var cuts: [(start: Int, titleEnd: Int)] = []
        var previous = -1
        var i = 0
        while i + 1 < chars.count {
            if let number = SectionHeading.numbers.firstIndex(of: String(chars[i])), number > previous, chars[i + 1] == "、",
               let end = headingTitleEnd(chars, from: i + 2, number: number) {
                cuts.append((i, end))
                previous = number
                i = end
                continue
            }
            i += 1
        }
        guard cuts.count >= 3 else { return nil }
        var lines: [String] = []
        var head = String(chars[0..<cuts[0].start])
        // The title a page text opens with (`…年度报告 根据《条例》…`).
        if let range = head.firstRange(of: "年度报告"), head.distance(from: head.startIndex, to: range.upperBound) <= 60 {
            lines.append(String(head[..<range.upperBound]))
            head = String(head[range.upperBound...])
        }
        if !head.trimmingSpaces().isEmpty { lines.append(head.trimmingSpaces()) }
        for (k, cut) in cuts.enumerated() {
            let next = k + 1 < cuts.count ? cuts[k + 1].start : chars.count
            lines.append(String(chars[cut.start..<cut.titleEnd]))
            let body = String(chars[cut.titleEnd..<next]).trimmingSpaces()
            if !body.isEmpty { lines.append(body) }
        }
        return lines
    }

    /// Where the title of a heading starting at `from` ends, if the words there are those of
    /// section `number`'s title: at the first `情况`/`事项`, else before the first digit or space.
    static func headingTitleEnd(_ chars: [Character], from: Int, number: Int) -> Int? {
        var end = from
        while end < chars.count, end - from < headingTitleWindow,
              !(chars[end].isASCII && chars[end].isNumber), !Characters.isSpaceOrTab(chars[end].unicodeScalars.first!) {
            end += 1
        }
        let window = String(chars[from..<end])
        let key = TextClean.matchKey(window)
        guard SectionHeading.words[SectionHeading.numbers[number]]!.contains(where: { key.has($0) }),
              LabelMatcher.applicationKey(window) == nil || number == 2 else { return nil }
        for word in ["情况", "事项"] {
            if let r = window.firstRange(of: word) { return from + window.distance(from: window.startIndex, to: r.upperBound) }
        }
        return end
    }

    // MARK: - Labels and runs

    /// The label/run pairs of a line, when it reads as glued table text: at least one run, and
    /// no run followed by a sentence's punctuation. Text after the last run is dropped.
    static func pairs(_ line: String) -> [Pair]? {
        let chars = Array(TextClean.foldWidth(line))
        var pairs: [Pair] = []
        var label = ""
        var i = 0
        while i < chars.count {
            // A run: digits, points, spaces and signs before digits (`1+0143`, `6-15`).
            let signed = isSign(chars[i]) && i + 1 < chars.count && isDigit(chars[i + 1])
            guard isDigit(chars[i]) || signed else { label.append(chars[i]); i += 1; continue }
            var end = i
            while end < chars.count, isDigit(chars[end]) || chars[end] == "." || chars[end] == " "
                    || (isSign(chars[end]) && end + 1 < chars.count && isDigit(chars[end + 1])) { end += 1 }
            var runEnd = end
            while runEnd > i, chars[runEnd - 1] == " " { runEnd -= 1 }
            var numbering = ""
            // `…0000002.其他`: a number never ends with a point, so the digit before it and the
            // point are the next label's item number; so are a digit and `、` after the run.
            if runEnd - i >= 2, chars[runEnd - 1] == ".", isDigit(chars[runEnd - 2]) {
                numbering = String(chars[(runEnd - 2)..<runEnd])
                runEnd -= 2
            } else if runEnd == end, end < chars.count, chars[end] == "、" {
                numbering = String(chars[runEnd - 1]) + "、"
                runEnd -= 1
                end += 1
            }
            while runEnd > i, chars[runEnd - 1] == " " { runEnd -= 1 }
            // A unit belongs to the run (`432.52元`).
            var unit = ""
            if numbering.isEmpty {
                for u in CellValue.units where end + u.count <= chars.count && String(chars[end..<(end + u.count)]) == u {
                    unit = u
                    end += u.count
                    break
                }
            }
            let text = String(chars[i..<runEnd])
            if runEnd > i, !label.trimmingSpaces().isEmpty, let run = DigitRun(text + unit) {
                if end < chars.count && sentenceMarks.contains(chars[end]) { return nil }
                pairs.append(Pair(label: label.trimmingSpaces(), run: run))
                label = numbering
            } else {
                label += text + unit + numbering
            }
            i = end
        }
        return pairs.isEmpty ? nil : pairs
    }

    /// The line cut before each `第二十条` (section 二's item captions).
    static func captionParts(_ line: String) -> [String] {
        guard !line.isEmpty else { return [] }
        var parts: [String] = []
        var rest = Substring(line)
        while let r = rest[rest.index(after: rest.startIndex)...].firstRange(of: "第二十条") {
            parts.append(String(rest[..<r.lowerBound]))
            rest = rest[r.lowerBound...]
        }
        parts.append(String(rest))
        return parts.filter { !$0.isEmpty }
    }

    static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
    static func isSign(_ c: Character) -> Bool { c == "+" || c == "-" }

    /// The shortest end of `span` that `matches` (a row label after a header or a group label
    /// it was glued to), trying the ends that start at an item number first; else `span`.
    static func rowLabel(_ span: String, matches: (String) -> Bool) -> (label: String, before: String) {
        let chars = Array(span)
        var numbered: [Int] = []
        var plain: [Int] = []
        for start in stride(from: chars.count - 1, through: 0, by: -1) {
            let tail = String(chars[start...])
            let key = TextClean.matchKey(tail)
            if LabelMatcher.stripNumbering(key) != key { numbered.append(start) } else { plain.append(start) }
        }
        for start in numbered + plain where matches(String(chars[start...])) {
            return (String(chars[start...]), String(chars[..<start]))
        }
        return (span, "")
    }
}
