import Normalize

/// The organ × year grid (机关 × 年度): one row per organ, one column per year any organ has,
/// each cell coloured by its status (class `cov-present`, `cov-missing`, `cov-failed`,
/// `cov-duplicate`) with its open findings counted by severity. An organ's name links to the
/// list filtered to that organ.
struct PageCoverageGrid {
    var coverage: [PageCoverage]
    /// The open findings, counted into the cell of their organ and year.
    var openFindings: [PageFindingFacts]

    /// The years of every organ, in order.
    var years: [Int] {
        Array(Set(coverage.flatMap(\.years))).sorted()
    }

    func html() -> String {
        let years = years
        var counts: [String: [Int: [Check.Severity: Int]]] = [:]
        for finding in openFindings {
            guard let organ = finding.organ, let year = finding.year else { continue }
            counts[organ, default: [:]][year, default: [:]][finding.severity, default: 0] += 1
        }
        var out = "<section class=\"grid\" aria-labelledby=\"grid-title\">\n"
        out += "<h2 id=\"grid-title\">机关 × 年度</h2>\n"
        if coverage.isEmpty {
            return out + "<p class=\"none\">没有报告。</p>\n</section>\n"
        }
        out += "<table class=\"coverage\">\n<thead><tr><th scope=\"col\">机关</th>"
        for year in years {
            out += "<th scope=\"col\">\(year)年</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for organ in coverage {
            let name = PageHTMLText.escape(organ.organ)
            out += "<tr><th scope=\"row\"><a href=\"#organ=\(PageHTMLText.fragmentValue(organ.organ))\">\(name)</a></th>"
            for year in years {
                guard let status = organ.statuses[year] else {
                    out += "<td class=\"cov-none\" data-organ=\"\(name)\" data-year=\"\(year)\">—</td>"
                    continue
                }
                out += "<td class=\"cov-\(status.rawValue)\" data-organ=\"\(name)\" data-year=\"\(year)\" data-status=\"\(status.rawValue)\">"
                out += "<span class=\"status\">\(status.pageLabel)</span>"
                let bySeverity = counts[organ.organ]?[year] ?? [:]
                for severity in Check.Severity.allCases {
                    if let n = bySeverity[severity], n > 0 {
                        out += " <span class=\"count sev-\(severity.rawValue)\" title=\"\(severity.pageLabel)\">\(severity.pageLabel) \(n)</span>"
                    }
                }
                out += "</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        out += "<p class=\"legend\">"
        out += PageCoverageStatus.allCases
            .map { "<span class=\"swatch cov-\($0.rawValue)\"></span>\($0.pageLabel)" }
            .joined(separator: " ")
        out += "</p>\n</section>\n"
        return out
    }
}
