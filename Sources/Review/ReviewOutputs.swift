import Batch
import Foundation

/// What a review writes into a folder for a reviewer: `findings.csv` (`FindingsTable`) and
/// `reports.csv` (`ReportsTable`), each replaced atomically. This is the one place the
/// review's files are written: the review page (`review.html`) and the workbook are to be
/// added here when they exist, so `review -o` and `batch` write the same set.
public enum ReviewOutputs {
    public static let findingsName = FindingsTable.name
    public static let reportsName = ReportsTable.name

    /// Writes the outputs of `result` into `directory` (created if missing); throws
    /// `BatchError.cannotWrite` when a file cannot be written.
    public static func write(_ result: ReviewResult, to directory: URL) throws {
        try FindingsTable.make(result).write(to: directory.appendingPathComponent(FindingsTable.name))
        try ReportsTable.make(result).write(to: directory.appendingPathComponent(ReportsTable.name))
    }
}
