import Testing
@testable import Extract

@Suite struct CharactersTests {
    @Test func spaces() {
        for s: Unicode.Scalar in [" ", "\u{A0}", "\u{2000}", "\u{200B}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{FEFF}"] {
            #expect(Characters.isSpace(s) && Characters.isSpaceOrTab(s) && Characters.isWhitespace(s))
        }
        #expect(!Characters.isSpace("\t") && Characters.isSpaceOrTab("\t"))
        #expect(!Characters.isSpaceOrTab("\n") && Characters.isWhitespace("\n") && Characters.isWhitespace("\u{2028}"))
        #expect(!Characters.isSpace("\u{200C}") && !Characters.isWhitespace("a") && !Characters.isSpace("　a".unicodeScalars.last!))
    }

    @Test func widthAndScripts() {
        #expect(Characters.isWide("中") && Characters.isWide("—") && Characters.isWide("（") && Characters.isWide("한"))
        #expect(!Characters.isWide("a") && !Characters.isWide("\u{FF61}") && !Characters.isWide("·"))
        #expect(Characters.joinsWithoutSpace("中") && Characters.joinsWithoutSpace("·") && Characters.joinsWithoutSpace("①"))
        #expect(Characters.joinsWithoutSpace("\u{FF61}") && !Characters.joinsWithoutSpace("한") && !Characters.joinsWithoutSpace("a"))
        #expect(Characters.isHan("中") && Characters.isHan("㐀") && Characters.isHan("\u{20000}"))
        #expect(!Characters.isHan("、") && !Characters.isHan("あ") && !Characters.isHan("Ａ"))
        #expect(Characters.isFullWidthAlphanumeric("２") && Characters.isFullWidthAlphanumeric("Ｐ") && !Characters.isFullWidthAlphanumeric("（"))
        #expect(Characters.foldedWidth("５") == "5" && Characters.foldedWidth("～") == "~" && Characters.foldedWidth("｟") == "｟")
    }

    @Test func digits() {
        #expect(Characters.isASCIIDigit("0") && Characters.isASCIIDigit("9") && !Characters.isASCIIDigit("５") && !Characters.isASCIIDigit("/"))
        #expect(Characters.isDigit("５") && Characters.isDigit("0") && !Characters.isDigit("٣") && !Characters.isDigit(":"))
    }

    @Test(arguments: [("3119", true), ("1,362", true), ("-2", true), ("+3", true), ("12%", true), ("１．５", true),
                      ("1.", false), (",1", false), ("1.2.3", false), ("-", false), ("", false), ("1,2.3,4", false)])
    func numbers(text: String, expected: Bool) { #expect(Characters.isNumber(text) == expected) }

    @Test(arguments: [("-", true), ("1 234", true), ("1.2.3", true), ("１２", true), ("", false), ("无", false), ("—", false)])
    func numberLike(text: String, expected: Bool) { #expect(Characters.isNumberLike(text) == expected) }

    @Test(arguments: [("一、总体情况", true), ("  十一、其他", true), ("（一）主动公开", true), ("(1)重复申请", true), ("（１）", true),
                      ("1.属于国家秘密", true), ("12、其他", true), ("1．", true), ("三", false), ("1.5万元", false),
                      ("2024、2025年", false), ("()", false), ("一是", false), ("", false)])
    func headingMarkers(text: String, expected: Bool) { #expect(Characters.startsWithHeadingMarker(text) == expected) }

    @Test(arguments: ["-3-", "- 3 -", "—3—", "— 12 —", "－３－", "第3页", "第 3 页 共 6 页", "第3页，共6页", "共6页 第3页",
                      "Page 3", "page 3 of 6"])
    func pageNumbersEverywhere(text: String) {
        #expect(Characters.isPageNumber(text, bare: false) && Characters.isPageNumber(text, bare: true))
    }

    @Test(arguments: ["3", "-3", "3-", "3/6"])
    func bareNumbersOnlyAtAPdfPageEdge(text: String) {
        #expect(Characters.isPageNumber(text, bare: true) && !Characters.isPageNumber(text, bare: false))
    }

    @Test(arguments: ["", "2024年", "12345", "-12345-", "3.其他", "第二十条", "1288 21", "第3页共", "Page", "第3页 共5页 共5页 共5页"])
    func notPageNumbers(text: String) {
        #expect(!Characters.isPageNumber(text, bare: true) && !Characters.isPageNumber(text, bare: false))
    }
}
