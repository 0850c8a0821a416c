import Extract
import FoundationEssentials

/// Converts whole collections: every input in parallel on worker threads, each input's
/// outputs written atomically, `index.jsonl`, `cells.csv` and (optionally) an SQLite database.
///
/// Workers run in this process (no process start-up per file; the libraries' set-up is paid
/// once). Every error a file raises is caught and recorded as that file's failure. A runtime
/// trap (a Swift precondition) cannot be caught and ends the process; `CrashJournal` makes
/// the next run find the inputs in flight and `CrashCheck` decides, in a child process,
/// which of them crashes. The index is saved every second, so a rerun resumes where the run
/// stopped; a stop request (`BatchStop`) ends the run cleanly.
public enum BatchEngine {
    public static let cellsName = "cells.csv"

    /// Runs a batch. Throws `BatchError` only when the run as a whole cannot go on (a PATH
    /// that does not exist, an OUTDIR that another batch uses or that cannot be written, a
    /// database that cannot be written); a bad input is a `failed` line in the index and a
    /// count in the summary.
    public static func run(_ options: BatchOptions, observer: BatchObserver? = nil) throws -> BatchSummary {
        let run = try Run(options, observer: observer)
        return try run.execute()
    }
}

/// The collecting side of one batch run: owns the index, the CSV writer and the database,
/// on the thread that called `BatchEngine.run`.
final class Run {
    /// How often the index is saved during a run: what a killed run loses at most.
    static let checkpointSeconds: Double = 1
    /// How long the collector waits for an outcome before it redraws progress and looks for a stop.
    static let pollSeconds: Double = 0.1

    let options: BatchOptions
    let observer: BatchObserver?
    let lock: OutputLock
    let items: [PlanItem]
    let previous: [String: IndexEntry]
    let journal: CrashJournal
    /// Inputs in flight when an earlier run died (sorted).
    let leftovers: [String]
    let csv: CSVWriter
    let store: SQLiteStore?
    let gate = OutputGate()
    let started = MonotonicClock.nanoseconds()

    /// Index lines of the items settled so far (`nil` for an earlier entry dropped), as text
    /// made on this thread (one string each, none of the workers' strings kept alive).
    var entries: [String?]
    var done: [Bool]
    var summary = BatchSummary()
    var progress = BatchProgress()
    /// Records waiting for earlier items, so that `cells.csv` is in index order.
    var waiting: [Int: ReportRecord] = [:]
    var nextCSV = 0
    /// The reports with failing checks that the summary shows: the first by input order, at
    /// most `BatchSummary.shownFailing`, sorted by position.
    var failingChecks: [(position: Int, path: String, checks: [String])] = []
    var lastCheckpoint: Double = 0
    /// Leftovers of this run not decided yet by a crash check.
    var pendingSuspects: Set<String> = []

    var indexURL: URL { options.outputDirectory.appendingPathComponent(IndexFile.name) }
    var seconds: Double { Double(MonotonicClock.nanoseconds() - started) / 1e9 }

