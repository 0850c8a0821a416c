/// A command line read against a `CommandSpec`: the options' values (the last one given wins),
/// the flags set, and the positional arguments in order.
///
/// `--name value`, `--name=value`, `-x value`, `-xvalue` and `-x=value`; short flags may be
/// grouped (`-qf`); `--` ends the options, and `-` alone is a positional argument (standard
/// input). A value is the next argument whatever it looks like (`--jobs -1` is a value the
/// command then refuses), so no value is ever taken for an option of its own.
struct ParsedArguments {
    let spec: CommandSpec
    private(set) var values: [String: String] = [:]
    private(set) var flags: Set<String> = []
    private(set) var positionals: [String] = []

    /// True when `-h` or `--help` appears among the options: the help is printed whatever
    /// else the line holds.
    static func asksForHelp(_ arguments: [String]) -> Bool {
        for argument in arguments {
            if argument == "--" { return false }
            if argument == "--help" || argument == "-h" { return true }
        }
        return false
    }

    init(_ arguments: [String], spec: CommandSpec) throws(UsageError) {
        self.spec = spec
        var index = 0
        var onlyPositionals = false
        func nextValue(for option: OptionSpec) throws(UsageError) -> String {
            index += 1
            guard index < arguments.count else { throw UsageError("\(option.shown) needs a value") }
            return arguments[index]
        }
        while index < arguments.count {
            let argument = arguments[index]
            if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
                positionals.append(argument)
            } else if argument == "--" {
                onlyPositionals = true
            } else if argument.hasPrefix("--") {
                let body = argument.dropFirst(2)
                let name = String(body.prefix { $0 != "=" })
                let inline = body.firstIndex(of: "=").map { String(body[body.index(after: $0)...]) }
                guard let option = spec.option(long: name) else { throw UsageError("unknown option '--\(name)'") }
                if option.takesValue {
                    if let inline { values[option.long] = inline } else { values[option.long] = try nextValue(for: option) }
                } else if inline != nil {
                    throw UsageError("\(option.shown) takes no value")
                } else {
                    flags.insert(option.long)
                }
            } else {
                // One or more short options: flags grouped, or one option and its value.
                var rest = argument.dropFirst()
                while let letter = rest.first {
                    rest = rest.dropFirst()
                    guard let option = spec.option(short: letter) else { throw UsageError("unknown option '-\(letter)'") }
                    guard option.takesValue else {
                        flags.insert(option.long)
                        continue
                    }
                    if rest.isEmpty {
                        values[option.long] = try nextValue(for: option)
                    } else {
                        values[option.long] = String(rest.first == "=" ? rest.dropFirst() : rest)
                    }
                    break
                }
            }
            index += 1
        }
        if let arguments = spec.arguments, !arguments.repeats, positionals.count > 1 {
            throw UsageError("unexpected argument '\(positionals[1])'")
        }
        if spec.arguments == nil, let first = positionals.first { throw UsageError("unexpected argument '\(first)'") }
        for (long, value) in values {
            if let option = spec.option(long: long), let choices = option.choices, !choices.contains(value) {
                throw UsageError("--\(option.long): '\(value)' is not one of \(choices.joined(separator: ", "))")
            }
        }
    }

    func flag(_ long: String) -> Bool { flags.contains(long) }

    func string(_ long: String) -> String? { values[long] }

    /// The single positional argument, which is required.
    func argument() throws(UsageError) -> String {
        guard let first = positionals.first else { throw UsageError(spec.arguments?.missing ?? "an argument is missing") }
        return first
    }

    /// A whole-number option's value, or `fallback` when it is not given.
    func int(_ long: String, default fallback: Int) throws(UsageError) -> Int {
        try int(long) ?? fallback
    }

    func int(_ long: String) throws(UsageError) -> Int? {
        guard let text = values[long] else { return nil }
        guard let value = Int(text) else {
            throw UsageError("--\(long): '\(text)' is not a whole number")
        }
        return value
    }

    /// An option whose value is one of an enumeration's cases (checked against its choices
    /// when the line was read).
    func choice<Value: RawRepresentable>(_ long: String, default fallback: Value) -> Value where Value.RawValue == String {
        values[long].flatMap(Value.init(rawValue:)) ?? fallback
    }

    func choice<Value: RawRepresentable>(_ long: String, as _: Value.Type) -> Value? where Value.RawValue == String {
        values[long].flatMap(Value.init(rawValue:))
    }
}
