/// The header lines a crawler writes before a portal page's text (`标题: …`, `发布时间: …`,
/// `发布机构: …`, `原文链接: …`, then a separator such as `==== 正文 ====`).
///
/// They are the page's metadata, not the report: they are taken off the text, the publisher
/// is kept for `organ` (used only where the report names none), and the title is put back as
/// the first line, without its prefix, only where the body does not open with a title.
struct CrawlerHeader: Equatable {
    var title: String?
    var publisher: String?

    /// Keys crawlers and portal pages write, as `key: value` lines.
    static let keys: Set<String> = [
        "标题", "题目", "名称", "发布时间", "发布日期", "发文日期", "成文日期", "文号", "发文字号", "发布机构", "发文机关",
        "发布单位", "来源", "信息来源", "栏目", "所属栏目", "原文链接", "链接", "网址", "页面链接", "本地目录", "索引号",
        "主题分类", "公开方式", "公开范围", "作者", "浏览次数", "抓取时间", "采集时间", "url", "URL", "title",
    ]
    static let publisherKeys = ["发布机构", "发文机关", "发布单位"]
    static let titleKeys = ["标题", "题目", "名称", "title"]
    /// How far into the text the header is looked for, in lines.
    static let maximumLines = 24
    /// The least number of `key: value` lines that make a header (one such line may be prose).
    static let minimumKeyLines = 2

    /// Splits `text` into its header and its body; `nil` when it has no crawler header.
    static func split(_ text: String) -> (header: CrawlerHeader, body: String)? {
        var lines: [Substring] = []
        var rest = Substring(text)
        while lines.count < maximumLines, !rest.isEmpty {
            let end = rest.firstIndex(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) ?? rest.endIndex
            lines.append(rest[..<end])
            rest = end == rest.endIndex ? rest[end...] : rest[rest.index(after: end)...]
        }
        var header = CrawlerHeader()
        var keyLines = 0
        var headerEnd: Int? = nil
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingSpaces()
            if isSeparator(trimmed) {
                if keyLines >= minimumKeyLines { headerEnd = index + 1 }
                break
            }
            if let (key, value) = keyValue(trimmed) {
                keyLines += 1
                if titleKeys.contains(key), !value.isEmpty, header.title == nil { header.title = value }
                if publisherKeys.contains(key), !value.isEmpty, header.publisher == nil { header.publisher = value }
                headerEnd = keyLines >= minimumKeyLines ? index + 1 : nil
                continue
            }
            // A crawler's note between the keys and the separator (`页面链接与图片详见 links.tsv`).
            if keyLines >= minimumKeyLines, trimmed.count <= 40, !trimmed.contains("报告") { continue }
            break
        }
        guard let headerEnd, keyLines >= minimumKeyLines else { return nil }
        var body = text[...]
        for _ in 0..<headerEnd {
            guard let end = body.firstIndex(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) else { body = body[body.endIndex...]; break }
            body = body[body.index(after: end)...]
        }
        var out = String(body)
        // The body opens with its own title (`…年度报告`) or the page title is put first.
        if let title = header.title {
            let opening = out.trimmingWhitespace().prefix(80)
            if !opening.contains("报告") { out = title + "\n" + out }
        }
        return (header, out)
    }

    /// `标题: 平潭…` → ("标题", "平潭…"): a known key, a colon (`:` or `：`), the value.
    static func keyValue(_ line: String) -> (String, String)? {
        guard let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let key = line[..<colon].trimmingSpaces()
        guard keys.contains(key) else { return nil }
        return (key, line[line.index(after: colon)...].trimmingSpaces())
    }

    /// `==== 正文 ====`, `----------`, `*****`: a line of one repeated mark, a word allowed inside.
    static func isSeparator(_ line: String) -> Bool {
        let marks = line.filter { "=-*#_~".contains($0) }
        return marks.count >= 6 && line.count - marks.count <= 8
    }
}
