import Extract
import FoundationEssentials
import Normalize

/// The outcome of one input: its index line, the record for CSV and SQLite (when it has
/// outputs), and the reason group a failure is counted under in the summary.
struct FileOutcome: Sendable {
    /// `nil` for an earlier run's entry whose outputs are gone: it leaves the index.
    var entry: IndexEntry?
    var record: ReportRecord?
    var failureGroup: String?
    /// True for an input of an earlier run that this run was not given: kept in the index,
    /// `cells.csv` and the database, not counted in this run's summary.
    var earlier = false
    /// True for an input whose outputs from an earlier run are current: counted as up to
    /// date, its entry kept as that run wrote it.
    var upToDate = false
}

/// Converts one input and writes its outputs; every error is caught and becomes a `failed`
/// outcome, so one bad file never stops the others.
struct FileJob: Sendable {
    let options: BatchOptions
    let previous: [String: IndexEntry]
    let journal: CrashJournal
    let gate: OutputGate
    /// Converts legacy inputs to DOCX: the batch's conversions made ahead, else LibreOffice
    /// for one file.
    var legacy: (any LegacyConverting)? = nil

    /// The group of inputs whose crash check died by a crash signal.
    static let crashedGroup = "crashed the converter"

    /// Converts `input`; `nil` when the batch stopped before its outputs were written (nothing
    /// is recorded for it, so the next run converts it).
    func run(_ input: BatchInput, alone: Bool) -> FileOutcome? {
        let start = MonotonicClock.nanoseconds()
        func elapsed() -> Int { Int((MonotonicClock.nanoseconds() - start) / 1_000_000) }
        let base = options.outputDirectory.appendingPathComponent(input.relative)
        let jsonURL = URL(fileURLWithPath: base.path + ".json"), textURL = URL(fileURLWithPath: base.path + ".txt")
        var entry = IndexEntry(path: input.path, output: input.relative, sha256: nil, status: .failed, version: options.version)
        func failed(_ message: String, group: String) -> FileOutcome {
            entry.status = .failed
            entry.error = message
            entry.milliseconds = elapsed()
            return FileOutcome(entry: entry, record: nil, failureGroup: group)
        }

        let data: Data
        do {
            data = try DocumentReader.readFile(URL(fileURLWithPath: input.path), limits: options.limits)
        } catch {
            return failed(String(describing: error), group: FileJob.group(error))
        }
        // The hash is needed before converting only to compare with an earlier run; otherwise
        // the converter's own (`source.sha256`) serves, and the bytes are hashed once.
        var sha256: String?
        if !options.force, let before = previous[input.path] {
            let hash = SHA256.hex(data)
            sha256 = hash
            entry.sha256 = hash
            if before.isCurrent(sha256: hash, version: options.version),
               let json = try? Data(contentsOf: jsonURL), FileManager.default.fileExists(atPath: textURL.path),
               let record = try? ReportRecord(json: json), record.sha256 == hash {
                // The entry stays what it was: the index describes OUTDIR, not this run.
                var current = before
                current.status = .converted
                current.error = nil
                current.output = input.relative
                return FileOutcome(entry: current, record: record, failureGroup: nil, upToDate: true)
            }
            if before.status == .failed, let error = before.error, error.hasPrefix(CrashJournal.crashedPrefix),
               before.sha256 == hash, before.version == options.version {
                return failed(error, group: FileJob.crashedGroup)
            }
        }

        journal.started(input.path, alone: alone)
        defer { journal.ended(input.path) }
        let report: Report
        do {
            report = try Converter.convert(data: data, path: input.path, limits: options.limits, legacy: legacy)
        } catch {
            entry.sha256 = sha256 ?? SHA256.hex(data)
            return failed(String(describing: error), group: FileJob.group(error))
        }
        entry.sha256 = report.source.sha256
        do {
            let written = try gate.ifOpen {
                try AtomicFile.write(JSONWriter.write(report), to: jsonURL)
                try AtomicFile.write(NormalizedText.write(report), to: textURL)
            }
            guard written else { return nil }
        } catch {
            return failed("cannot write the output: \(error)", group: "output not writable")
        }
        let record = ReportRecord(report)
        entry.status = .converted
        entry.edition = record.edition
        entry.year = record.year
        entry.organ = record.organ
        entry.failingChecks = record.failingChecks
        entry.milliseconds = elapsed()
        return FileOutcome(entry: entry, record: record, failureGroup: nil)
    }

    /// The outcome of an input whose crash check died by `signal`: failed, with the hash of
    /// its bytes, so it is not retried until they (or nianbao) change.
    func crashed(_ input: BatchInput, signal: Int32) -> FileOutcome {
        var entry = IndexEntry(path: input.path, output: input.relative, sha256: nil, status: .failed,
                               error: CrashJournal.crashed(signal), version: options.version)
        do {
            entry.sha256 = SHA256.hex(try DocumentReader.readFile(URL(fileURLWithPath: input.path), limits: options.limits))
        } catch {
            entry.error = String(describing: error)
            return FileOutcome(entry: entry, record: nil, failureGroup: FileJob.group(error))
        }
        return FileOutcome(entry: entry, record: nil, failureGroup: FileJob.crashedGroup)
    }

    /// An earlier run's entry for an input this run was not given: kept with its record when
    /// its outputs are still those it describes, dropped (`entry` nil) when they are gone.
    func carry(_ entry: IndexEntry) -> FileOutcome {
        guard EarlierOutput.hasOutputs(entry) else { return FileOutcome(entry: entry, earlier: true) }
        guard let record = EarlierOutput.record(of: entry, in: options.outputDirectory) else { return FileOutcome(earlier: true) }
        return FileOutcome(entry: entry, record: record, earlier: true)
    }

    /// The summary's name for the kind of failure.
    static func group(_ error: Error) -> String {
        guard let error = error as? ExtractError else { return "other error" }
        switch error {
        case .empty: return "empty file"
        case .limitExceeded: return "over a size limit"
        case .unsupportedFormat: return "not a supported document"
        case .corruptArchive: return "damaged DOCX"
        case .malformedXML: return "malformed Word XML"
        case .corruptPDF: return "damaged PDF"
        case .encrypted: return "encrypted document"
        case .notAReport: return "not a report"
        case .noTextLayer, .noTextFound: return "PDF without a text layer"
        case .ocrUnavailable: return "OCR language data missing"
        case .undecodableText: return "undecodable text"
        case .needsLibreOffice: return "needs LibreOffice"
        case .libreOfficeFailed: return "LibreOffice failed"
        case .libraryMissing: return "library missing"
        // Last so that cases added to ExtractError later fall in here instead of breaking the build.
        default: return "unreadable file"
        }
    }
}
