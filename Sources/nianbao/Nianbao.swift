import Extract

/// The `nianbao` command line: `--help` and `--version` at the root and on every subcommand,
/// `help SUBCOMMAND`, and the subcommands themselves. Parsed by hand (`ParsedArguments`):
/// a general argument parser's reflection and type lookups cost each process ~3 ms of its
/// start-up, more than reading a small DOCX.
enum Nianbao {
    /// The subcommands by name: a command's spec is built only when that command runs (the
    /// batch's help asks the system for its cores).
    static let commands: [(name: String, type: any Command.Type)] = [
        ("convert", Convert.self), ("inspect", Inspect.self), ("batch", BatchCommand.self), ("review", ReviewCommand.self),
    ]

    static let spec = CommandSpec(
        name: "",
        abstract: "Turns 政府信息公开工作年度报告 (DOCX, PDF or text) into canonical tables.",
        synopsis: "<subcommand>", options: [], arguments: nil)

    /// Runs the command line (without the program's name) and gives the exit status.
    static func main(_ arguments: [String]) -> Int32 {
        guard let first = arguments.first, first != "help" || arguments.count > 1 else {
            return printHelp(spec)
        }
        if first == "help" {
            guard let command = command(named: arguments[1]) else {
                return usageError(spec, UsageError("unknown subcommand '\(arguments[1])'"))
            }
            return printHelp(command.spec)
        }
        guard let command = command(named: first) else {
            if ParsedArguments.asksForHelp([first]) { return printHelp(spec) }
            if first == "--version" {
                StandardStream.output.write(NianbaoVersion.string + "\n")
                return 0
            }
            return usageError(spec, UsageError(first.hasPrefix("-") ? "unknown option '\(first)'" : "unknown subcommand '\(first)'"))
        }
        let rest = Array(arguments.dropFirst())
        if ParsedArguments.asksForHelp(rest) { return printHelp(command.spec) }
        do throws(UsageError) {
            let parsed = try ParsedArguments(rest, spec: command.spec)
            if parsed.flag("version") {
                StandardStream.output.write(NianbaoVersion.string + "\n")
                return 0
            }
            return try command.init(parsed).run()
        } catch {
            return usageError(command.spec, error)
        }
    }

    static func command(named name: String) -> (any Command.Type)? {
        commands.first { $0.name == name }?.type
    }

    static func printHelp(_ command: CommandSpec) -> Int32 {
        let text = HelpText.text(command, subcommands: command.name.isEmpty ? commands.map { $0.type.spec } : [])
        StandardStream.output.write(text)
        return 0
    }

    /// The error and the synopsis on standard error; exit status 64.
    static func usageError(_ command: CommandSpec, _ error: UsageError) -> Int32 {
        StandardStream.error.write("\(command.invocation): \(error.message)\n"
                                   + "Usage: \(command.invocation) \(command.synopsis) (see '\(command.invocation) --help')\n")
        return UsageError.status
    }
}

enum NianbaoVersion {
    static let string = "0.1.0"
}
