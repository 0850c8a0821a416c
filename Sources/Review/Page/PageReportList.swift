/// The reports the review read, one row each (机关, 年度, 版本, 状态, 未结问题, 路径), in the
/// order of organ, year and path; a report's open findings are counted on its path.
struct PageReportList {
    var reports: [PageReport]
    var openFindings: [PageFindingFacts]

    func html() -> String {
        let e = PageHTMLText.escape
        var open: [String: Int] = [:]
        for finding in openFindings { open[finding.path, default: 0] += 1 }
        let ordered = reports.sorted { a, b in
            if (a.organ ?? "") != (b.organ ?? "") { return (a.organ ?? "") < (b.organ ?? "") }
            if (a.year ?? 0) != (b.year ?? 0) { return (a.year ?? 0) < (b.year ?? 0) }
            return a.path < b.path
        }
        var out = "<section class=\"reports\" aria-labelledby=\"reports-title\">\n<h2 id=\"reports-title\">报告</h2>\n"
        if ordered.isEmpty { return out + "<p class=\"none\">没有报告。</p>\n</section>\n" }
        out += "<table class=\"report-list\">\n<thead><tr><th scope=\"col\">机关</th><th scope=\"col\">年度</th><th scope=\"col\">版本</th><th scope=\"col\">状态</th><th scope=\"col\">未结问题</th><th scope=\"col\">路径</th></tr></thead>\n<tbody>\n"
        for report in ordered {
            out += "<tr class=\"report-\(report.status.rawValue)\"><td>\(e(report.organ ?? "—"))</td>"
            out += "<td>\(report.year.map { "\($0)" } ?? "—")</td><td>\(e(report.edition))</td>"
            out += "<td class=\"status\">\(report.status.pageLabel)</td><td class=\"num\">\(open[report.path] ?? 0)</td>"
            out += "<td><code>\(e(report.path))</code></td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }
}
