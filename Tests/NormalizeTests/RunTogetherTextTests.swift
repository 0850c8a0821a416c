import Extract
@testable import Normalize
import Testing

/// Glued table text read as label/run pairs, and a one-line report split at its headings.
@Suite struct RunTogetherTextTests {
    @Test func anItemNumberGluedToTheRunBeforeGoesBackToItsLabel() throws {
        let pairs = try #require(RunTogetherText.pairs("（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开0000000"))
        // Read with full-width forms folded, as every label is matched.
        #expect(pairs.map(\.label) == ["(三)不予公开1.属于国家秘密", "2.其他法律行政法规禁止公开"])
        #expect(pairs.map(\.run.text) == ["0000000", "0000000"])
    }

    @Test func signsAndUnitsBelongToTheRun() throws {
        let pairs = try #require(RunTogetherText.pairs("行政许可1+0143行政处罚6-15政府集中采购7 21.3216万元"))
        #expect(pairs.map(\.run.text) == ["1 +0143", "6 -15", "7 21.3216万元"])
        #expect(pairs[0].run.readings(cells: 3) == [["1", "+0", "143"]])
        #expect(pairs[1].run.readings(cells: 3) == [["6", "-1", "5"]])
        #expect(pairs[2].run.readings(cells: 2) == [["7", "21.3216万元"]])
    }

    @Test func proseIsNotATable() {
        #expect(RunTogetherText.pairs("本年度共收到申请35件，其中予以公开7件，不予公开2件。") == nil)
    }

    @Test func aOneLineReportIsSplitAtItsHeadingsInOrder() throws {
        let body = String(repeating: "工作稳步推进。", count: 20)
        let line = "某县2024年政府信息公开工作年度报告 根据《条例》编制。一、总体情况\(body)二、主动公开政府信息情况 第二十条第（一）项规章000三、收到和处理政府信息公开申请情况一、本年新收政府信息公开申请数量3520000037四、结转下年度继续办理 0 0 00 00 0 四、政府信息公开行政复议、行政诉讼情况000000000000000五、存在的主要问题及改进情况无六、其他需要报告的事项无"
        let lines = try #require(RunTogetherText.splitAtHeadings(line))
        #expect(lines.first == "某县2024年政府信息公开工作年度报告")
        let headings = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
        let found = headings.compactMap { lines.firstIndex(of: $0) }
        #expect(found.count == 6 && found == found.sorted())
        // Row labels shaped like headings (一、本年新收…, 四、结转下年度…) stay in the table text.
        let table = try #require(lines.firstIndex(of: "三、收到和处理政府信息公开申请情况").map { lines[$0 + 1] })
        #expect(table.hasPrefix("一、本年新收政府信息公开申请数量3520000037四、结转下年度继续办理"))
        #expect(RunTogetherText.splitAtHeadings("一、总体情况二、主动公开三、收到和处理") == nil)
    }

    @Test func aShortParagraphWithALabelAndANumberIsProseNotARow() throws {
        // Section 四's glued row of fifteen digits, and a paragraph `行政复议1件` under it.
        let text = ["某县2024年政府信息公开工作年度报告", "四、政府信息公开行政复议、行政诉讼情况",
                    "行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计100010000000000", "行政复议1件"]
        let document = Document(format: .text, blocks: text.map { .paragraph(Paragraph(text: $0)) })
        let report = try ReportBuilder.build(document, source: SourceInfo(path: "-", format: .text, sha256: ""))
        let review = try #require(report.table("review_litigation"))
        #expect(review.row("administrative_review")?.cells.map(\.number) == ["1", "0", "0", "0", "1"])
        #expect(review.row("litigation_direct")?.cells.map(\.number) == ["0", "0", "0", "0", "0"])
    }
}
