/// Recognizes the six section headings of a report (一、总体情况 … 六、其他需要报告的事项).
enum SectionHeading {
    static let numbers = ["一", "二", "三", "四", "五", "六"]

    /// Words that the title of each section has in the national format and its variants.
    static let words: [String: [String]] = [
        "一": ["总体情况", "总体", "概述", "基本情况", "工作情况"],
        "二": ["主动公开"],
        "三": ["收到和处理", "依申请", "申请情况", "公开申请"],
        "四": ["行政复议", "行政诉讼", "复议"],
        "五": ["存在的主要问题", "主要问题", "存在问题", "问题及改进", "改进情况", "改进"],
        "六": ["其他需要报告", "其他事项", "其他"],
    ]

    /// The section number and printed title if `text` is the heading of the section after
    /// `previous` (or of a later one), else `nil`.
    static func parse(_ text: String, after previous: Int) -> (number: String, title: String)? {
        let clean = TextClean.paragraph(text)
        guard let first = clean.first, let index = numbers.firstIndex(of: String(first)), index > previous else { return nil }
        let rest = clean.dropFirst()
        guard let mark = rest.first, ["、", ".", "．", ",", "，", " "].contains(mark) else { return nil }
        let title = TextClean.paragraph(String(rest.dropFirst()))
        guard !title.isEmpty, title.count <= 40, !title.hasSuffix("。") else { return nil }
        let key = TextClean.matchKey(title)
        let number = numbers[index]
        if words[number]!.contains(where: { key.has($0) }) { return (number, title) }
        // An unusual title is accepted only for the very next section, and only if short and
        // not a row label of section 三 (`四、结转下年度继续办理`).
        if index == previous + 1 && title.count <= 20 && LabelMatcher.applicationKey(title) == nil {
            return (number, title)
        }
        return nil
    }
}
