import Foundation

/// Converts whole collections: every input in parallel on worker threads, each input's
/// outputs written atomically, `index.jsonl`, `cells.csv` and (optionally) an SQLite database.
///
/// Workers run in this process (no process start-up per file; the libraries' set-up is paid
/// once). Every error a file raises is caught and recorded as that file's failure. A runtime
/// trap (a Swift precondition) cannot be caught and ends the process; `CrashJournal` makes
/// the next run find the file that caused it, and the index is saved every second, so a
/// rerun resumes where the run stopped.
public enum BatchEngine {
    public static let cellsName = "cells.csv"

    /// Runs a batch. Throws `BatchError` only when the run as a whole cannot go on (a PATH
    /// that does not exist, an OUTDIR that another batch uses or that cannot be written, a
    /// database that cannot be written); a bad input is a
    /// `failed` line in the index and a count in the summary.
    public static func run(_ options: BatchOptions, observer: BatchObserver? = nil) throws -> BatchSummary {
        let run = try Run(options, observer: observer)
        return try run.execute()
    }
}

/// The collecting side of one batch run: owns the index, the CSV writer and the database,
/// on the thread that called `BatchEngine.run`.
final class Run {
    let options: BatchOptions
    let observer: BatchObserver?
    let lock: OutputLock
    let inputs: [BatchInput]
    let previous: [String: IndexEntry]
    let journal: CrashJournal
    let leftovers: CrashJournal.Leftovers
    let csv: CSVWriter
    let store: SQLiteStore?
    let started = DispatchTime.now().uptimeNanoseconds

    /// Index lines of the inputs done so far, as text made on this thread (one string each,
    /// none of the workers' strings kept alive for the whole run).
    var entries: [String?]
    var summary = BatchSummary()
    var progress = BatchProgress()
    /// Records waiting for earlier inputs, so that `cells.csv` is in input order.
    var waiting: [Int: ReportRecord] = [:]
    var done: [Bool]
    var nextCSV = 0
    var failingChecks: [(Int, String, [String])] = []
    var lastCheckpoint: Double = 0

    var indexURL: URL { options.outputDirectory.appendingPathComponent(IndexFile.name) }
    var seconds: Double { Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 }

