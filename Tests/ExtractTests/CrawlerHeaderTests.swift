import Foundation
import Testing
@testable import Extract

/// A crawler's header lines are the page's metadata, never the report's text.
@Suite struct CrawlerHeaderTests {
    @Test func headerLinesAndTheSeparatorAreTakenOff() throws {
        let text = "标题: 某某县人民政府2024年度政府信息公开工作年度报告\n发布时间: 2025-01-20 15:22\n文号: \n发布机构: 某某县人民政府办公室\n原文链接: https://example.gov.cn/a.htm\n页面链接与图片详见 links.tsv(同目录)\n==================== 正文 ====================\n某某县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n"
        let (header, body) = try #require(CrawlerHeader.split(text))
        #expect(header.title == "某某县人民政府2024年度政府信息公开工作年度报告")
        #expect(header.publisher == "某某县人民政府办公室")
        #expect(body == "某某县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n")
    }

    @Test func theTitleLineIsPutFirstOnlyWhereTheBodyHasNone() throws {
        let text = "标题: 某某镇2023年政府信息公开工作年度报告\n栏目: 政府信息公开年报\n\n一、总体情况\n本年度……\n"
        let (_, body) = try #require(CrawlerHeader.split(text))
        #expect(body.hasPrefix("某某镇2023年政府信息公开工作年度报告\n"))
        #expect(!body.contains("栏目"))
    }

    @Test func oneKeyLineIsNotAHeader() {
        // A report whose first line says 标题: (one key line) is read as it is.
        #expect(CrawlerHeader.split("标题：某某县2024年政府信息公开工作年度报告\n一、总体情况\n") == nil)
        #expect(CrawlerHeader.split("一、总体情况\n发布时间: 2025-01-01\n") == nil)
    }

    @Test func theReaderKeepsThePublisherForTheOrgan() throws {
        let text = "标题: 某某县2024年政府信息公开工作年度报告\n发布机构: 某某县人民政府\n========\n某某县2024年政府信息公开工作年度报告\n一、总体情况\n本年度共收到申请5件。\n"
        let document = try TextReader.read(data: Data(text.utf8))
        #expect(document.publisher == "某某县人民政府")
        let texts = document.blocks.compactMap { block -> String? in if case .paragraph(let p) = block { return p.text } else { return nil } }
        #expect(!texts.contains { $0.contains("标题") || $0.contains("发布机构") || $0.contains("=====") })
    }
}
