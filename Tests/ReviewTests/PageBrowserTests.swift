@testable import Extract
import Foundation
import Review
import TestSupport
import Testing

/// The review page in a real browser (headless Chromium): it renders, its script runs, and
/// the filters read from the URL's fragment hide exactly the findings that do not match.
/// Serialized: each test starts a browser, and two at once on a small machine only race.
@Suite(.serialized, .enabled(if: !PageBrowserGate.skipped, PageBrowserGate.reason))
struct PageBrowserTests {
    /// The smallest screenshot taken as a real render: a blank 1400 × 1000 PNG is a few KB,
    /// the page's text, grid and coloured rows are far more.
    static let minimumScreenshotBytes = 20_000

    /// The fixture's page in a fresh folder.
    static func pageFile() throws -> URL {
        let folder = try Scratch.directory("review-page")
        let page = folder.appendingPathComponent("review.html")
        try PageFixture.page(generated: "2024-03-31").write(to: page, atomically: true, encoding: .utf8)
        return page
    }

    /// `page` with `fragment` (parameters as the page's filters write them).
    static func url(_ page: URL, _ parameters: [(String, String)]) -> URL {
        let fragment = parameters.map { "\($0)=\($1.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)" }
        return URL(string: page.absoluteString + "#" + fragment.joined(separator: "&"))!
    }

    /// The DOM after the script applied `parameters`.
    static func dom(_ parameters: [(String, String)]) throws -> PageDOM {
        let browser = try PageBrowser.find()
        let page = try pageFile()
        defer { try? FileManager.default.removeItem(at: page.deletingLastPathComponent()) }
        return PageDOM(html: try browser.dumpDOM(url(page, parameters)))
    }

    static let allListed = ["balance-gov-2022", "secret-gov-2022", "total-edu-2022", "carry-gov-2022",
                            "duplicate-gov-2023", "section5-edu-2022", "text-edu-2022", "sharp-gov-2023"]

    @Test func rendersWithEveryOpenFinding() throws {
        let dom = try Self.dom([])
        #expect(dom.html.contains("<title>审核报告</title>"))
        #expect(dom.html.contains("<h1>审核报告</h1>"))
        #expect(dom.findings.map(\.id) == Self.allListed)
        #expect(dom.shown == Self.allListed.filter { $0 != "section5-edu-2022" }, "the dismissed finding stays hidden")
        #expect(dom.html.contains("<span id=\"shown-count\">7</span>"), "the script counted what it shows")
    }

    @Test func severityFilterHidesTheOthers() throws {
        let dom = try Self.dom([("severity", "error")])
        #expect(dom.shown == ["balance-gov-2022", "secret-gov-2022", "total-edu-2022"])
        #expect(dom.findings.filter { !$0.hidden }.allSatisfy { $0.severity == "error" })
        #expect(dom.findings.filter(\.hidden).count == 5)
        #expect(dom.html.contains("<span id=\"shown-count\">3</span>"))
    }

    @Test func organFilterShowsOneOrgansFindings() throws {
        let dom = try Self.dom([("organ", PageFixture.education)])
        #expect(dom.shown == ["total-edu-2022", "text-edu-2022"])
        let withDismissed = try Self.dom([("organ", PageFixture.education), ("dismissed", "1")])
        #expect(withDismissed.shown == ["total-edu-2022", "section5-edu-2022", "text-edu-2022"], "显示已排除 shows the dismissed one")
    }

    @Test func ruleFilterAndCombinedFilters() throws {
        let rule = try Self.dom([("rule", "cross_year.carried_over")])
        #expect(rule.shown == ["carry-gov-2022"])
        let both = try Self.dom([("severity", "warning"), ("organ", PageFixture.government)])
        #expect(both.shown == ["carry-gov-2022", "duplicate-gov-2023"])
        let unknown = try Self.dom([("rule", "no.such_rule")])
        #expect(unknown.shown.count == 7, "a rule the page does not list filters nothing")
    }

