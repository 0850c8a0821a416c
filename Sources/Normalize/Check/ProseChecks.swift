import Extract
import FoundationEssentials

/// The prose against the tables: every number a sentence states about a cell (`本年度共收到政府
/// 信息公开申请12件`), every mention and not only the first, and the statements of absence
/// (`未发生行政复议`) and completion (`均已办结`). A statement is read only where its phrase is
/// explicit; a sentence that could speak of something else (a change, a part, other bodies)
/// gives no finding or an undecided one, never a false alarm.
enum ProseChecks {
    /// How far after its phrase a statement's number may stand (characters): `收到政府信息公开申请
    /// 共计12件` is 3 after; further away the number is about something else.
    static let maxGap = 14
    /// How far before a phrase a negation may stand: `未发生因政府信息公开申请引起的行政复议`.
    static let maxNegationGap = 18

    /// Words that make a number a change or a share, not a count: `较上年增加2件`.
    static let change = TextPattern.words(["增加", "减少", "增长", "下降", "同比", "环比", "较", "比上年", "上升", "多", "少", "占"])
    /// Words that widen a sentence past the report's own body (`全县共收到…`).
    static let scope = TextPattern.words(["全县", "全市", "全区", "全省", "全州", "全旗", "各部门", "各单位", "各乡镇", "各镇", "各街道", "系统内", "全系统"])
    static let negation = TextPattern(.word(["未", "没有", "无", "不存在"]),
                                      .optional(["发生", "出现", "收到", "接到", "产生", "受理", "涉及", "新增"]))
    static let completion = TextPattern(.word(["均", "全部", "都"]), .optional(["已", "已经"]),
                                        .optional(["按时", "按期", "依法", "及时", "在法定期限内", "在规定时限内"]),
                                        .word(["办结", "答复完毕", "答复", "办理完毕", "处理完毕"]))
    /// A completion said of something else than this year's applications.
    static let completionElsewhere = TextPattern(anyOf: [
        [.word(["上"]), .optional(["一"]), .word(["年"]), .optional(["度"]), .word(["结转"])],
        [.word(["复议", "诉讼", "信访", "建议", "提案"])],
    ])
    /// `其余均已办结`, `除…外均已办结`: the sentence itself says some are not done.
    static let completionExcept = TextPattern.words(["其余", "其他", "除", "外", "结转下"])
    /// Words that make a count of 四 a part of it (`行政复议结果维持1件`), not its total.
    static let part = TextPattern.words(["维持", "纠正", "结果", "其他", "尚未", "审结", "败诉", "胜诉", "撤诉", "驳回", "其中"])
    /// Another time than the report's year in the clause before a phrase: `去年收到…`.
    static let otherTime = TextPattern(anyOf: [
        [.word(["上"]), .optional(["一"]), .word(["年"])],
        [.word(["去年", "前年", "上年度", "同期"])],
        [.word(["19", "20"]), .digits(2), .spaces, .word(["年"])],
    ])
    /// A count in one of `units`: `12件`, `1,234 件`, `十二起`.
    static func count(_ units: [String]) -> TextPattern { TextPattern(.number, .spaces, .word(units)) }

    static let connectors = ["、", "和", "及", "与", "或", "以及"]
    /// What ends a sentence (and a line: a list item ends at its line).
    static let sentenceEnds: Set<Character> = ["。", "；", ";", "！", "!", "？", "?", "\n"]


    /// `year`: the year the report is on; a clause naming another year speaks of that year.
    static func checks(sections: [Section], tables: [CanonicalTable], edition: Edition, year: Int? = nil) -> [Check] {
        let subjects = ProseSubject.subjects(edition)
        let openings = AnchorOpenings(subjects.flatMap(\.anchors))
        var cells: [String: CellValue] = [:]
        for t in tables { for r in t.rows { for (c, cell) in zip(t.columns, r.cells) { cells["\(t.id).\(r.key).\(c.key)"] = cell } } }
        var out: [Check] = []
        for section in sections {
            // A sentence holding no subject's anchor (most of a long report's prose) is passed over.
            for sentence in sentences(section.text) where openings.occur(in: sentence) && subjects.contains(where: { $0.mayMatch(sentence) }) {
                out += statements(in: sentence, section: section.number, subjects: subjects, cells: cells, year: year)
                out += completions(in: sentence, section: section.number, cells: cells)
            }
        }
        return out
    }

    /// A section's text cut into sentences (and lines: a list item ends at its line).
    static func sentences(_ text: String) -> [Substring] {
        text.split(whereSeparator: sentenceEnds.contains)
    }

    static func statements(in sentence: Substring, section: String, subjects: [ProseSubject],
                           cells: [String: CellValue], year: Int?) -> [Check] {
        var out: [Check] = []
        var taken: [(rule: String, range: Range<String.Index>)] = []
        for subject in subjects where subject.mayMatch(sentence) {
            let matches = subject.phrase.matches(in: sentence)
            if matches.isEmpty { continue }
            if let excluded = subject.excluded, sentence.holdsAny(excluded) { continue }
            for match in matches {
                if taken.contains(where: { $0.rule == subject.rule && $0.range.overlaps(match.range) }) { continue }
                guard let stated = statedCount(after: match.range, in: sentence, subject: subject, all: subjects, year: year) else { continue }
                taken.append((subject.rule, match.range))
                out.append(finding(subject, stated: stated, sentence: sentence, section: section, cells: cells))
            }
        }
        return out
    }

