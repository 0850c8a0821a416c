import Foundation
import Testing
@testable import Extract

@Test func sniffsKinds() {
    #expect(InputKind.sniff(Data([0x50, 0x4B, 0x03, 0x04, 0])) == .zip)
}