    /// A reviewer choosing in the selects (simulated by a script added after the page's own:
    /// set a select, fire `change` on the form) filters the list and writes the choice into
    /// the fragment, which the added script copies into the DOM for `--dump-dom` to show.
    @Test func choosingInTheSelectsFiltersAndKeepsTheFragment() throws {
        let browser = try PageBrowser.find()
        let folder = try Scratch.directory("review-page")
        defer { try? FileManager.default.removeItem(at: folder) }
        let reviewer = """
        <script>
        document.getElementById("filter-severity").value = "warning";
        document.getElementById("filter-organ").value = "\(PageFixture.government)";
        document.getElementById("filters").dispatchEvent(new Event("change"));
        document.body.setAttribute("data-fragment", decodeURIComponent(location.hash));
        </script>
        </body>
        """
        let html = PageFixture.page().replacingOccurrences(of: "</body>", with: reviewer)
        let page = folder.appendingPathComponent("review.html")
        try html.write(to: page, atomically: true, encoding: .utf8)
        let dom = PageDOM(html: try browser.dumpDOM(page))
        #expect(dom.shown == ["carry-gov-2022", "duplicate-gov-2023"])
        #expect(dom.html.contains("data-fragment=\"#severity=warning&amp;organ=\(PageFixture.government)\""), "\(dom.html.prefix(300))")
    }

    @Test func openParameterOpensTheFinding() throws {
        let dom = try Self.dom([("open", "balance-gov-2022")])
        let balance = try #require(dom.findings.first { $0.id == "balance-gov-2022" })
        #expect(balance.attributes["open"] != nil)
        #expect(dom.findings.filter { $0.attributes["open"] != nil }.count == 1)
    }

    /// Printed, every finding is open (its rebuilt table is on paper, though no finding was
    /// opened on screen) and the dismissed one stays out. Read back with the package's own
    /// poppler reader; only digits are looked for, so no Chinese font is needed.
    @Test func printOpensEveryFinding() throws {
        let browser = try PageBrowser.find()
        let page = try Self.pageFile()
        defer { try? FileManager.default.removeItem(at: page.deletingLastPathComponent()) }
        let pdfURL = page.deletingLastPathComponent().appendingPathComponent("review.pdf")
        try browser.printToPDF(page, to: pdfURL)
        let pdf = try PopplerPDF(data: try Data(contentsOf: pdfURL))
        var text = ""
        for index in 0..<pdf.pageCount {
            text.unicodeScalars.append(contentsOf: (pdf.page(index)?.glyphs() ?? []).map(\.scalar))
        }
        // 153 and 220 are only in 某某县人民政府 2023's table, under two closed findings.
        #expect(text.contains("153") && text.contains("220"), "the closed findings' tables are printed: \(text.prefix(500))")
        #expect(text.contains("2024-03-31"))
        // 88 is only in the dismissed finding's location (规范化文本第 88 行).
        #expect(!text.contains("88"), "the dismissed finding is not printed")
    }

    /// A screenshot of the page with one finding open. With `NIANBAO_WRITE_SCREENSHOT=PATH`
    /// it is also written to PATH (`scripts/review_screenshot.sh` makes `docs/review-page.png`
    /// so; fonts-noto-cjk is needed there for the Chinese to show, not for this test).
    @Test func screenshotIsARealRender() throws {
        let browser = try PageBrowser.find()
        let page = try Self.pageFile()
        defer { try? FileManager.default.removeItem(at: page.deletingLastPathComponent()) }
        let png = page.deletingLastPathComponent().appendingPathComponent("review.png")
        try browser.screenshot(Self.url(page, [("open", "balance-gov-2022")]), to: png)
        let data = try Data(contentsOf: png)
        #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "a PNG")
        #expect(data.count >= Self.minimumScreenshotBytes, "\(data.count) bytes")
        // IHDR: width and height, big-endian, at bytes 16 and 20.
        let size = { (at: Int) in data[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        #expect(size(16) == 1400 && size(20) == 1000, "\(size(16)) × \(size(20))")
        if let target = ProcessInfo.processInfo.environment["NIANBAO_WRITE_SCREENSHOT"], !target.isEmpty {
            let url = URL(fileURLWithPath: target)
            try? FileManager.default.removeItem(at: url)
            try FileManager.default.copyItem(at: png, to: url)
        }
    }
}
