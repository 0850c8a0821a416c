/// A subcommand: read from its parsed command line, then run.
protocol Command {
    static var spec: CommandSpec { get }
    /// The command's settings from its line; a bad value or a missing argument is a `UsageError`.
    init(_ arguments: ParsedArguments) throws(UsageError)
    /// Runs the command; the result is the process's exit status.
    func run() -> Int32
}
