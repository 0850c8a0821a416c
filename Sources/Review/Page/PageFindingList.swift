import Normalize

/// The list of listed findings (`PageFinding.isListed`), one `<details class="finding">`
/// each, in a fixed order (severity, organ, year, path, rule, at, id). Its summary names
/// severity, rule, at, organ and year, the message and the decision; opened, it shows the
/// location, the report's path, the other report's path and the report's rebuilt tables that
/// hold the finding's cells, those cells highlighted.
///
/// Each finding carries `data-rule`, `data-severity`, `data-organ` and `data-dismissed` for
/// the filters. A dismissed finding starts `hidden` (the page lists what is open; the
/// 显示已排除 box shows the rest).
struct PageFindingList {
    /// The reports by path, for the note beside a finding's path and its other report's
    /// (their tables are not read here: `item` is handed the finding's report).
    var reports: [String: PageReport]

    /// The listed findings in the page's order.
    static func listed(_ findings: [PageFinding]) -> [PageFinding] {
        findings.filter(\.isListed).sorted(by: precedes)
    }

    /// The page's order: severity, organ, year, path, rule, at, id.
    static func precedes(_ a: PageFinding, _ b: PageFinding) -> Bool {
        if let order = precedes(a.facts, b.facts) { return order }
        if a.rule != b.rule { return a.rule < b.rule }
        if a.at != b.at { return a.at < b.at }
        return a.id < b.id
    }

    /// The page's order as far as the facts go (severity, organ, year, path); `nil` for two
    /// findings of the same severity on one path, which their rule, at and id order.
    static func precedes(_ a: PageFindingFacts, _ b: PageFindingFacts) -> Bool? {
        if a.severity != b.severity { return a.severity < b.severity }
        if (a.organ ?? "") != (b.organ ?? "") { return (a.organ ?? "") < (b.organ ?? "") }
        if (a.year ?? 0) != (b.year ?? 0) { return (a.year ?? 0) < (b.year ?? 0) }
        if a.path != b.path { return a.path < b.path }
        return nil
    }

    /// The list's heading and count, before its items.
    static func opening(_ listed: [PageFindingFacts]) -> String {
        var out = "<section class=\"findings\" aria-labelledby=\"findings-title\">\n"
        out += "<h2 id=\"findings-title\">问题清单</h2>\n"
        let open = listed.filter(\.isOpen).count
        out += "<p class=\"shown\">显示 <span id=\"shown-count\">\(open)</span> / \(listed.count) 项</p>\n"
        if listed.isEmpty {
            out += "<p class=\"none\">没有需要审核的问题。</p>\n"
        }
        return out
    }

    static let closing = "</section>\n"

    /// One finding's `<details>`; `report` is the report it is on, with its tables.
    func item(_ f: PageFinding, in report: PageReport?) -> String {
        let e = PageHTMLText.escape
        let dismissed = f.decision == .dismissed
        var out = "<details class=\"finding sev-\(f.severity.rawValue)\" id=\"finding-\(e(f.id))\""
        out += " data-id=\"\(e(f.id))\" data-rule=\"\(e(f.rule))\" data-severity=\"\(f.severity.rawValue)\""
        out += " data-organ=\"\(e(f.organ ?? ""))\" data-dismissed=\"\(dismissed ? "1" : "0")\""
        out += dismissed ? " hidden>\n" : ">\n"
        out += "<summary>"
        out += "<span class=\"sev sev-\(f.severity.rawValue)\">\(f.severity.pageLabel)</span> "
        out += "<code class=\"rule\">\(e(f.rule))</code> <code class=\"at\">\(e(f.at))</code> "
        let who = [f.organ.map(e), f.year.map { "\($0)年" }].compactMap { $0 }.joined(separator: " ")
        if !who.isEmpty { out += "<span class=\"who\">\(who)</span> " }
        out += "<span class=\"message\">\(e(f.message))</span> "
        let decision = f.decision?.pageLabel ?? pageUndecidedLabel
        out += "<span class=\"decision decision-\(f.decision?.rawValue ?? "none")\">\(decision)</span>"
        out += "</summary>\n<div class=\"body\">\n<dl>\n"
        out += "<dt>位置</dt><dd class=\"location\">\(f.location.isEmpty ? "—" : e(f.location))</dd>\n"
        out += "<dt>报告</dt><dd><code class=\"path\">\(e(f.path))</code>\(reportNote(f.path))</dd>\n"
        if let other = f.otherPath {
            out += "<dt>对照报告</dt><dd><code class=\"other-path\">\(e(other))</code>\(reportNote(other))</dd>\n"
        }
        out += "<dt>检查结果</dt><dd>\(f.ok == nil ? "无法判定" : "不成立")</dd>\n"
        out += "<dt>审核意见</dt><dd>\(decision)\(f.comment.map { "：" + e($0) } ?? "")</dd>\n"
        out += "</dl>\n"
        let tables = report.map { PageHighlightedTable.containing(f.cells, in: $0) } ?? []
        if tables.isEmpty {
            out += "<p class=\"none\">\(f.cells.isEmpty ? "该问题不涉及表格单元格。" : "报告的表格中找不到该问题的单元格。")</p>\n"
        } else {
            for table in tables { out += table.html() }
        }
        return out + "</div>\n</details>\n"
    }

    /// The edition and status of the report at `path`, when the page has it.
    private func reportNote(_ path: String) -> String {
        guard let report = reports[path] else { return "" }
        var parts = ["\(PageHTMLText.escape(report.edition))版", report.status.pageLabel]
        if let title = report.title { parts.insert(PageHTMLText.escape(title), at: 0) }
        return " <span class=\"report-note\">（\(parts.joined(separator: "，"))）</span>"
    }
}
