/// Places a row's values when it has fewer or more cells than the grid has columns.
///
/// The candidates are every way of adding or dropping one cell; the checks (勾稽关系)
/// score each, and a unique best wins. When the checks cannot decide, the documented rule
/// is to fill from the left (a missing cell is the last one; extra cells are the last ones).
enum Placement {
    struct Outcome {
        var cells: [CellValue]
        /// How the choice was made, for `repairs`.
        var action: String
        /// True when the checks decided; false when the left-fill rule did.
        var decidedByChecks: Bool
    }

    static func candidates(_ values: [CellValue], slots: Int) -> [[CellValue]] {
        if values.count == slots { return [values] }
        if values.count < slots {
            let missing = slots - values.count
            if missing == 1 {
                return (0...values.count).reversed().map { i in
                    var v = values
                    v.insert(.missing, at: i)
                    return v
                }
            }
            return [values + [CellValue](repeating: .missing, count: missing)]
        }
        let extra = values.count - slots
        if extra == 1 {
            return (0..<values.count).reversed().map { i in
                var v = values
                v.remove(at: i)
                return v
            }
        }
        return [Array(values.prefix(slots))]
    }

    /// Chooses among the candidates by `score` (higher is better); the first candidate is
    /// the left-fill reading and wins ties.
    static func place(_ values: [CellValue], slots: Int, columnLabels: [String],
                      score: ([CellValue]) -> Int) -> Outcome {
        let all = candidates(values, slots: slots)
        let leftFill = all[0]
        let numbers = values.filter { !$0.raw.isEmpty }.count
        var best: [CellValue]? = nil
        var bestScore = Int.min
        var tie = false
        for c in all {
            let s = score(c)
            if s > bestScore { best = c; bestScore = s; tie = false } else if s == bestScore { tie = true }
        }
        let what = "\(numbers) values for \(slots) columns"
        if all.count > 1, !tie, let best, best != leftFill {
            return Outcome(cells: best, action: "\(what); placed where the checks balance (\(describe(best, values, columnLabels)))",
                           decidedByChecks: true)
        }
        if all.count > 1, !tie {
            return Outcome(cells: leftFill, action: "\(what); the checks confirm placing them from the left (\(describe(leftFill, values, columnLabels)))",
                           decidedByChecks: true)
        }
        return Outcome(cells: leftFill, action: "\(what); the checks cannot decide, placed from the left (\(describe(leftFill, values, columnLabels)))",
                       decidedByChecks: false)
    }

    private static func describe(_ placed: [CellValue], _ source: [CellValue], _ labels: [String]) -> String {
        if source.count < placed.count {
            let blanks = placed.indices.filter { placed[$0].raw.isEmpty && placed[$0] == .missing }
            let names = blanks.suffix(placed.count - source.count).compactMap { $0 < labels.count ? labels[$0] : nil }
            return "left blank: " + names.joined(separator: ", ")
        }
        return "dropped \(source.count - placed.count) extra value(s)"
    }
}
