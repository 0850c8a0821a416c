import Foundation
import Testing
@testable import Extract
import TestSupport

@Suite struct InputKindTests {
    @Test func zipPdfOleAndText() {
        #expect(InputKind.sniff(Data([0x50, 0x4B, 0x03, 0x04, 0])) == .zip)
        #expect(InputKind.sniff(Data("%PDF-1.7\n".utf8)) == .pdf)
        #expect(InputKind.sniff(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0])) == .ole)
        #expect(InputKind.sniff(Data("一、总体情况".utf8)) == .text)
    }
}
