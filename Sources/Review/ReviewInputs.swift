import Batch
import Extract
import FoundationEssentials
import Normalize

/// The reports a review reads.
/// - `collect(_:)`, for `nianbao review PATH…`: report files converted in this process as
///   `convert` converts them (named by their canonical path, as `batch` names them),
///   nianbao JSON outputs (`"schema": "nianbao/1"`) read back, folders walked as `batch`
///   walks them. In a folder, other JSON files are passed over, and so are a `NAME.txt` beside
///   a `NAME.json` (the normalized text nianbao writes beside its JSON) and `review.html`.
/// - `outputs(in:)`, for `batch`: every converted entry of OUTDIR's `index.jsonl`, read from
///   its `.json`; failed entries as `FailedInput`s.
/// A report found twice (the same path and bytes, say a file and its JSON output) counts once.
/// A report read from JSON is kept as its `ReviewSource` and read again when needed; one
/// converted here keeps its record (there is no file to read it from).
public enum ReviewInputs {
    public struct Loaded: Sendable {
        public var sources: [ReviewSource] = []
        public var failed: [FailedInput] = []
    }

    static let schema = "nianbao/1"

    /// What became of one input.
    enum Outcome: Sendable {
        case report(ReviewSource)
        case failed(FailedInput)
        /// Passed over: not a report nor a nianbao output.
        case none
    }

    /// Throws `BatchError.pathNotFound` for a PATH that does not exist.
    public static func collect(_ paths: [String], limits: ReadLimits = .standard, organs: OrganDirectory = OrganDirectory()) throws -> Loaded {
        let inputs = try BatchInput.collect(paths)
        let named = Set(paths.compactMap { p -> String? in
            var isDirectory = false
            return FileManager.default.fileExists(atPath: p, isDirectory: &isDirectory) && !isDirectory
                ? URL(fileURLWithPath: p).resolvingSymlinksInPath().standardizedFileURL.path : nil
        })
        let all = Set(inputs.map(\.path))
        // Read and converted on worker threads (conversion is most of the time); settled in input order.
        let outcomes = ParallelWork.map(inputs) { input -> Outcome in
            let ext = PathText.pathExtension(input.path).lowercased()
            let direct = named.contains(input.path)
            if ext == "json" {
                do {
                    let url = URL(fileURLWithPath: input.path)
                    if let record = try readOutput(url) { return .report(ReviewSource(record, json: url, organs: organs)) }
                    return direct ? .failed(FailedInput(path: input.path, reason: "not a nianbao JSON output (schema \(schema))")) : .none
                } catch {
                    return direct ? .failed(FailedInput(path: input.path, reason: OneLine.fold("\(error)"))) : .none
                }
            }
            guard input.isCandidate else { return .none }
            // A review's own page in a walked folder (an OUTDIR reviewed again) is no report.
            if !direct, PathText.lastComponent(input.path) == ReviewOutputs.pageName { return .none }
            if ext == "txt", all.contains(String(input.path.dropLast(4)) + ".json") { return .none }
            do {
                let report = try Converter.convert(contentsOf: URL(fileURLWithPath: input.path), displayPath: input.path, limits: limits)
                return .report(ReviewSource(ReportRecord(report), organs: organs))
            } catch {
                return .failed(FailedInput(path: input.path, reason: OneLine.fold("\(error)")))
            }
        }
        var loaded = Loaded()
        var seen: Set<String> = []
        for outcome in outcomes {
            switch outcome {
            case .report(let source):
                if seen.insert(source.path + "\u{1F}" + source.sha256).inserted { loaded.sources.append(source) }
            case .failed(let failure): loaded.failed.append(failure)
            case .none: break
            }
        }
        return loaded
    }

    /// A nianbao JSON output's record; `nil` for JSON of another schema.
    static func readOutput(_ url: URL) throws -> ReportRecord? {
        let data = try Data(contentsOf: url)
        guard case .string(let s)? = try JSONReader.parse(data)["schema"], s == schema else { return nil }
        return try ReportRecord(json: data)
    }

    /// The reports a batch wrote into `directory`, by path (entries whose `.json` is gone or
    /// unreadable are passed over), and its failed inputs.
    public static func outputs(in directory: URL, organs: OrganDirectory = OrganDirectory()) -> Loaded {
        let index = IndexFile.load(directory.appendingPathComponent(IndexFile.name))
        let entries = index.keys.sorted(by: pathOrder).map { index[$0]! }
        let outcomes = ParallelWork.map(entries) { entry -> Outcome in
            switch entry.status {
            case .failed:
                return .failed(FailedInput(path: entry.path, reason: entry.error ?? "failed"))
            case .converted, .skipped:
                guard entry.status == .converted || entry.error == IndexEntry.upToDate, let output = entry.output else { return .none }
                let url = directory.appendingPathComponent(output + ".json")
                guard let data = try? Data(contentsOf: url), let record = try? ReportRecord(json: data) else { return .none }
                return .report(ReviewSource(record, json: url, organs: organs))
            }
        }
        var loaded = Loaded()
        for outcome in outcomes {
            switch outcome {
            case .report(let source): loaded.sources.append(source)
            case .failed(let failure): loaded.failed.append(failure)
            case .none: break
            }
        }
        return loaded
    }
}
