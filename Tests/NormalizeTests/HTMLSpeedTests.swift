import Foundation
import Normalize
import Testing
import TestSupport

/// The in-process time of converting each HTML/MHT sample (read, find the report, build the
/// grids), printed for the record; each must stay well under a second even in a debug build,
/// so a quadratic step in the reader shows up here.
@Suite struct HTMLSpeedTests {
    /// Far above the few tens of milliseconds a sample takes in a debug build.
    static let maxSecondsPerFile = 1.0
    static let rounds = 3

    @Test func everySampleConvertsQuickly() throws {
        let files = HTMLSampleTests.samples
        #expect(!files.isEmpty)
        var total = 0.0
        for file in files {
            let start = Date()
            for _ in 0..<Self.rounds { _ = try Samples.convert("html/\(file)") }
            let each = Date().timeIntervalSince(start) / Double(Self.rounds)
            total += each
            #expect(each < Self.maxSecondsPerFile, "\(file): \(each) s")
        }
        print("HTMLSpeedTests: \(files.count) files, \(String(format: "%.1f", total / Double(files.count) * 1000)) ms per file in process")
    }
}