    init(_ options: BatchOptions, observer: BatchObserver?) throws {
        self.options = options
        self.observer = observer
        inputs = try BatchInput.collect(options.paths, excluding: options.outputDirectory)
        let directory = options.outputDirectory
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw BatchError.cannotWrite("\(directory.path): cannot create the output folder: \(error.localizedDescription)")
        }
        // Nothing in OUTDIR is touched before the lock is held.
        lock = try OutputLock(in: directory)
        AtomicFile.removeStale(in: directory)
        previous = IndexFile.load(directory.appendingPathComponent(IndexFile.name))
        (journal, leftovers) = try CrashJournal.open(in: directory)
        csv = try CSVWriter(url: directory.appendingPathComponent(BatchEngine.cellsName))
        store = try options.sqlitePath.map { try SQLiteStore(path: $0) }
        entries = Array(repeating: nil, count: inputs.count)
        done = Array(repeating: false, count: inputs.count)
    }

    func execute() throws -> BatchSummary {
        summary.total = inputs.count
        progress.total = inputs.count
        var work: [Int] = []
        var outputs: [String: String] = [:]
        for (i, input) in inputs.enumerated() {
            if !input.isCandidate {
                try accept(i, FileOutcome(entry: IndexEntry(path: input.path, output: nil, sha256: nil, status: .skipped,
                                                            error: "not a .docx, .pdf or .txt file", version: options.version),
                                          record: nil, failureGroup: nil))
            } else if let other = outputs[input.relative] {
                try accept(i, FileOutcome(entry: IndexEntry(path: input.path, output: nil, sha256: nil, status: .failed,
                                                            error: "its outputs would overwrite those of \(other)", version: options.version),
                                          record: nil, failureGroup: "same output name as another input"))
            } else {
                outputs[input.relative] = input.path
                work.append(i)
            }
        }
        progress.settledAtOnce = progress.done
        // Inputs in flight when an earlier run died go first, one at a time (see CrashJournal).
        let suspects = work.filter { leftovers.suspects.contains(inputs[$0].path) }
        let rest = work.filter { !leftovers.suspects.contains(inputs[$0].path) }
        let job = FileJob(options: options, previous: options.force ? [:] : previous,
                          culprits: options.force ? [] : leftovers.culprits, journal: journal)
        try convert(suspects, jobs: 1, job: job)
        try convert(rest, jobs: max(1, options.jobs), job: job)

        try csv.finish()
        try store?.finish()
        try writeIndex()
        journal.remove()
        progress.seconds = seconds
        observer?.ended(progress)
        summary.seconds = progress.seconds
        summary.cellRows = csv.rows
        summary.failingChecks = failingChecks.sorted { $0.0 < $1.0 }.map { ($0.1, $0.2) }
        return summary
    }

    /// Converts the inputs at `positions` on `jobs` worker threads, collecting here.
    func convert(_ positions: [Int], jobs: Int, job: FileJob) throws {
        guard !positions.isEmpty else { return }
        let queue = WorkQueue(positions)
        let workers = min(jobs, positions.count)
        let channel = OutcomeChannel(capacity: 4 * workers, workers: workers)
        let alone = workers == 1
        let inputs = self.inputs
        for _ in 0..<workers {
            let thread = Thread {
                while let position = queue.take() {
                    channel.put(position, job.run(inputs[position], alone: alone))
                }
                channel.workerFinished()
            }
            thread.stackSize = 16 << 20  // the converter's recursive parts run here as on the main thread
            thread.start()
        }
        var failure: Error?
        loop: while true {
            switch channel.take(waiting: 0.1) {
            case .outcome(let position, let outcome):
                guard failure == nil else { continue }
                do { try accept(position, outcome) } catch {
                    failure = error
                    queue.cancel()
                }
            case .timeout:
                progress.seconds = seconds
                observer?.tick(progress)
            case .closed:
                break loop
            }
            if failure == nil, seconds - lastCheckpoint >= 1 {
                do { try writeIndex() } catch {
                    failure = error
                    queue.cancel()
                }
            }
        }
        if let failure { throw failure }
    }

    /// Records one finished input: index entry, counts, CSV (in input order), database, progress.
    func accept(_ position: Int, _ outcome: FileOutcome) throws {
        let entry = outcome.entry
        entries[position] = entry.jsonLine
        switch entry.status {
        case .converted: summary.converted += 1
        case .failed:
            summary.failed += 1
            progress.failed += 1
            summary.failures[outcome.failureGroup ?? "other error", default: []].append(entry.path)
        case .skipped:
            if entry.error == IndexEntry.upToDate { summary.upToDate += 1 } else { summary.notReports += 1 }
        }
        if let record = outcome.record {
            if !record.failingChecks.isEmpty { failingChecks.append((position, entry.path, record.failingChecks)) }
            try store?.store(record, replace: entry.status == .converted)
            waiting[position] = record
        } else if entry.status == .failed {
            try store?.remove(path: entry.path)
        }
        done[position] = true
        while nextCSV < done.count, done[nextCSV] {
            if let record = waiting.removeValue(forKey: nextCSV) { try csv.append(record) }
            nextCSV += 1
        }
        progress.done += 1
        progress.seconds = seconds
        observer?.finished(entry, progress: progress)
    }

    /// Saves the index: this run's entries so far, and the earlier run's entries for inputs
    /// not reached yet (so an interrupted run loses nothing it knew).
    /// Written in pieces of about 64 KB: the whole index is never one string in memory.
    func writeIndex() throws {
        lastCheckpoint = seconds
        try AtomicFile.write(to: indexURL) { emit in
            var chunk = Data()
            chunk.reserveCapacity(1 << 16)
            for (i, input) in inputs.enumerated() {
                guard let line = entries[i] ?? previous[input.path]?.jsonLine else { continue }
                chunk.append(contentsOf: line.utf8)
                chunk.append(0x0A)
                if chunk.count >= 1 << 16 {
                    try emit(chunk)
                    chunk.removeAll(keepingCapacity: true)
                }
            }
            if !chunk.isEmpty { try emit(chunk) }
        }
    }
}
