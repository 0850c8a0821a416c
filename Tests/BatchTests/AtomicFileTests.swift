@testable import Batch
import Foundation
import Testing
import TestSupport

/// Files written in pieces (the index) land whole or not at all.
@Suite struct AtomicFileTests {
    @Test func piecesLandInOrderAsOneFile() throws {
        let folder = try Scratch.directory("AtomicFileTests-pieces")
        let url = folder.appendingPathComponent("index.jsonl")
        try AtomicFile.write("old\n", to: url)
        try AtomicFile.write(to: url) { emit in
            for i in 0..<3 { try emit(Data("line \(i)\n".utf8)) }
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == "line 0\nline 1\nline 2\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["index.jsonl"])
    }

    @Test func aFailureMidwayKeepsTheOldFileAndLeavesNoTemporary() throws {
        let folder = try Scratch.directory("AtomicFileTests-failure")
        let url = folder.appendingPathComponent("index.jsonl")
        try AtomicFile.write("old\n", to: url)
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try AtomicFile.write(to: url) { emit in
                try emit(Data("new, half written\n".utf8))
                throw Stop()
            }
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["index.jsonl"])
    }
}
