import Foundation
import Testing
@testable import Normalize

/// The prose checks' phrases, once regular expressions compiled at run time in every process,
/// are `TextPattern`s now: on random sentences made of their own words they match exactly where
/// the expressions they replaced match (the expressions are kept here as the definition).
@Suite struct TextPatternTests {
    /// The former expression of every 2021-format subject, in `ProseSubject.subjects` order.
    static let formerPhrases2021 = [
        "(?:新收|新增)(?:到)?[^，。；,0-9０-９]{0,10}?申请",
        "(?:收到|受理|接收|接到|共收)[^，。；,0-9０-９]{0,12}?申请",
        "(?:共办理|办理了|(?:本年度?|全年|今年)(?:共|累计)?)[^，。；,0-9０-９]{0,4}?政府信息公开申请",
        "上一?年度?(?:结转|转结|遗留)",
        "(?:结转|转入|转至|顺延)(?:至|到|为)?下一?年度?",
        "(?:办结|答复|办理完毕)", "(?:予以公开|同意公开)", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理",
        "行政复议", "行政诉讼", "行政许可", "行政处罚", "行政强制",
        "(?:制发|印发|出台|制定)[^，。；,0-9０-９]{0,6}?(?:行政)?规范性文件",
        "废止[^，。；,0-9０-９]{0,6}?(?:行政)?规范性文件",
        "现行有效[^，。；,0-9０-９]{0,6}?(?:行政)?规范性文件",
        "(?:制发|印发|出台|制定)[^，。；,0-9０-９]{0,6}?规章(?!制度)",
        "废止[^，。；,0-9０-９]{0,6}?规章(?!制度)",
        "现行有效[^，。；,0-9０-９]{0,6}?规章(?!制度)",
    ]

    static let formerStatics: [(TextPattern, String)] = [
        (ProseChecks.negation, "(?:未|没有|无|不存在)(?:发生|出现|收到|接到|产生|受理|涉及|新增)?"),
        (ProseChecks.completion, "(?:均|全部|都)(?:已|已经)?(?:按时|按期|依法|及时|在法定期限内|在规定时限内)?(?:办结|答复完毕|答复|办理完毕|处理完毕)"),
        (ProseChecks.completionElsewhere, "上一?年度?结转|复议|诉讼|信访|建议|提案"),
        (ProseChecks.otherTime, "上一?年|去年|前年|上年度|同期|(?:19|20)[0-9]{2}\\s*年"),
        (ProseChecks.count(["件", "宗", "起", "个", "例"]), "([0-9０-９][0-9０-９,，]*|[零〇一二两三四五六七八九十百千]+)\\s*(?:件|宗|起|个|例)"),
        // Only asked whether it occurs (its gap was greedy, the pattern's is as short as can be).
        (ReportChecks.noFeeNotice, "(?:未|没有|不曾)(?:发出|下发|送达|开具)[^，。；]{0,6}(?:收费|缴费)通知|(?:不|未)涉及[^，。；]{0,6}信息处理费"),
    ]

    /// Pieces the random sentences are made of: the phrases' words and what stands between them.
    static let pieces = ["新收", "新增", "到", "收到", "受理", "申请", "共", "办理", "了", "本年", "度", "全年", "累计", "政府信息公开申请",
                         "上", "一", "年", "结转", "遗留", "转入", "至", "下", "为", "办结", "答复", "完毕", "予以公开", "部分公开",
                         "行政复议", "行政诉讼", "行政许可", "制发", "印发", "行政", "规范性文件", "规章", "制度", "废止", "现行有效",
                         "未", "没有", "发生", "不存在", "均", "已", "已经", "按时", "都", "复议", "去年", "同期", "20", "19", "23",
                         "2023", " ", "件", "起", "12", "1,2", "１２", "十二", "两", "，", "。", "；", "的", "信息", "发出", "收费", "通知",
                         "不", "涉及", "信息处理费", "处理完毕", "上年结转", "上一年度转结", "结转下年度", "顺延至下一年", "未发出收费通知",
                         "不曾开具", "缴费通知", "不予公开", "无法提供", "不予处理", "其他处理", "行政处罚", "行政强制"]

