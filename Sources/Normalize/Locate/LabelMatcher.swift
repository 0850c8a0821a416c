/// Recognizes the rows of the national format by what their labels say, not by exact text:
/// wording variants, spacing, full- and half-width punctuation, typos and labels wrapped
/// over lines all reduce to a few distinctive words (`国家秘密`, `另行制作`, `收费通知`).
enum LabelMatcher {
    /// Distinctive words of the section 三 rows, most specific first. Keys are the 2021
    /// edition's; `other_handling` is the group row （六）其他处理 (the 2019 edition's row).
    static let applicationWords: [(key: String, words: [String])] = [
        ("other_handling.overdue_correction", ["不补正"]),
        ("other_handling.overdue_fee", ["收费通知", "缴纳费", "缴费"]),
        ("withheld.state_secret", ["国家秘密"]),
        ("withheld.prohibited_by_law", ["禁止公开", "其他法律"]),
        ("withheld.three_safeties_one_stability", ["三安全", "一稳定"]),
        ("withheld.third_party_rights", ["第三方"]),
        ("withheld.internal_affairs", ["内部事务"]),
        ("withheld.process_information", ["过程性"]),
        ("withheld.enforcement_files", ["执法案卷"]),
        ("withheld.query_items", ["查询事项"]),
        ("unavailable.not_held", ["不掌握"]),
        ("unavailable.needs_creation", ["另行制作", "现成信息"]),
        ("unavailable.unclear_after_correction", ["仍不明确", "补正后"]),
        ("not_processed.petition_complaint", ["信访", "举报投诉"]),
        ("not_processed.duplicate", ["重复申请"]),
        ("not_processed.publication", ["出版物"]),
        ("not_processed.mass_repeated", ["大量反复", "反复申请"]),
        ("not_processed.confirm_or_reissue", ["重新出具", "确认或"]),
        ("partially_disclosed", ["部分公开"]),
        ("disclosed", ["予以公开"]),
        ("new_received", ["本年新收", "新收政府信息"]),
        ("carried_over", ["上年结转"]),
        ("carried_forward", ["结转下年", "继续办理"]),
        ("result_total", ["总计", "合计"]),
        ("other_handling", ["其他处理"]),
    ]

    /// The section 三 row a label names, or `nil`. `last` is the most specific label cell
    /// of the row (the rightmost), `all` every label cell of the row joined.
    static func applicationKey(last: String, all: String) -> String? {
        if let key = applicationKey(last) { return key }
        // A vertical group label's character run into the row's own label (`他 3.其他`): the
        // label from its item number on.
        if let start = lastItemNumber(in: last), let key = applicationKey(String(last[start...])) { return key }
        return applicationKey(all)
    }

    /// Where the last item number (`3.`, `2、`, `（四）`) starts in a label, if not at its start.
    static func lastItemNumber(in label: String) -> String.Index? {
        var found: String.Index? = nil
        var i = label.startIndex
        while i < label.endIndex {
            let c = label[i]
            if c.isASCII && c.isNumber, i > label.startIndex {
                let previous = label[label.index(before: i)]
                let next = label.index(after: i)
                if !(previous.isASCII && previous.isNumber), next < label.endIndex, [".", "、", "．"].contains(label[next]) { found = i }
            } else if c == "（" || c == "(", i > label.startIndex, stripNumbering(TextClean.matchKey(String(label[i...]))) != TextClean.matchKey(String(label[i...])) {
                found = i
            }
            i = label.index(after: i)
        }
        return found
    }

    static func applicationKey(_ label: String) -> String? {
        let key = TextClean.matchKey(label)
        if key.isEmpty { return nil }
        let bare = stripNumbering(key)
        if bare == "其他" || bare == "其它" || bare == "其他情形" { return "other_handling.other" }
        for entry in applicationWords where entry.words.contains(where: { key.has($0) }) {
            return entry.key
        }
        return nil
    }

