import Extract
@testable import Normalize

/// A report made in the test: a title, section 三's heading and one table, built as a
/// conversion builds it (the grid tests' documents).
enum SectionThreeDocument {
    static func with(_ table: Table, format: SourceFormat) -> Document {
        Document(format: format, blocks: [
            .paragraph(Paragraph(text: "某县2024年政府信息公开工作年度报告")),
            .paragraph(Paragraph(text: "三、收到和处理政府信息公开申请情况")),
            .table(table),
        ])
    }

    static func build(_ document: Document) throws -> Report {
        try ReportBuilder.build(document, source: SourceInfo(path: "t", format: document.format, sha256: ""))
    }
}
