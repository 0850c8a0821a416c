import FoundationEssentials

/// The outputs an earlier run wrote for an input, read back so that `cells.csv` and the
/// database keep describing it in a run that does not convert it again.
enum EarlierOutput {
    /// True for an entry that says its input has outputs in OUTDIR.
    static func hasOutputs(_ entry: IndexEntry) -> Bool {
        entry.output != nil && (entry.status == .converted || (entry.status == .skipped && entry.error == IndexEntry.upToDate))
    }

    /// The record of `entry`'s `.json` output, when both outputs exist and the JSON is the
    /// one the entry describes (same input, same bytes); `nil` when they were removed or
    /// replaced since.
    static func record(of entry: IndexEntry, in directory: URL) -> ReportRecord? {
        guard hasOutputs(entry), let output = entry.output else { return nil }
        let base = directory.appendingPathComponent(output).path
        guard FileManager.default.fileExists(atPath: base + ".txt"),
              let json = try? Data(contentsOf: URL(fileURLWithPath: base + ".json")),
              let record = try? ReportRecord(json: json),
              record.path == entry.path, record.sha256 == entry.sha256 else { return nil }
        return record
    }
}