    /// Every section 三 row whose words a label has: more than one when one cell holds the
    /// labels of two rows.
    static func applicationKeys(_ label: String) -> Set<String> {
        let key = TextClean.matchKey(label)
        return Set(applicationWords.filter { entry in entry.words.contains { key.has($0) } }.map(\.key))
    }

    /// True for the header rows of section 三 (申请人情况, 自然人, the 勾稽关系 note).
    static func isApplicationsHeader(_ joinedKey: String) -> Bool {
        ["申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "勾稽关系", "第一项加第二项", "第三项加第四项"]
            .contains { joinedKey.has($0) }
    }

    /// True for the header rows of section 四.
    static func isReviewHeader(_ joinedKey: String) -> Bool {
        ["行政复议", "行政诉讼", "复议", "结果维持", "结果纠正", "尚未审结", "直接起诉", "维持", "纠正", "审结"]
            .contains { joinedKey.has($0) }
    }

    /// Which item of 第二十条 a caption names: "一", "五", "六", "八" or "九".
    static func disclosureItem(_ text: String) -> String? {
        let key = TextClean.matchKey(text)
        guard key.has("第二十条") || key.hasPrefix("第(") else { return nil }
        guard key.count <= 24 else { return nil }
        for item in ["一", "五", "六", "八", "九"] where key.has("(\(item))") || key.has("第\(item)项") {
            return item
        }
        return nil
    }

    /// The section 二 table and row a label names, e.g. ("disclosure_rules", "regulations").
    static func disclosureRow(_ label: String) -> (table: String, row: String)? {
        let key = stripNumbering(TextClean.matchKey(label))
        guard !key.isEmpty, key.count <= 16 else { return nil }
        if key.has("规范性文件") { return ("disclosure_rules", "normative_documents") }
        if key == "规章" || key.hasSuffix("规章") && key.count <= 4 { return ("disclosure_rules", "regulations") }
        if key.has("行政许可") { return ("disclosure_licensing", "administrative_licensing") }
        if key.has("对外管理服务") { return ("disclosure_licensing", "other_external_management") }
        if key.has("行政处罚") { return ("disclosure_enforcement", "administrative_penalty") }
        if key.has("行政强制") { return ("disclosure_enforcement", "administrative_coercion") }
        if key.has("事业性收费") || key == "行政收费" { return ("disclosure_fees", "administrative_fees") }
        if key.has("集中采购") || key == "政府采购" { return ("disclosure_procurement", "government_procurement") }
        return nil
    }

    /// The table of section 二 that an item of 第二十条 holds.
    static func disclosureTable(item: String) -> String? {
        switch item {
        case "一": return "disclosure_rules"
        case "五": return "disclosure_licensing"
        case "六": return "disclosure_enforcement"
        case "八": return "disclosure_fees"
        case "九": return "disclosure_procurement"
        default: return nil
        }
    }

    /// Which row of section 四 a label names, in the three-row layout.
    static func reviewRow(_ label: String) -> String? {
        let key = TextClean.matchKey(label)
        if key.has("未经复议") || key.has("直接起诉") { return "litigation_direct" }
        if key.has("复议后") { return "litigation_after_review" }
        if key.has("复议") { return "administrative_review" }
        return nil
    }

    /// A label without its leading list marker: `3.其他` → `其他`, `(七)总计` → `总计`, `三、本年` → `本年`.
    static func stripNumbering(_ key: String) -> String {
        var s = Substring(key)
        let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
                                         "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]
        if s.first == "(" {
            let inner = s.dropFirst()
            if let close = inner.firstIndex(of: ")"), inner[inner.startIndex..<close].allSatisfy({ numerals.contains($0) }),
               close > inner.startIndex {
                s = inner[inner.index(after: close)...]
                return String(s)
            }
        }
        let digits = s.prefix(while: { numerals.contains($0) })
        if !digits.isEmpty {
            let rest = s.dropFirst(digits.count)
            if let mark = rest.first, [".", ",", "、", ")", "．"].contains(mark) {
                return String(rest.dropFirst())
            }
        }
        return String(s)
    }
}
