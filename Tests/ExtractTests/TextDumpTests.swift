import Foundation
import Testing
@testable import Extract

/// Prints the blocks of the file named by `TEXT_DUMP` (a debugging aid; does nothing otherwise).
@Suite struct TextDumpTests {
    @Test func dumpWhenAsked() throws {
        guard let path = ProcessInfo.processInfo.environment["TEXT_DUMP"] else { return }
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        if ProcessInfo.processInfo.environment["TEXT_DUMP_LINES"] != nil {
            let (lines, _) = TextLines.split(try TextDecoding.decode(data))
            for line in lines {
                let segments = TextShapes.segments(of: line.text)
                print(line.page, line.breakBefore ? "B" : " ", TextShapes.displayWidth(line.text),
                      segments.map { "\($0.start)-\($0.end)\($0.isNumeric ? "#" : ""):\($0.text)" }.joined(separator: " | "))
            }
        }
        let dump = try TextReader.read(data: data).debugDump
        if let out = ProcessInfo.processInfo.environment["TEXT_DUMP_OUT"] {
            try dump.write(toFile: out, atomically: true, encoding: .utf8)
        } else {
            print(dump)
        }
    }
}
