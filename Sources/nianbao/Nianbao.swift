import ArgumentParser

struct Nianbao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nianbao",
        abstract: "Turns 政府信息公开工作年度报告 (DOCX, PDF or text) into canonical tables.",
        version: NianbaoVersion.string,
        subcommands: [Convert.self, Inspect.self, BatchCommand.self, ReviewCommand.self]
    )
}

enum NianbaoVersion {
    static let string = "0.1.0"
}
