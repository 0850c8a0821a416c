import FoundationEssentials
import Normalize
import Review

/// The review's options `review` and `batch` share: the organs file and the filing gate.
struct ReviewOptions {
    static let options: [OptionSpec] = [
        .value("organs", placeholder: "FILE.csv",
               help: "Organs file (organ,alias,parent,sums_children): aliases of one organ, and which organs sum their children."),
        .value("xlsx", placeholder: "FILE.xlsx", help: "Also write the review as a workbook: sheets reports, findings and cells."),
        .choice("fail-on", FailOn.self,
                help: "Exit 1 when an open (not dismissed) failing finding of this severity or graver exists: error or warning."),
    ]

    var organs: String?
    var xlsx: String?
    var failOn: FailOn?

    init(_ arguments: ParsedArguments) {
        organs = arguments.string("organs")
        xlsx = arguments.string("xlsx")
        failOn = arguments.choice("fail-on", as: FailOn.self)
    }

    /// `--xlsx` as a file URL.
    var workbook: URL? { xlsx.map { URL(fileURLWithPath: $0) } }

    enum FailOn: String, CaseIterable {
        case error, warning
        var severity: Check.Severity { self == .error ? .error : .warning }
    }

    /// The organs file read, or an empty directory; a file that cannot be read or used ends
    /// the run with the usage status.
    func organDirectory(usage: Int32) -> OrganDirectory {
        guard let organs else { return OrganDirectory() }
        guard let data = FileManager.default.contents(atPath: organs) else {
            Diagnostics.fail("\(Diagnostics.shown(organs)): cannot read the organs file", code: usage)
        }
        do { return try OrganDirectory(csv: data, name: Diagnostics.shown(organs)) } catch {
            Diagnostics.fail("\(error)", code: usage)
        }
    }

    /// `OUTDIR/decisions.csv` when there is one, then `extra` (which must exist); unusable
    /// rows are warned about.
    static func decisions(in directory: URL?, extra: String?, usage: Int32) -> Decisions {
        var out = Decisions()
        var files: [(String, Bool)] = []
        if let directory { files.append((directory.appendingPathComponent(Decisions.fileName).path, false)) }
        if let extra { files.append((extra, true)) }
        for (path, required) in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                if required { Diagnostics.fail("\(Diagnostics.shown(path)): cannot read the decisions file", code: usage) }
                continue
            }
            do { out = out.adding(try Decisions(csv: data, name: Diagnostics.shown(path))) } catch {
                Diagnostics.fail("\(error)", code: usage)
            }
        }
        for line in out.ignored { Diagnostics.warn(line) }
        return out
    }
}
