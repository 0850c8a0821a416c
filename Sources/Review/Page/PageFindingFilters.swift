import Normalize

/// The filters above the list: 规则, 级别 and 机关 as `<select>`s (their options are the
/// values the listed findings have, in order, after 全部) and the 显示已排除 box. The page's
/// script applies them and keeps them in the URL's fragment (`#severity=error&organ=…`), so
/// a filtered view can be linked, bookmarked or opened by a headless browser.
struct PageFindingFilters {
    var findings: [PageFindingFacts]

    func html() -> String {
        let rules = Array(Set(findings.map(\.rule))).sorted()
        let severities = Check.Severity.allCases.filter { s in findings.contains { $0.severity == s } }
        let organs = Array(Set(findings.compactMap(\.organ))).sorted()
        var out = "<form class=\"filters\" id=\"filters\" onsubmit=\"return false\">\n"
        out += select(id: "rule", label: "规则", options: rules.map { ($0, $0) })
        out += select(id: "severity", label: "级别", options: severities.map { ($0.rawValue, $0.pageLabel) })
        out += select(id: "organ", label: "机关", options: organs.map { ($0, $0) })
        out += "<label><input type=\"checkbox\" id=\"filter-dismissed\" name=\"dismissed\"> 显示已排除</label>\n"
        out += "</form>\n"
        return out
    }

    private func select(id: String, label: String, options: [(value: String, label: String)]) -> String {
        var out = "<label>\(label) <select id=\"filter-\(id)\" name=\"\(id)\">"
        out += "<option value=\"\">全部</option>"
        for option in options {
            out += "<option value=\"\(PageHTMLText.escape(option.value))\">\(PageHTMLText.escape(option.label))</option>"
        }
        return out + "</select></label>\n"
    }
}
