import FoundationEssentials

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

extension Run {
    /// Settles what needs no work (files skipped by name, outputs claimed twice, earlier
    /// entries without outputs) and returns the positions to convert and the leftovers to check.
    func plan() throws -> (work: [Int], suspects: [Int]) {
        let leftovers = Set(self.leftovers)
        // Output names held by earlier entries, and the earlier items superseded by an input
        // that is the same file under an older spelling of its path.
        var earlierOutputs: [String: Int] = [:]
        for (i, item) in items.enumerated() {
            if case .earlier(let entry) = item, EarlierOutput.hasOutputs(entry), let output = entry.output { earlierOutputs[output] = i }
        }
        var claimed: [String: String] = [:]
        var superseded: Set<Int> = []
        var verdicts: [Int: FileOutcome] = [:]
        for (i, item) in items.enumerated() {
            guard case .input(let input) = item else { continue }
            func fail(_ error: String, _ group: String) -> FileOutcome {
                FileOutcome(entry: IndexEntry(path: input.path, output: nil, sha256: nil, status: .failed, error: error,
                                              version: options.version), record: nil, failureGroup: group)
            }
            if !input.isCandidate {
                verdicts[i] = FileOutcome(entry: IndexEntry(path: input.path, output: nil, sha256: nil, status: .skipped,
                                                            error: "not a file kind batch reads (\(BatchInput.extensionList))",
                                                            version: options.version))
            } else if let other = claimed[input.relative] {
                verdicts[i] = fail("its outputs would overwrite those of \(other)", "same output name as another input")
            } else if let j = earlierOutputs[input.relative], case .earlier(let entry) = items[j],
                      FileManager.default.fileExists(atPath: options.outputDirectory.appendingPathComponent(input.relative + ".json").path) {
                if CanonicalPath.of(entry.path) == input.path {
                    superseded.insert(j)
                    claimed[input.relative] = input.path
                } else {
                    verdicts[i] = fail("its outputs would overwrite those of \(entry.path), converted into this OUTDIR by an earlier run; "
                                       + "remove those outputs or choose another -o", "same output name as another input")
                }
            } else {
                claimed[input.relative] = input.path
            }
        }
        var work: [Int] = [], suspects: [Int] = []
        for (i, item) in items.enumerated() {
            if let verdict = verdicts[i] {
                try accept(i, verdict)
                continue
            }
            switch item {
            case .earlier(let entry):
                if superseded.contains(i) {
                    try accept(i, FileOutcome(entry: nil, earlier: true))
                } else if EarlierOutput.hasOutputs(entry) {
                    work.append(i)
                } else {
                    try accept(i, FileOutcome(entry: entry, earlier: true))
                }
            case .input(let input):
                if leftovers.contains(input.path) {
                    suspects.append(i)
                    pendingSuspects.insert(input.path)
                } else {
                    work.append(i)
                }
            }
        }
        return (work, suspects)
    }
}
