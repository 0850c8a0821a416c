import Extract
import Foundation
import Normalize
import Testing
import TestSupport

/// Every HTML/MHT sample (`samples/html/make_html.py`) against its expected file, which is the
/// DOCX sample's own (the page holds the same report), and the bad pages refused with one line.
@Suite struct HTMLSampleTests {
    static let samples = ["html", "mht", "doc"].flatMap { ext in Samples.files(in: "html", ext: ext) }.sorted()

    @Test func enoughSamples() {
        #expect(Self.samples.filter { $0.hasPrefix("lo_") }.count >= 8)
        #expect(Self.samples.filter { $0.hasPrefix("portal_") }.count >= 3)
        #expect(Self.samples.contains { $0.hasSuffix(".mht") })
        #expect(Self.samples.contains { $0.hasSuffix(".doc") })
    }

    @Test(arguments: samples)
    func everyCell(file: String) throws {
        let stem = file.split(separator: ".").dropLast().joined(separator: ".")
        try ExpectedFile.compare(input: "html/\(file)", expected: "html/\(stem).expected.json")
    }

    @Test(arguments: ["portal_index_page.html", "not_found_404.html"])
    func pagesWithoutAReportAreNotReports(file: String) throws {
        let run = try Nianbao.run(["convert", "samples/html/bad/\(file)"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "nianbao: samples/html/bad/\(file): not a report: no table or section heading of the national format found\n")
    }

    @Test func deeplyNestedPageIsRefused() throws {
        let run = try Nianbao.run(["convert", "samples/html/bad/deep_nesting.html"])
        #expect(run.status == 1)
        #expect(run.stderr == "nianbao: samples/html/bad/deep_nesting.html: refused: the HTML page nests elements deeper than 256 levels\n")
    }

    @Test func pagesConvertTheSameEveryTime() throws {
        for file in ["portal_trs_editor.html", "tracked_changes.html", "portal_plain_qp_gb2312.mht"] {
            let a = JSONWriter.write(try Samples.convert("html/\(file)"))
            let b = JSONWriter.write(try Samples.convert("html/\(file)"))
            #expect(a == b, "\(file)")
        }
    }

    @Test func publisherGivesTheOrganOnlyWhenTheReportNamesNone() throws {
        func organ(_ title: String) throws -> String? {
            let page = """
            <html><head><meta charset="utf-8"></head><body>
            <div class="info">发布机构：某某县交通运输局</div>
            <div class="content"><p>\(title)</p><p>一、总体情况</p><p>本年度，本机关按照要求开展工作。</p>
            <p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p></div></body></html>
            """
            let document = try DocumentReader.read(data: Data(page.utf8))
            return try ReportBuilder.build(document, source: SourceInfo(path: "x.html", format: document.format, sha256: "")).organ
        }
        #expect(try organ("2024年政府信息公开工作年度报告") == "某某县交通运输局")
        #expect(try organ("某某县人民政府2024年政府信息公开工作年度报告") == "某某县人民政府")
    }
}