    init(_ options: BatchOptions, observer: BatchObserver?) throws {
        self.options = options
        self.observer = observer
        let inputs = try BatchInput.collect(options.paths, excluding: options.outputDirectory)
        let directory = options.outputDirectory
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw BatchError.cannotWrite("\(directory.path): cannot create the output folder: \(error)")
        }
        // Nothing in OUTDIR is touched before the lock is held.
        lock = try OutputLock(in: directory)
        // A journal left behind means a run died, maybe while writing outputs in subfolders.
        let died = FileManager.default.fileExists(atPath: directory.appendingPathComponent(CrashJournal.name).path)
        AtomicFile.removeStale(in: directory, recursive: died)
        previous = IndexFile.load(directory.appendingPathComponent(IndexFile.name))
        (journal, leftovers) = try CrashJournal.open(in: directory)
        csv = try CSVWriter(url: directory.appendingPathComponent(BatchEngine.cellsName))
        store = try options.sqlitePath.map { try SQLiteStore(path: $0) }
        items = BatchPlan.items(inputs, previous: previous)
        entries = Array(repeating: nil, count: items.count)
        done = Array(repeating: false, count: items.count)
        summary.total = inputs.count
        for input in inputs { summary.kinds[BatchInput.kind(of: input.relative), default: 0] += 1 }
        progress.total = inputs.count
    }

    var stopSignal: Int32? { options.stop?.requested }

    func execute() throws -> BatchSummary {
        var job = FileJob(options: options, previous: options.force ? [:] : previous, journal: journal, gate: gate)
        var (work, suspects) = try plan()
        // Legacy inputs are converted to DOCX ahead, in few LibreOffice processes.
        let legacy = LegacyPreconversion.prepare(work.compactMap { position -> BatchInput? in
            if case .input(let input) = items[position] { return input }
            return nil
        }, options: options, previous: options.force ? [:] : previous)
        defer { legacy.remove() }
        job.legacy = legacy
        summary.libreOfficeRuns = legacy.runs
        progress.settledAtOnce = progress.done
        // Inputs in flight when an earlier run died go first: each is checked in a child
        // process; those that survive it are converted as usual.
        var unchecked: [Int] = []
        for position in suspects {
            guard stopSignal == nil, case .input(let input) = items[position] else { break }
            guard let executable = options.executable else {
                unchecked.append(position)
                continue
            }
            switch CrashCheck.run(executable: executable, path: input.path, limits: options.limits) {
            case .crashed(let signal):
                try accept(position, job.crashed(input, signal: signal))
                journal.ended(input.path)
                pendingSuspects.remove(input.path)
            case .survived:
                work.append(position)
                journal.ended(input.path)
                pendingSuspects.remove(input.path)
            case .undecided:
                if stopSignal == nil { unchecked.append(position) }
            }
        }
        work.sort()
        if stopSignal == nil { try convert(unchecked, jobs: 1, job: job) }
        if stopSignal == nil { try convert(work, jobs: max(1, options.jobs), job: job) }
        if let signal = stopSignal { return try stop(signal) }

        try csv.finish()
        try store?.finish()
        try writeIndex()
        journal.finish()
        return ended()
    }

    /// Converts the items at `positions` on `jobs` worker threads, collecting here; returns
    /// early when a stop is requested.
    func convert(_ positions: [Int], jobs: Int, job: FileJob) throws {
        guard !positions.isEmpty else { return }
        let queue = WorkQueue(positions)
        let workers = min(jobs, positions.count)
        let channel = OutcomeChannel(capacity: 4 * workers, workers: workers)
        let alone = workers == 1
        let items = self.items
        for _ in 0..<workers {
            WorkerThread.start {
                var done = 0
                while let position = queue.take() {
                    switch items[position] {
                    case .input(let input):
                        if let outcome = job.run(input, alone: alone) { channel.put(position, outcome) }
                    case .earlier(let entry):
                        channel.put(position, job.carry(entry))
                    }
                    done += 1
                    FreeMemory.release(after: done)
                }
                channel.workerFinished()
            }
        }
        var failure: Error?
        loop: while true {
            if stopSignal != nil {
                // Workers in flight finish on their own; the gate keeps them from writing.
                queue.cancel()
                channel.close()
                return
            }
            switch channel.take(waiting: Run.pollSeconds) {
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
            if failure == nil, seconds - lastCheckpoint >= Run.checkpointSeconds {
                do { try writeIndex() } catch {
                    failure = error
                    queue.cancel()
                }
            }
        }
        if let failure { throw failure }
    }

    /// Records one settled item: index entry, counts, CSV (in index order), database, progress.
    func accept(_ position: Int, _ outcome: FileOutcome) throws {
        entries[position] = outcome.entry?.jsonLine
        if let record = outcome.record {
            try store?.store(record, replace: !outcome.earlier && !outcome.upToDate && outcome.entry?.status == .converted)
            waiting[position] = record
        } else if outcome.entry == nil || outcome.entry?.status == .failed {
            try store?.remove(path: items[position].path)
        }
        done[position] = true
        try flushCSV()
        if outcome.earlier {
            if outcome.entry != nil { summary.earlier += 1 }
            return
        }
        guard let entry = outcome.entry else { return }
        switch entry.status {
        case .converted where outcome.upToDate: summary.upToDate += 1
        case .converted: summary.converted += 1
        case .failed:
            summary.failed += 1
            progress.failed += 1
            summary.failures[outcome.failureGroup ?? "other error", default: []].append(entry.path)
        case .skipped:
            if entry.error == IndexEntry.upToDate { summary.upToDate += 1 } else { summary.notReports += 1 }
        }
        if let record = outcome.record, !record.failingChecks.isEmpty {
            summary.failingReports += 1
            let at = failingChecks.firstIndex { $0.position > position } ?? failingChecks.count
            if at < BatchSummary.shownFailing {
                failingChecks.insert((position, entry.path, record.failingChecks), at: at)
                if failingChecks.count > BatchSummary.shownFailing { failingChecks.removeLast() }
            }
        }
        progress.done += 1
        progress.seconds = seconds
        // The observer hears what this run did with the input: nothing, for one up to date.
        var shown = entry
        if outcome.upToDate {
            shown.status = .skipped
            shown.error = IndexEntry.upToDate
        }
        observer?.finished(shown, progress: progress)
    }

    /// Appends the records of the settled items at the head of the order to `cells.csv`.
    func flushCSV() throws {
        while nextCSV < done.count, done[nextCSV] {
            if let record = waiting.removeValue(forKey: nextCSV) { try csv.append(record) }
            nextCSV += 1
        }
    }

    /// The entry an item had before this run: an earlier entry, or the previous index's line
    /// for an input.
    func previousEntry(_ position: Int) -> IndexEntry? {
        switch items[position] {
        case .earlier(let entry): return entry
        case .input(let input): return previous[input.path]
        }
    }

    func ended() -> BatchSummary {
        progress.seconds = seconds
        observer?.ended(progress)
        summary.seconds = progress.seconds
        summary.cellRows = csv.rows
        summary.failingChecks = failingChecks.map { ($0.path, $0.checks) }
        // Workers finish in any order; the summary lists paths in index order.
        summary.failures = summary.failures.mapValues { $0.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }
        return summary
    }

    /// Saves the index: the entries settled so far, and what the index said before for items
    /// not settled yet (so a run killed now loses nothing it knew).
    /// Written in pieces of about 64 KB: the whole index is never one string in memory.
    func writeIndex() throws {
        lastCheckpoint = seconds
        try AtomicFile.write(to: indexURL) { emit in
            var chunk = Data()
            chunk.reserveCapacity(1 << 16)
            for position in 0..<items.count {
                guard let line = done[position] ? entries[position] : previousEntry(position)?.jsonLine else { continue }
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
