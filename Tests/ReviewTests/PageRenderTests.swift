import Foundation
import Normalize
import Review
import Testing

/// The review page as rendered, read as text: self-contained, escaped, deterministic, and
/// showing what the inputs say (grid statuses, open findings, highlighted cells).
@Suite struct PageRenderTests {
    let page = PageFixture.page()
    var dom: PageDOM { PageDOM(html: page) }

    @Test func isOneChinesePageWithNothingFromOutside() {
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(page.contains("<meta charset=\"utf-8\">"))
        #expect(page.contains("<title>审核报告</title>"))
        for outside in ["http://", "https://", "src=", "<link", "@import", "url(", "//fonts", "<img", "<iframe"] {
            #expect(!page.contains(outside), "the page must not load \(outside)")
        }
        #expect(page.components(separatedBy: "<script>").count == 2, "one inline script")
        #expect(page.contains("default-src 'none'"), "the page forbids itself any load")
    }

    @Test func escapesWhatComesFromFiles() {
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(!page.contains(PageFixture.edu2022))
        #expect(page.contains("2022 年报&amp;附件&quot;终稿&quot;.docx"))
    }

    @Test func isTheSameForTheSameInputs() {
        #expect(PageFixture.page() == page)
        let shuffled = ReviewPage.render(reports: PageFixture.reports.reversed(), findings: PageFixture.findings.reversed(),
                                         coverage: PageFixture.coverage)
        #expect(shuffled == page, "the order of the findings and reports given does not matter")
        #expect(!page.contains("生成于"))
        #expect(PageFixture.page(generated: "2026-12-03").contains("生成于 2026-12-03"))
    }

    @Test func headerCountsOpenFindingsBySeverity() {
        // Listed: 3 errors (one confirmed), 4 warnings (one dismissed), 1 info; never listed:
        // a check that holds and one undecided on one report.
        #expect(page.contains("data-severity=\"error\">错误<b>3</b>"))
        #expect(page.contains("data-severity=\"warning\">警告<b>3</b>"))
        #expect(page.contains("data-severity=\"info\">提示<b>1</b>"))
        #expect(page.contains("未结问题 7 项"))
    }

    @Test func gridShowsEachOrganAndYear() throws {
        let expected: [(String, Int, String)] = [
            (PageFixture.government, 2021, "present"), (PageFixture.government, 2022, "present"),
            (PageFixture.government, 2023, "duplicate"), (PageFixture.education, 2021, "missing"),
            (PageFixture.education, 2022, "present"), (PageFixture.education, 2023, "failed"),
        ]
        for (organ, year, status) in expected {
            let cell = try #require(dom.gridCell(organ: organ, year: year), "grid cell \(organ) \(year)")
            #expect(cell.contains("class=\"cov-\(status)\""), "\(organ) \(year): \(cell)")
        }
        #expect(page.contains("<th scope=\"col\">机关</th><th scope=\"col\">2021年</th><th scope=\"col\">2022年</th><th scope=\"col\">2023年</th>"))
        // 某某县人民政府 2022: the balance, the state-secret row and the carry-over.
        let cell = try #require(dom.gridCell(organ: PageFixture.government, year: 2022))
        let after = try #require(page.range(of: cell)?.upperBound)
        let content = page[after...].prefix { $0 != "\n" }
        #expect(content.contains("错误 2"))
        #expect(content.contains("警告 1"))
    }

