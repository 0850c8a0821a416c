import FoundationEssentials

extension Run {
    /// Ends a run stopped by `signal`: no output is written from now on; every item not
    /// settled keeps what the index said before (with its cells, while its outputs are still
    /// its own) or stays out of it, so the next run converts it; then the CSV, database and
    /// index are written as for a finished run.
    func stop(_ signal: Int32) throws -> BatchSummary {
        gate.close()
        for position in 0..<items.count where !done[position] {
            if let entry = previousEntry(position) {
                if !EarlierOutput.hasOutputs(entry) {
                    entries[position] = entry.jsonLine
                } else if let record = EarlierOutput.record(of: entry, in: options.outputDirectory) {
                    entries[position] = entry.jsonLine
                    try store?.store(record, replace: false)
                    waiting[position] = record
                }
            }
            done[position] = true
            try flushCSV()
        }
        try csv.finish()
        try store?.finish()
        try writeIndex()
        journal.finish(pending: pendingSuspects.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        summary.interrupted = signal
        return ended()
    }
}
