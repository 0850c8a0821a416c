/// A command's `--help`: overview, discussion, usage, arguments, options (and, for the root,
/// the subcommands), wrapped for an 80-column terminal.
enum HelpText {
    /// The terminal width the help is wrapped to.
    static let width = 80
    /// Where an option's help starts: two spaces of indent and 24 for the option's names.
    static let helpColumn = 26

    static func text(_ spec: CommandSpec, subcommands: [CommandSpec] = []) -> String {
        var out = wrap("OVERVIEW: " + spec.abstract, width: width) + "\n"
        if !spec.discussion.isEmpty {
            out += "\n" + spec.discussion.split(separator: "\n", omittingEmptySubsequences: false)
                .map { wrap(String($0), width: width) }.joined(separator: "\n") + "\n"
        }
        out += "\nUSAGE: \(spec.invocation) \(spec.synopsis)\n"
        if let arguments = spec.arguments {
            out += "\nARGUMENTS:\n" + entry(arguments.repeats ? "<\(arguments.name)> ..." : "<\(arguments.name)>", arguments.help)
        }
        out += "\nOPTIONS:\n" + spec.allOptions.map { entry(names($0), describe($0)) }.joined()
        if !subcommands.isEmpty {
            out += "\nSUBCOMMANDS:\n" + subcommands.map { entry($0.name, $0.abstract) }.joined()
            out += "\n  See '\(spec.invocation) help <subcommand>' for detailed help.\n"
        }
        return out
    }

    /// `-o, --output <FILE>`.
    static func names(_ option: OptionSpec) -> String {
        (option.short.map { "-\($0), " } ?? "") + option.shown
    }

    /// The option's help, with its choices and its default.
    static func describe(_ option: OptionSpec) -> String {
        var notes: [String] = []
        if let choices = option.choices { notes.append("values: " + choices.joined(separator: ", ")) }
        if let value = option.defaultValue { notes.append("default: " + value) }
        return notes.isEmpty ? option.help : option.help + " (" + notes.joined(separator: "; ") + ")"
    }

    /// One entry: its names in the first column, its help wrapped in the second (starting on
    /// the next line when the names reach into it).
    static func entry(_ left: String, _ help: String) -> String {
        let indent = String(repeating: " ", count: helpColumn)
        let lines = wrap(help, width: width - helpColumn).split(separator: "\n", omittingEmptySubsequences: false)
        let head = "  " + left
        var out = head.count < helpColumn ? head + String(repeating: " ", count: helpColumn - head.count) + lines[0] + "\n"
            : head + "\n" + indent + lines[0] + "\n"
        for line in lines.dropFirst() { out += indent + line + "\n" }
        return out
    }

    /// `text` broken at spaces into lines of at most `width` characters (a longer word stays whole).
    static func wrap(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}
