/// A command line the command cannot run: exit status 64 (BSD's `EX_USAGE`), the message and
/// the command's synopsis on standard error, nothing on standard output.
struct UsageError: Error {
    static let status: Int32 = 64
    var message: String

    init(_ message: String) { self.message = message }
}
