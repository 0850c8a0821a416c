import Batch
import Normalize

/// A finding as the review lists it: the report it is on (for a finding across reports, the
/// later report), the finding itself, and the reviewer's decision on it, if any.
public struct ReviewFinding: Sendable, Equatable {
    /// The canonical path of the report the finding is on.
    public var path: String
    public var check: Check

    public init(path: String, check: Check) {
        self.path = path
        self.check = check
    }
}