    static func sentence(_ rng: inout SeededGenerator) -> String {
        (0..<Int.random(in: 1...9, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
    }

    static func offsets(_ r: Range<String.Index>, in text: String) -> [Int] {
        [text.unicodeScalars.distance(from: text.startIndex, to: r.lowerBound), text.unicodeScalars.distance(from: text.startIndex, to: r.upperBound)]
    }

    static func agree(_ pattern: TextPattern, _ expression: String, _ rng: inout SeededGenerator, sentences: Int,
                      occurrenceOnly: Bool = false) throws -> Int {
        let regex = try Regex(expression)
        var matched = 0
        for _ in 0..<sentences {
            let text = sentence(&rng)
            let former = text.matches(of: regex).map { offsets($0.range, in: text) }
            let now = pattern.matches(in: text[...]).map { offsets($0.range, in: text) }
            if occurrenceOnly {
                #expect(now.isEmpty == former.isEmpty, "\(expression) on \(text)")
            } else {
                #expect(now == former, "\(expression) on \(text)")
            }
            matched += former.count
            if let m = text.firstMatch(of: regex), m.output.count > 1, let group = m.output[1].range {
                #expect(pattern.firstMatch(in: text[...])?.number.map { offsets($0, in: text) } == offsets(group, in: text), "\(expression) on \(text)")
            }
        }
        return matched
    }

    @Test func subjectPhrasesMatchAsTheirFormerExpressions() throws {
        let subjects = ProseSubject.subjects(.e2021)
        try #require(subjects.count == Self.formerPhrases2021.count)
        var rng = SeededGenerator(seed: 16)
        for (subject, expression) in zip(subjects, Self.formerPhrases2021) {
            let matched = try Self.agree(subject.phrase, expression, &rng, sentences: 3_000)
            #expect(matched > 0, "\(expression): the random sentences never matched it")
        }
    }

    @Test func checkPatternsMatchAsTheirFormerExpressions() throws {
        var rng = SeededGenerator(seed: 17)
        for (pattern, expression) in Self.formerStatics {
            let matched = try Self.agree(pattern, expression, &rng, sentences: 3_000,
                                         occurrenceOnly: expression.hasPrefix("(?:未|没有|不曾)(?:发出"))
            #expect(matched > 0, "\(expression): the random sentences never matched it")
        }
    }

    /// A warning names a row where the row's address starts a word and is followed by the
    /// warning's end, `:`, a space or `.` (the former per-finding search looked at the first
    /// occurrence only, and anywhere in a word).
    @Test func warnedRowsAreTheRowsTheWarningsName() {
        func isAddress(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || c == "_" || c == "*" || c == ".") }
        func former(_ row: String, _ warning: String) -> Bool {
            warning.ranges(of: row).contains { range in
                let after = warning[range.upperBound...].first
                let startsWord = range.lowerBound == warning.startIndex || !isAddress(warning[warning.index(before: range.lowerBound)])
                return startsWord && (after == nil || after == ":" || after == " " || after == ".")
            }
        }
        let words = ["applications", "applications.withheld", "applications.withheld.state_secret", "applications.withheld_x",
                     "review_litigation.*", "review_litigation.litigation_direct.total", "disclosure_rules.regulations"]
        let between = [": ", " ", "：", "（", ": ambiguous ", "。", ""]
        let rows = ["applications", "applications.withheld", "applications.withheld.state_secret", "review_litigation.*",
                    "review_litigation", "disclosure_rules.regulations", "disclosure_rules"]
        var rng = SeededGenerator(seed: 18)
        for _ in 0..<2_000 {
            var warning = ""
            for _ in 0..<Int.random(in: 1...3, using: &rng) {
                warning += words.randomElement(using: &rng)! + between.randomElement(using: &rng)!
            }
            let named = FindingContext.warnedRows([warning])
            for row in rows {
                #expect(named.contains(row) == former(row, warning), "\(row) in \(warning)")
            }
        }
    }
}