    @Test func listsOpenFindingsWithTheirFilterAttributes() throws {
        let findings = dom.findings
        #expect(findings.map(\.id) == [
            "balance-gov-2022", "secret-gov-2022", "total-edu-2022",
            "carry-gov-2022", "duplicate-gov-2023", "section5-edu-2022", "text-edu-2022",
            "sharp-gov-2023",
        ], "by severity, then organ (in code point order: 人 before 教), year and path")
        #expect(!page.contains("holds-gov-2021"), "a check that holds is not listed")
        #expect(!page.contains("blank-edu-2022"), "a blank on one report is not listed")
        let dismissed = try #require(findings.first { $0.id == "section5-edu-2022" })
        #expect(dismissed.hidden && dismissed.attributes["data-dismissed"] == "1")
        #expect(findings.filter(\.hidden).count == 1)
        let carry = try #require(findings.first { $0.id == "carry-gov-2022" })
        #expect(carry.rule == "cross_year.carried_over" && carry.severity == "warning" && carry.organ == PageFixture.government)
        for option in ["<option value=\"error\">错误</option>", "<option value=\"cross_year.carried_over\">cross_year.carried_over</option>",
                       "<option value=\"\(PageFixture.education)\">\(PageFixture.education)</option>"] {
            #expect(page.contains(option))
        }
        #expect(page.contains("显示已排除"))
    }

    @Test func findingShowsLocationOtherReportAndDecision() throws {
        let carry = try #require(dom.finding("carry-gov-2022"))
        #expect(carry.contains("<dd class=\"location\">第3页</dd>"))
        #expect(carry.contains("<code class=\"other-path\">\(PageFixture.gov2021)</code>"))
        #expect(carry.contains("未审核"))
        let confirmed = try #require(dom.finding("total-edu-2022"))
        #expect(confirmed.contains("已确认：已通知教育局更正"))
        let duplicate = try #require(dom.finding("duplicate-gov-2023"))
        #expect(duplicate.contains("无法判定"), "a cross-report finding that cannot be decided is listed as such")
        let text = try #require(dom.finding("text-edu-2022"))
        #expect(text.contains("规范化文本第 41 行"))
    }

    @Test func highlightsTheFindingsCellsInTheRebuiltTable() throws {
        let balance = try #require(dom.finding("balance-gov-2022"))
        for cell in ["new_received", "carried_over", "result_total", "carried_forward"] {
            #expect(balance.contains("<td class=\"hit\" data-cell=\"applications.\(cell).total\">"), "\(cell)")
        }
        #expect(balance.components(separatedBy: "class=\"hit\"").count == 5, "exactly the four cells")
        #expect(balance.contains("<td data-cell=\"applications.new_received.natural_person\">41</td>"))
        #expect(!balance.contains("review_litigation"), "only the tables that hold the finding's cells")
        let secret = try #require(dom.finding("secret-gov-2022"))
        #expect(secret.contains("<td class=\"hit\" data-cell=\"applications.withheld.state_secret.natural_person\">1</td>"),
                "a row key with a dot of its own")
        let text = try #require(dom.finding("text-edu-2022"))
        #expect(text.contains("<td class=\"blank\" data-cell=\"applications.new_received.commercial_enterprise\"></td>"))
        let duplicate = try #require(dom.finding("duplicate-gov-2023"))
        #expect(duplicate.contains("<td class=\"hit\" data-cell=\"applications.new_received.natural_person\">212</td>"))
    }

    @Test func printsWithoutFiltersAndWithFindingsOpen() {
        #expect(page.contains("@media print"))
        #expect(page.contains(".filters { display: none; }"))
        #expect(page.contains("beforeprint"))
    }

    @Test func aLongTableShowsOnlyTheRowsWithTheFindingsCells() throws {
        let rows = (1...20).map { PageRow(key: "r\($0)", label: "第\($0)行", raw: ["\($0)"]) }
        let table = PageTable(id: "long", title: "长表", columnLabels: ["总计"], columnKeys: ["total"], rows: rows)
        let report = PageReport(path: "a.docx", organ: "某某县", year: 2023, edition: "2021", status: .findings, tables: [table])
        let finding = PageFinding(id: "f", path: "a.docx", organ: "某某县", year: 2023, rule: "long.sum", at: "total",
                                  ok: false, severity: .error, message: "m", cells: ["long.r3.total", "long.r15.total"])
        let html = ReviewPage.render(reports: [report], findings: [finding], coverage: [])
        let body = try #require(PageDOM(html: html).finding("f"))
        #expect(body.contains("<td class=\"hit\" data-cell=\"long.r3.total\">3</td>"))
        #expect(body.contains("<td class=\"hit\" data-cell=\"long.r15.total\">15</td>"))
        #expect(!body.contains("第4行"))
        #expect(body.components(separatedBy: "<tr class=\"gap\">").count == 4, "three gaps: before, between, after")
        for n in [2, 11, 5] { #expect(body.contains("⋯ 省略 \(n) 行")) }
        // A table up to the limit is shown whole.
        let short = PageTable(id: "long", title: "长表", columnLabels: ["总计"], columnKeys: ["total"],
                              rows: Array(rows.prefix(12)))
        let whole = ReviewPage.render(reports: [PageReport(path: "a.docx", edition: "2021", status: .findings, tables: [short])],
                                      findings: [finding], coverage: [])
        #expect(whole.contains("第12行") && !whole.contains("省略"))
    }

    @Test func emptyReviewSaysSo() {
        let empty = ReviewPage.render(reports: [], findings: [], coverage: [])
        #expect(empty.contains("没有需要审核的问题。"))
        #expect(empty.contains("错误<b>0</b>"))
    }
}
