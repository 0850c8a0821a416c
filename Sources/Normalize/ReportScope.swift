/// How much of a report a caller needs built.
public enum ReportScope: Sendable {
    /// Everything: the checks and their findings and the input's SHA-256, as the JSON, the
    /// batch outputs and the review need.
    case complete
    /// The content only: title, organ, year, sections, canonical tables with their repairs
    /// and warnings, as the normalized text needs; no checks, no findings, an empty
    /// `source.sha256`. The tables are the same as in `.complete`: the checks that decide
    /// values (a scanned cell a check contradicts is null) still run.
    case content
}
