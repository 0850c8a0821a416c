@testable import Normalize
import Testing

/// The solver on small constructed tables: the readings and the expected cells are worked out
/// here by hand from the format's checks, not by the code under test.
@Suite struct GridSolverTests {
    static func cells(_ numbers: [String]) -> [CellValue] { numbers.map { CellValue(source: $0) } }

    /// A 2021 grid where every row is zero except `new_received` = `result_total` = 23 0 0 0 0 0 23
    /// and `disclosed` = 23 0 0 0 0 0 23 (so 一+二 = 三(七)+四 and 三(七) = the sum of results hold).
    static func grid(without key: String) -> Checks.Grid {
        var grid: Checks.Grid = [:]
        for row in Template.applications(.e2021).rows.map(\.key) { grid[row] = cells(["0", "0", "0", "0", "0", "0", "0"]) }
        for row in ["new_received", "result_total", "disclosed"] { grid[row] = cells(["23", "0", "0", "0", "0", "0", "23"]) }
        grid[key] = nil
        return grid
    }

    static func solve(_ run: String, row: String, kind: DigitRun.Kind = .glued) -> GridSolver.Outcome {
        let readings = DigitRun(run, kind: kind)!.readings(cells: 7)!
        let choice = GridSolver.Choice(table: "applications", row: row, source: "the digits \(run) run together",
                                       readings: readings.map { [row: cells($0)] }, isRepair: true)
        return GridSolver.solve(grid: grid(without: row), choices: [choice], columnLabels: Template.applicantColumns.map(\.label),
                                identities: Checks.applicationIdentities(grid(without: ""), edition: .e2021))
    }

    @Test func digitRunsAreCutOnlyWhereEveryNumberIsOneAReportPrints() {
        // 230000023 as seven numbers without a leading zero: 23 0 0 0 0 0 23 and 2 30 0 0 0 0 23
        // among others; never 0 5-style numbers.
        let readings = DigitRun("230000023")!.readings(cells: 7)!
        #expect(readings.contains(["23", "0", "0", "0", "0", "0", "23"]))
        #expect(readings.contains(["2", "30", "0", "0", "0", "0", "23"]))
        #expect(!readings.contains { $0.contains { $0.count > 1 && $0.hasPrefix("0") } })
        // Seven digits for seven cells: one reading.
        #expect(DigitRun("7000007")!.readings(cells: 7)! == [["7", "0", "0", "0", "0", "0", "7"]])
        // A printed space is a boundary: 230 000023 cannot read 2300 or 30|0.
        #expect(DigitRun("230 000023")!.readings(cells: 7)!.allSatisfy { $0.first == "23" || $0.first == "2" || $0.first == "230" })
        #expect(DigitRun("230 000023")!.readings(cells: 7)!.allSatisfy { $0.joined().count == 9 })
        // A spaced run never cuts a piece and keeps double spaces as boundaries.
        #expect(DigitRun("1 3 3  1  2  0  3  1 0  1 4 9", kind: .spaced)!.readings(cells: 7)!
                == [["133", "1", "2", "0", "3", "10", "149"]])
    }

    @Test func aUniqueSplitIsKeptAndRecorded() {
        // new_received must make 一+二 = 三(七)+四 hold: 23 0 0 0 0 0 23, the only reading that does
        // (2 30 0 0 0 0 23 fails 总计 = sum of six: 2+30 ≠ 23).
        let outcome = Self.solve("230000023", row: "new_received")
        #expect(outcome.grid["new_received"]?.map(\.number) == ["23", "0", "0", "0", "0", "0", "23"])
        #expect(outcome.repairs.count == 1)
        #expect(outcome.warnings.isEmpty)
        #expect(outcome.unplaced.isEmpty)
    }

    @Test func anAmbiguousSplitIsNull() {
        // 110000011 reads 1 10 0 0 0 0 11 and 11 0 0 0 0 0 11, and both add up to their 总计.
        // With no （七）总计 printed, no column check can tell them apart: 自然人 and 商业企业 are
        // null, the five cells both readings agree on are kept.
        let readings = DigitRun("110000011")!.readings(cells: 7)!.filter { r in
            Int(r[6])! == r[0..<6].map { Int($0)! }.reduce(0, +)
        }
        #expect(readings.count >= 2)
        let row = "other_handling.other"
        var grid = Self.grid(without: row)
        grid["result_total"] = nil  // with no total printed, the column checks cannot weigh the row
        let choice = GridSolver.Choice(table: "applications", row: row, source: "the digits 110000011 run together",
                                       readings: DigitRun("110000011")!.readings(cells: 7)!.map { [row: Self.cells($0)] })
        let outcome = GridSolver.solve(grid: grid, choices: [choice], columnLabels: Template.applicantColumns.map(\.label),
                                       identities: Checks.applicationIdentities(Self.grid(without: ""), edition: .e2021))
        #expect(outcome.grid[row]?.map(\.number) == [nil, nil, "0", "0", "0", "0", "11"])
        #expect(outcome.unplaced.contains { $0.row == row && $0.column == 0 && $0.reason == .ambiguous })
        #expect(outcome.warnings.contains { $0.hasPrefix("applications.other_handling.other: ambiguous:") })
    }

    @Test func checksThatContradictEveryReadingLeaveTheRowNull() {
        // 9999999 read as seven 9s never adds up (6×9 ≠ 9).
        let outcome = Self.solve("9999999", row: "carried_over")
        #expect(outcome.grid["carried_over"]?.allSatisfy { $0.number == nil } == true)
        #expect(outcome.warnings.contains { $0.hasPrefix("applications.carried_over: contradicts:") })
        #expect(outcome.unplaced.filter { $0.row == "carried_over" }.count == 7)
    }
}
