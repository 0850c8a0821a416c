/// What the prose may say about the tables: one entry per kind of statement, the phrase that
/// makes it and the cells it speaks of. `ProseChecks` finds every mention in every section.
/// A phrase that can mean two things (`收到…申请`: 一 alone, or 一 and 二 together) lists each
/// reading; the finding says which one matched.
struct ProseSubject {
    var rule: String
    var at: String
    /// The phrase that names the subject (matched in one clause). Every text it matches holds
    /// one of its `anchors`.
    var phrase: TextPattern
    /// The readings of the phrase: each a name and the cells (`table.row.column`) it adds up.
    var readings: [(name: String, cells: [String])]
    /// Whether a number matching no reading is a mismatch (`ok: false`); where the phrase may
    /// also be used for other counts the finding is undecided (`ok: nil`) instead.
    var strict: Bool
    /// Whether `未发生…` / `无…` before the phrase states the count is 0.
    var absence: Bool = false
    /// Words in the sentence that make the phrase speak of something else.
    var excluded: [String]? = nil
    /// The units a count of this subject is written with.
    var units = ["件", "宗", "起", "个", "例"]
    /// Words one of which every text the phrase matches holds: a sentence with none of them is
    /// not matched against the phrase. Empty for a phrase that is a list of words.
    var anchors: [String] = []

    /// Whether `text` holds one of the subject's anchors, without which the phrase cannot match.
    func mayMatch(_ text: Substring) -> Bool { text.holdsAny(anchors) }

