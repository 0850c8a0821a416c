/// What a command accepts, as its parser reads it and its help describes it: options,
/// flags and its positional arguments. Declared once per command; the parser
/// (`ParsedArguments`) and the help (`HelpText`) read only this.
struct CommandSpec: Sendable {
    /// The subcommand's name (`convert`); empty for the root command.
    var name: String
    /// One line: what the command does.
    var abstract: String
    /// The help's paragraphs after the abstract (a line break starts a new one).
    var discussion: String = ""
    /// The synopsis after `nianbao NAME`, for the help and for usage errors.
    var synopsis: String
    var options: [OptionSpec]
    var arguments: ArgumentSpec?

    /// `nianbao convert`, or `nianbao` for the root.
    var invocation: String { name.isEmpty ? "nianbao" : "nianbao " + name }

    /// The options every command has besides its own.
    static let standard: [OptionSpec] = [
        .flag("version", help: "Show the version."),
        .flag("help", short: "h", help: "Show help information."),
    ]

    var allOptions: [OptionSpec] { options + CommandSpec.standard }

    func option(long: String) -> OptionSpec? { allOptions.first { $0.long == long } }
    func option(short: Character) -> OptionSpec? { allOptions.first { $0.short == short } }
}

/// One option (`--to json`) or flag (`--force`).
struct OptionSpec: Sendable {
    /// The name after `--`.
    var long: String
    var short: Character?
    /// The value's name in the help (`<FILE>`); nil for a flag.
    var placeholder: String?
    var help: String
    /// The values accepted, when only some are.
    var choices: [String]?
    /// The value used when the option is not given, as the help states it.
    var defaultValue: String?

    var takesValue: Bool { placeholder != nil }

    /// `--to <to>`, as a usage error and the help name the option.
    var shown: String { placeholder.map { "--\(long) <\($0)>" } ?? "--\(long)" }

    static func flag(_ long: String, short: Character? = nil, help: String) -> OptionSpec {
        OptionSpec(long: long, short: short, placeholder: nil, help: help)
    }

    /// An option with a value; `placeholder` defaults to the option's name.
    static func value(_ long: String, short: Character? = nil, placeholder: String? = nil, help: String,
                      choices: [String]? = nil, default defaultValue: String? = nil) -> OptionSpec {
        OptionSpec(long: long, short: short, placeholder: placeholder ?? long, help: help, choices: choices,
                   defaultValue: defaultValue)
    }

    /// An option whose value is one of an enumeration's cases.
    static func choice<Value: RawRepresentable & CaseIterable>(_ long: String, _: Value.Type, help: String,
                                                              default defaultValue: Value? = nil) -> OptionSpec
    where Value.RawValue == String {
        .value(long, help: help, choices: Value.allCases.map(\.rawValue), default: defaultValue?.rawValue)
    }
}

/// A command's positional arguments: one (`<file>`) or any number (`<paths> ...`).
struct ArgumentSpec: Sendable {
    var name: String
    var help: String
    var repeats: Bool
    /// What a usage error says when it is missing (a single argument is required).
    var missing: String
}