    /// The number a phrase states: the first count after it, or 0 for a negation before it.
    /// `nil` where the sentence does not state one certainly.
    static func statedCount(after phrase: Range<String.Index>, in sentence: Substring, subject: ProseSubject,
                            all: [ProseSubject], year: Int?) -> Int? {
        let head = sentence[..<phrase.lowerBound]
        // `2022年收到政府信息公开申请10件，2023年…`: the clause speaks of another year. The
        // phrases that name a year themselves (上年结转) are read from their own start.
        let clauseHead = head.lastIndex(where: { "，,：:".contains($0) }).map { head[head.index(after: $0)...] } ?? head
        for m in otherTime.matches(in: clauseHead) {
            let text = clauseHead[m.range]
            let digits = text.filter(\.isNumber)
            if digits.count == 4, let y = Int(digits), y == year { continue }
            return nil
        }
        // The phrase is the second of a pair (`行政复议和行政诉讼各1件`): its number is the pair's.
        var jointWithEarlier = false
        if let connector = connectors.first(where: { head.hasSuffix($0) }) {
            let before = head.dropLast(connector.count)
            jointWithEarlier = all.contains { other in
                other.rule != subject.rule && other.mayMatch(before)
                    && other.phrase.matches(in: before).contains { $0.range.upperBound == before.endIndex }
            }
        }
        var tail = sentence[phrase.upperBound...]
        // The phrase is the first of a pair: step over `、行政诉讼`.
        var jointWithLater = false
        while let connector = connectors.first(where: { tail.hasPrefix($0) }) {
            let rest = tail.dropFirst(connector.count)
            guard let next = all.lazy.compactMap({ $0.mayMatch(rest) ? $0.phrase.match(in: rest, at: rest.startIndex) : nil }).first else { break }
            jointWithLater = true
            tail = rest[next.range.upperBound...]
        }
        if let number = firstCount(in: tail, count(subject.units)) {
            let gap = tail[..<number.range.lowerBound]
            if gap.count > maxGap || gap.contains(where: \.isNumber) { return nil }
            if change.occurs(in: gap) || gap.contains("%") { return nil }
            // Another subject's phrase between this one and the number: the number is that one's.
            if all.contains(where: { $0.mayMatch(gap) && $0.phrase.occurs(in: gap) }) { return nil }
            if subject.rule == "text.administrative_review" || subject.rule == "text.litigation", part.occurs(in: gap) {
                return nil
            }
            if jointWithEarlier || jointWithLater {
                // A pair shares one number only when each has it (`各1件`, `均为0件`).
                guard gap.contains("各") || gap.contains("均") || gap.contains("分别") && !gap.contains("共") else { return nil }
            }
            if number.range.upperBound < tail.endIndex, "%％".contains(tail[number.range.upperBound]) { return nil }
            return number.value
        }
        guard subject.absence else { return nil }
        // `未发生因政府信息公开引起的行政复议、行政诉讼案件`: a negation in the clause before it.
        let clause = head.lastIndex(where: { "，,：:".contains($0) }).map { head[head.index(after: $0)...] } ?? head
        guard let neg = negation.matches(in: clause).last else { return nil }
        let between = clause[neg.range.upperBound...]
        if between.count > maxNegationGap || between.contains(where: \.isNumber) { return nil }
        return 0
    }

    /// The first `N件` (a digit count or Chinese numerals) in `text`.
    static func firstCount(in text: Substring, _ pattern: TextPattern) -> (value: Int, range: Range<String.Index>)? {
        guard let m = pattern.firstMatch(in: text), let digits = m.number.map({ text[$0] }),
              let value = number(String(digits)) else { return nil }
        return (value, m.range)
    }

