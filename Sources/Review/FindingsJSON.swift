import Batch
import Normalize

/// Findings as a JSON array (`review --to json`: the open failing ones): each an object with the report's `path`,
/// `organ` and `year`, the `fingerprint`, the reviewer's `decision` and `comment` (or null),
/// and `check`, the finding as the report JSON's `checks` hold it.
public enum FindingsJSON {
    public static func write(_ findings: [ReviewFinding], reports: [ReviewSource]) -> String {
        var records: [String: ReviewSource] = [:]
        for r in reports where records[r.path] == nil { records[r.path] = r }
        guard !findings.isEmpty else { return "[]\n" }
        let items = findings.map { f -> String in
            let record = records[f.path]
            return "  {\n    \"path\": \(JSONText.string(f.path)),\n    \"organ\": \(JSONText.optional(record?.organ)),\n"
                + "    \"year\": \(record?.year.map(String.init) ?? "null"),\n    \"fingerprint\": \(JSONText.string(f.fingerprint)),\n"
                + "    \"decision\": \(JSONText.optional(f.decision?.rawValue)),\n    \"comment\": \(JSONText.optional(f.comment)),\n"
                + "    \"check\": \(JSONWriter.write(f.check, indent: 4))\n  }"
        }
        return "[\n" + items.joined(separator: ",\n") + "\n]\n"
    }
}
