@testable import Normalize
import Testing
import TestSupport

@Suite struct TextCleanTests {
    @Test(arguments: [
        ("2024 年，北关区", "2024年，北关区"),
        ("结果 维持", "结果维持"),
        ("共 39 条。", "共39条。"),
        ("  （三）政府信息管理情况 ", "（三）政府信息管理情况"),
        ("扎实、有效地开展 。", "扎实、有效地开展 。"),
        ("Word 2007 文件", "Word 2007文件"),
    ])
    func extractionSpacesAreRemovedBetweenHanAndDigits(input: String, output: String) {
        #expect(TextClean.paragraph(input) == output)
    }

    @Test func labelKeysIgnoreWidthSpacingAndQuotes() {
        #expect(TextClean.matchKey("（三）不予 公开") == TextClean.matchKey("(三)不予公开"))
        #expect(TextClean.matchKey("3.危及“三安全一稳定”") == "3.危及三安全一稳定")
    }

    @Test(arguments: [
        ("0", "0"), (" 0 ", "0"), ("１２", "12"), ("96171.6", "96171.6"), ("0.00", "0.00"), ("007", "7"),
        ("+3", "3"), ("-2", "-2"), ("1,234", "1234"), ("3件", "3"),
    ])
    func numbersReadFromTheirDecimalText(raw: String, number: String) {
        #expect(CellValue(source: raw).number == number)
    }

    @Test(arguments: ["", "-", "—", "/", "无", "——", "见附件"])
    func dashesSlashesAndTextAreNull(raw: String) {
        let cell = CellValue(source: raw)
        #expect(cell.number == nil)
        #expect(cell.raw == TextClean.cellRaw(raw))
    }
}