    /// `12`, `１２`, `十二`, `一百零五` as an integer.
    static func number(_ s: String) -> Int? {
        let folded = String(s.unicodeScalars.filter { $0 != "," && $0 != "，" }.map { u -> Character in
            (0xFF10...0xFF19).contains(u.value) ? Character(UnicodeScalar(u.value - 0xFF10 + 0x30)!) : Character(u)
        })
        if let n = Int(folded) { return n }
        let digits: [Character: Int] = ["零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        let units: [Character: Int] = ["十": 10, "百": 100, "千": 1000]
        var total = 0
        var current = 0
        var sawAny = false
        for ch in folded {
            if let d = digits[ch] {
                current = current * 10 + d
                sawAny = true
            } else if let u = units[ch] {
                total += (current == 0 ? 1 : current) * u
                current = 0
                sawAny = true
            } else {
                return nil
            }
        }
        return sawAny ? total + current : nil
    }

    static func finding(_ subject: ProseSubject, stated: Int, sentence: Substring, section: String,
                        cells: [String: CellValue]) -> Check {
        let span = sentence.trimmingSpaces()
        var inputs = [CheckInput.text(span, section: section)]
        var seen = Set<String>()
        for address in subject.readings.flatMap(\.cells) where seen.insert(address).inserted {
            inputs.append(.cell(address, cells[address]))
        }
        let statedText = String(stated)
        let sums: [(name: String, value: FixedPoint?)] = subject.readings.map { reading in
            let values = reading.cells.map { cells[$0]?.fixed }
            return (reading.name, values.contains { $0 == nil } ? nil : FixedPoint.sum(values.compactMap { $0 }))
        }
        let statedValue = FixedPoint(units: stated, scale: 0)
        let says = "第\(section)部分：“\(span)”"
        if let hit = sums.first(where: { $0.value?.sameValue(as: statedValue) == true }) {
            return Check(rule: subject.rule, at: subject.at, ok: true, severity: .warning,
                         message: "\(says) 称 \(statedText)，与表中 \(hit.name) \(hit.value!) 一致 (match)",
                         inputs: inputs, expected: hit.value!.description, actual: statedText)
        }
        let known = sums.filter { $0.value != nil }
        let list = sums.map { "\($0.name) \($0.value?.description ?? "null")" }.joined(separator: "；")
        if known.count < sums.count && known.isEmpty {
            return Check(rule: subject.rule, at: subject.at, ok: nil, severity: .warning,
                         message: "\(says) 称 \(statedText)；表中无数可比 (\(list))", inputs: inputs, actual: statedText)
        }
        let wide = scope.occurs(in: sentence)
        if !subject.strict || wide || known.count < sums.count {
            let why = wide ? "句中所说范围可能大于本机关" : !subject.strict ? "该说法也可能指其他数量" : "部分读法的单元格为空"
            return Check(rule: subject.rule, at: subject.at, ok: nil, severity: .warning,
                         message: "\(says) 称 \(statedText)，表中 \(list)；\(why) (ambiguous)",
                         inputs: inputs, expected: known.first?.value?.description, actual: statedText)
        }
        return Check(rule: subject.rule, at: subject.at, ok: false, severity: .warning,
                     message: "\(says) 称 \(statedText)，表中 \(list) (mismatch)",
                     inputs: inputs, expected: known.first?.value?.description, actual: statedText)
    }

    /// `均已办结` / `全部按时答复` against 四、结转下年度: every application done means none carried forward.
    static func completions(in sentence: Substring, section: String, cells: [String: CellValue]) -> [Check] {
        guard sentence.holdsAny(["办结", "答复", "完毕"]), let done = completion.firstMatch(in: sentence),
              !completionExcept.occurs(in: sentence) else { return [] }
        // The clause that says it: `上年结转2件，均已办结` speaks of this year's applications,
        // `上年结转的2件均已办结` of last year's.
        let clauseStart = sentence[..<done.range.lowerBound].lastIndex(where: { "，,：:".contains($0) }).map { sentence.index(after: $0) }
        if completionElsewhere.occurs(in: sentence[(clauseStart ?? sentence.startIndex)..<done.range.upperBound]) { return [] }
        let address = "applications.carried_forward.total"
        let span = sentence.trimmingSpaces()
        let inputs = [CheckInput.text(span, section: section), .cell(address, cells[address])]
        let says = "第\(section)部分：“\(span)”"
        guard let value = cells[address]?.fixed else {
            return [Check(rule: "text.completed", at: "total", ok: nil, severity: .warning,
                          message: "\(says)；表中 四、结转下年度 总计 为空", inputs: inputs)]
        }
        let ok = value.sameValue(as: .zero)
        return [Check(rule: "text.completed", at: "total", ok: ok, severity: .warning,
                      message: ok ? "\(says)，表中 四、结转下年度 总计 0 (match)"
                                  : "\(says)，但表中 四、结转下年度 总计 \(value) (mismatch)",
                      inputs: inputs, expected: "0", actual: value.description)]
    }
}

/// The first two characters of every anchor word, as pairs of scalars: a sentence none of whose
/// neighbouring characters make such a pair holds no anchor, found in one pass over it (a long
/// report's prose is mostly such sentences, and a word search per anchor per sentence costs
/// seconds on 200,000 of them).
struct AnchorOpenings {
    let pairs: Set<UInt64>
    /// An anchor of one character cannot be told by a pair: every sentence may hold it.
    let everySentence: Bool

    init(_ anchors: [String]) {
        everySentence = anchors.contains { $0.unicodeScalars.count < 2 }
        var pairs = Set<UInt64>()
        for a in anchors {
            let s = Array(a.unicodeScalars)
            if s.count >= 2 { pairs.insert(UInt64(s[0].value) << 32 | UInt64(s[1].value)) }
        }
        self.pairs = pairs
    }

    func occur(in text: Substring) -> Bool {
        if everySentence { return true }
        var previous: UInt32?
        for u in text.unicodeScalars {
            if let p = previous, pairs.contains(UInt64(p) << 32 | UInt64(u.value)) { return true }
            previous = u.value
        }
        return false
    }
}
