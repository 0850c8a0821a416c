import Dispatch
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A request to stop a batch cleanly (SIGINT, SIGTERM): no new input is started, inputs in
/// flight are left unconverted (nothing is recorded or written for them, so the next run
/// converts them), and `index.jsonl`, `cells.csv` and the database are written for what was
/// done. `BatchEngine.run` then returns a summary whose `interrupted` names the signal.
public final class BatchStop: @unchecked Sendable {
    private let lock = Lock()
    private var signalNumber: Int32?
    private var sources: [DispatchSourceSignal] = []

    public init() {}

    deinit { sources.forEach { $0.cancel() } }

    /// Asks the batch to stop; `signal` is what the summary reports (the first request wins).
    public func request(_ signal: Int32) {
        lock.withLock { if signalNumber == nil { signalNumber = signal } }
    }

    /// The signal a stop was requested for, `nil` while none was.
    public var requested: Int32? { lock.withLock { signalNumber } }

    /// Turns SIGINT and SIGTERM into stop requests for as long as the returned value lives.
    /// A second signal of the same kind ends the process at once (the default action), for
    /// when the clean stop itself takes too long.
    public static func onSignals(_ signals: [Int32] = [SIGINT, SIGTERM]) -> BatchStop {
        let stop = BatchStop()
        for number in signals {
            signal(number, SIG_IGN)  // delivered to the dispatch source instead
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            // The handler holds its source (to read `data`); `deinit` cancels it, which lets go.
            source.setEventHandler { [weak stop] in
                guard let stop else { return }
                // `data` counts the signals since the last event: two quick ones come as one event.
                if stop.requested != nil || source.data > 1 {
                    signal(number, SIG_DFL)
                    kill(getpid(), number)
                }
                stop.request(number)
            }
            source.resume()
            stop.sources.append(source)
        }
        return stop
    }

    /// The usual name of a signal (`SIGINT`), for messages.
    public static func name(_ signal: Int32) -> String {
        switch signal {
        case SIGINT: return "SIGINT"
        case SIGTERM: return "SIGTERM"
        case SIGKILL: return "SIGKILL"
        case SIGILL: return "SIGILL"
        case SIGTRAP: return "SIGTRAP"
        case SIGSEGV: return "SIGSEGV"
        case SIGBUS: return "SIGBUS"
        case SIGABRT: return "SIGABRT"
        case SIGFPE: return "SIGFPE"
        default: return "signal \(signal)"
        }
    }
}

/// Lets workers write outputs until a stop closes it. `close()` waits for writes in progress
/// to end, so after it no output is half-replaced and no temporary file is left. Workers
/// share it (a read lock each), so their writes never wait for one another.
final class OutputGate: @unchecked Sendable {
    private let rwlock: UnsafeMutablePointer<pthread_rwlock_t>
    private var open = true

    init() {
        rwlock = .allocate(capacity: 1)
        pthread_rwlock_init(rwlock, nil)
    }

    deinit {
        pthread_rwlock_destroy(rwlock)
        rwlock.deallocate()
    }

    /// Runs `write` unless the gate is closed; false when it was not run.
    func ifOpen(_ write: () throws -> Void) rethrows -> Bool {
        pthread_rwlock_rdlock(rwlock)
        defer { pthread_rwlock_unlock(rwlock) }
        guard open else { return false }
        try write()
        return true
    }

    func close() {
        pthread_rwlock_wrlock(rwlock)
        open = false
        pthread_rwlock_unlock(rwlock)
    }
}