    static func subjects(_ edition: Edition) -> [ProseSubject] {
        let total = "total"
        func apps(_ rows: [String]) -> [String] { rows.map { "applications.\($0).\(total)" } }
        let withheld = Template.applications(edition).rows.map(\.key).filter { $0.hasPrefix("withheld.") }
        let unavailable = Template.applications(edition).rows.map(\.key).filter { $0.hasPrefix("unavailable.") }
        let notProcessed = Template.applications(edition).rows.map(\.key).filter { $0.hasPrefix("not_processed.") }
        let other = Template.applications(edition).rows.map(\.key).filter { $0.hasPrefix("other_handling") }
        let applicationScope = ["复议", "诉讼", "信访", "举报", "投诉", "建议", "提案", "咨询", "热线", "留言", "听证"]
        let gap = { (n: Int) in TextPattern.Piece.gap(max: n, except: TextPattern.clauseOrNumber) }
        let review = ["件", "宗", "起", "个", "例", "次"]
        let notAboutCases = ["培训", "讲座", "人员", "工作人员"]
        var list: [ProseSubject] = [
            ProseSubject(rule: "text.new_received", at: total, phrase: TextPattern(.word(["新收", "新增"]), .optional(["到"]), gap(10), .word(["申请"])),
                         readings: [("一 本年新收", apps(["new_received"]))], strict: true, absence: true, excluded: applicationScope,
                         anchors: ["新收", "新增"]),
            ProseSubject(rule: "text.new_received", at: total, phrase: TextPattern(.word(["收到", "受理", "接收", "接到", "共收"]), gap(12), .word(["申请"])),
                         readings: [("一 本年新收", apps(["new_received"])),
                                    ("一+二 本年新收与上年结转", apps(["new_received", "carried_over"]))],
                         strict: true, absence: true, excluded: applicationScope, anchors: ["收到", "受理", "接收", "接到", "共收"]),
            // `共办理政府信息公开申请N件`, `本年度政府信息公开申请N件`: 一 or 一+二 as likely as not, and
            // 办理 may also count 三（七）: a number matching neither is undecided.
            ProseSubject(rule: "text.new_received", at: total,
                         phrase: TextPattern(anyOf: [
                             [.word(["共办理", "办理了"]), gap(4), .word(["政府信息公开申请"])],
                             [.word(["本年度", "本年", "全年", "今年"]), .optional(["共", "累计"]), gap(4), .word(["政府信息公开申请"])],
                         ]),
                         readings: [("一 本年新收", apps(["new_received"])),
                                    ("一+二 本年新收与上年结转", apps(["new_received", "carried_over"]))],
                         strict: false, excluded: applicationScope, anchors: ["政府信息公开申请"]),
            ProseSubject(rule: "text.carried_over", at: total, phrase: TextPattern(.word(["上"]), .optional(["一"]), .word(["年"]), .optional(["度"]), .word(["结转", "转结", "遗留"])),
                         readings: [("二 上年结转", apps(["carried_over"]))], strict: true, absence: true,
                         anchors: ["结转", "转结", "遗留"]),
            ProseSubject(rule: "text.carried_forward", at: total, phrase: TextPattern(.word(["结转", "转入", "转至", "顺延"]), .optional(["至", "到", "为"]), .word(["下"]),
                                                                             .optional(["一"]), .word(["年"]), .optional(["度"])),
                         readings: [("四 结转下年度", apps(["carried_forward"]))], strict: true, absence: true,
                         anchors: ["结转", "转入", "转至", "顺延"]),
            ProseSubject(rule: "text.result_total", at: total, phrase: .words(["办结", "答复", "办理完毕"]),
                         readings: [("三（七）总计", apps(["result_total"]))], strict: false,
                         excluded: ["按时", "按期", "延期", "逾期", "当场", "其中", "复议", "诉讼", "上年"]),
            ProseSubject(rule: "text.disclosed", at: total, phrase: .words(["予以公开", "同意公开"]),
                         readings: [("三（一）予以公开", apps(["disclosed"]))], strict: true, excluded: ["主动"]),
            ProseSubject(rule: "text.partially_disclosed", at: total, phrase: .words(["部分公开"]),
                         readings: [("三（二）部分公开", apps(["partially_disclosed"]))], strict: true, excluded: ["主动"]),
            ProseSubject(rule: "text.withheld", at: total, phrase: .words(["不予公开"]),
                         readings: [("三（三）不予公开", apps(withheld))], strict: true),
            ProseSubject(rule: "text.unavailable", at: total, phrase: .words(["无法提供"]),
                         readings: [("三（四）无法提供", apps(unavailable))], strict: true),
            ProseSubject(rule: "text.not_processed", at: total, phrase: .words(["不予处理"]),
                         readings: [("三（五）不予处理", apps(notProcessed))], strict: true),
            ProseSubject(rule: "text.other_handling", at: total, phrase: .words(["其他处理"]),
                         readings: [("三（六）其他处理", apps(other))], strict: true),
            ProseSubject(rule: "text.administrative_review", at: total, phrase: .words(["行政复议"]),
                         readings: [("四 行政复议总计", ["review_litigation.administrative_review.total"])],
                         strict: true, absence: true, excluded: notAboutCases, units: review),
            ProseSubject(rule: "text.litigation", at: total, phrase: .words(["行政诉讼"]),
                         readings: [("四 行政诉讼总计（未经复议直接起诉+复议后起诉）",
                                     ["review_litigation.litigation_direct.total", "review_litigation.litigation_after_review.total"])],
                         strict: true, absence: true, excluded: notAboutCases, units: review),
        ]
        for (rule, row, word, table) in [("text.licensing", "administrative_licensing", "行政许可", "disclosure_licensing"),
                                         ("text.penalty", "administrative_penalty", "行政处罚", "disclosure_enforcement"),
                                         ("text.coercion", "administrative_coercion", "行政强制", "disclosure_enforcement")] {
            list.append(ProseSubject(rule: rule, at: row, phrase: .words([word]),
                                     readings: [("二 \(word)处理决定数量", ["\(table).\(row).decisions"])], strict: false,
                                     excluded: ["信息", "公示"], units: ["件", "项", "个", "起"]))
        }
        let documents: [TextPattern.Piece] = [.optional(["行政"]), .word(["规范性文件"])]
        let rules: [TextPattern.Piece] = [.word(["规章"]), .notFollowedBy(["制度"])]
        let units = ["件", "个", "份", "部", "篇"]
        for (rule, row, word) in [("text.normative_documents", "normative_documents", documents),
                                  ("text.regulations", "regulations", rules)] {
            let anchor = row == "regulations" ? "规章" : "规范性文件"
            let made = edition == .e2021 ? [("本年制发", "issued")] : [("本年新制作", "newly_made"), ("本年新公开", "newly_published")]
            list.append(ProseSubject(rule: rule, at: edition == .e2021 ? "issued" : "newly_made",
                                     phrase: TextPattern(anyOf: [[.word(["制发", "印发", "出台", "制定"]), gap(6)] + word]),
                                     readings: made.map { ("二 \($0.0)", ["disclosure_rules.\(row).\($0.1)"]) }, strict: true,
                                     units: units, anchors: [anchor]))
            if edition == .e2021 {
                list.append(ProseSubject(rule: rule, at: "repealed", phrase: TextPattern(anyOf: [[.word(["废止"]), gap(6)] + word]),
                                         readings: [("二 本年废止", ["disclosure_rules.\(row).repealed"])], strict: true,
                                         units: units, anchors: [anchor]))
                list.append(ProseSubject(rule: rule, at: "in_force", phrase: TextPattern(anyOf: [[.word(["现行有效"]), gap(6)] + word]),
                                         readings: [("二 现行有效", ["disclosure_rules.\(row).in_force"])], strict: true,
                                         units: units, anchors: [anchor]))
            }
        }
        // A phrase that is a list of words is its own anchor.
        for i in list.indices where list[i].anchors.isEmpty {
            let alternatives = list[i].phrase.alternatives
            guard alternatives.count == 1, alternatives[0].count == 1, case let .word(words) = alternatives[0][0] else {
                preconditionFailure("\(list[i].rule): a phrase of more than words needs its anchors")
            }
            list[i].anchors = words
        }
        return list
    }
}
