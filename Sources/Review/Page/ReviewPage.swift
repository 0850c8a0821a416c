import Normalize

/// `review.html`: the one page a reviewer opens. Self-contained (inline style and script, no
/// network, no fonts, scripts or images from elsewhere), in Chinese, printable, and the same
/// bytes for the same inputs (no clock, no random identifiers: a date appears only when
/// passed as `generated`).
///
/// From the top: the counts of open findings by severity (错误, 警告, 提示), the organ × year
/// grid, the filters, the list of findings (each opening onto its report's rebuilt tables
/// with its cells highlighted), and the reports.
public enum ReviewPage {
    /// The page for these reports, findings and coverage. `generated` (a date, a run's name)
    /// is printed under the title as given.
    public static func render(reports: [PageReport], findings: [PageFinding], coverage: [PageCoverage],
                              generated: String? = nil) -> String {
        var byPath: [String: PageReport] = [:]
        for report in reports where byPath[report.path] == nil { byPath[report.path] = report }
        let listed = PageFindingList.listed(findings)
        let list = PageFindingList(reports: byPath)
        var out = ""
        write(reports: reports, listed: listed.map(\.facts), coverage: coverage, generated: generated, emit: { out += $0 },
              item: { i in list.item(listed[i], in: byPath[listed[i].path]) })
        return out
    }

    /// The page in the order it is read, piece by piece to `emit`: `listed` are the listed
    /// findings' facts in the page's order (`PageFindingList.listed`), `item(i)` the HTML of
    /// the i-th (`PageFindingList.item`), so a caller can keep the items, which hold the
    /// messages and the rebuilt tables, out of memory until they are written (`ReviewPageData`).
    static func write(reports: [PageReport], listed: [PageFindingFacts], coverage: [PageCoverage], generated: String?,
                      emit: (String) throws -> Void, item: (Int) throws -> String) rethrows {
        let open = listed.filter(\.isOpen)
        try emit("""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
        <title>审核报告</title>
        <style>
        \(reviewPageStyle)
        </style>
        </head>
        <body>

        """)
        try emit(header(open: open, reports: reports.count, generated: generated))
        try emit("<main>\n")
        try emit(PageCoverageGrid(coverage: coverage, openFindings: open).html())
        try emit("<section class=\"filtering\" aria-label=\"筛选\">\n")
        try emit(PageFindingFilters(findings: listed).html())
        try emit("</section>\n")
        try emit(PageFindingList.opening(listed))
        for i in listed.indices { try emit(item(i)) }
        try emit(PageFindingList.closing)
        try emit(PageReportList(reports: reports, openFindings: open).html())
        try emit("</main>\n<script>\n\(reviewPageScript)\n</script>\n</body>\n</html>\n")
    }

    private static func header(open: [PageFindingFacts], reports: Int, generated: String?) -> String {
        var out = "<header>\n<h1>审核报告</h1>\n"
        if let generated {
            out += "<p class=\"generated\">生成于 \(PageHTMLText.escape(generated))</p>\n"
        }
        out += "<p class=\"generated\">共 \(reports) 份报告，未结问题 \(open.count) 项</p>\n"
        out += "<ul class=\"counts\">\n"
        for severity in Check.Severity.allCases {
            let n = open.filter { $0.severity == severity }.count
            out += "<li class=\"sev-\(severity.rawValue)\" data-severity=\"\(severity.rawValue)\">\(severity.pageLabel)<b>\(n)</b></li>\n"
        }
        return out + "</ul>\n</header>\n"
    }
}
