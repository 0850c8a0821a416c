import Foundation

/// One line of the index a run writes: an input of this run, or an earlier run's entry for an
/// input this run was not given (kept while its outputs are there: one OUTDIR, one truth).
enum PlanItem: Sendable {
    case input(BatchInput)
    case earlier(IndexEntry)

    var path: String {
        switch self {
        case .input(let input): return input.path
        case .earlier(let entry): return entry.path
        }
    }
}

enum BatchPlan {
    /// This run's inputs and the earlier entries of other inputs, merged in path order (both
    /// are sorted by path), so the index and `cells.csv` have one order whatever the history.
    /// An input an earlier run already gave outputs keeps their name, so it is found current
    /// however it is reached now (`batch reports` then `batch reports/2023`).
    static func items(_ inputs: [BatchInput], previous: [String: IndexEntry]) -> [PlanItem] {
        let given = Set(inputs.map(\.path))
        let earlier = previous.values.filter { !given.contains($0.path) }.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        var items: [PlanItem] = []
        items.reserveCapacity(inputs.count + earlier.count)
        var e = 0
        for var input in inputs {
            while e < earlier.count, earlier[e].path.utf8.lexicographicallyPrecedes(input.path.utf8) {
                items.append(.earlier(earlier[e]))
                e += 1
            }
            if input.isCandidate, let before = previous[input.path], EarlierOutput.hasOutputs(before), let output = before.output {
                input.relative = output
            }
            items.append(.input(input))
        }
        items += earlier[e...].map { .earlier($0) }
        return items
    }
}
