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
        let listed = PageFindingList.listed(findings)
        let open = listed.filter(\.isOpen)
        var byPath: [String: PageReport] = [:]
        for report in reports where byPath[report.path] == nil { byPath[report.path] = report }

        var out = """
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

        """
        out += header(open: open, reports: reports.count, generated: generated)
        out += "<main>\n"
        out += PageCoverageGrid(coverage: coverage, openFindings: open).html()
        out += "<section class=\"filtering\" aria-label=\"筛选\">\n"
        out += PageFindingFilters(findings: listed).html()
        out += "</section>\n"
        out += PageFindingList(findings: listed, reports: byPath).html()
        out += PageReportList(reports: reports, openFindings: open).html()
        out += "</main>\n<script>\n\(reviewPageScript)\n</script>\n</body>\n</html>\n"
        return out
    }

    private static func header(open: [PageFinding], reports: Int, generated: String?) -> String {
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
