import Extract
import FoundationEssentials

/// Hands input positions to worker threads, one at a time, in order.
final class WorkQueue: @unchecked Sendable {
    private let lock = Lock()
    private let positions: [Int]
    private var next = 0
    private var cancelled = false

    init(_ positions: [Int]) { self.positions = positions }

    /// The next position to convert, `nil` when there is none left or the run was cancelled.
    func take() -> Int? {
        lock.withLock {
            guard !cancelled, next < positions.count else { return nil }
            defer { next += 1 }
            return positions[next]
        }
    }

    func cancel() { lock.withLock { cancelled = true } }
}

/// Carries finished outcomes from the workers to the collecting thread. Bounded, so workers
/// wait when the collector (CSV, SQLite) falls behind and memory stays flat.
final class OutcomeChannel: @unchecked Sendable {
    private let condition = Condition()
    private var items: [(Int, FileOutcome)] = []
    private var head = 0
    private let capacity: Int
    private var workers: Int
    private var closed = false

    init(capacity: Int, workers: Int) {
        self.capacity = capacity
        self.workers = workers
    }

    /// Hands an outcome to the collector; dropped once the channel is closed.
    func put(_ position: Int, _ outcome: FileOutcome) {
        condition.lock()
        while items.count - head >= capacity, !closed { condition.wait() }
        if closed {
            condition.unlock()
            return
        }
        items.append((position, outcome))
        condition.broadcast()
        condition.unlock()
    }

    /// The collector takes nothing more (the run is stopping): workers never wait on it again.
    func close() {
        condition.lock()
        closed = true
        items.removeAll()
        head = 0
        condition.broadcast()
        condition.unlock()
    }

    /// A worker has no more work.
    func workerFinished() {
        condition.lock()
        workers -= 1
        condition.broadcast()
        condition.unlock()
    }

    enum Received { case outcome(Int, FileOutcome), timeout, closed }

    /// The next outcome; `.timeout` after `seconds` with none; `.closed` when every worker has
    /// finished and nothing is left.
    func take(waiting seconds: Double) -> Received {
        condition.lock()
        defer { condition.unlock() }
        let deadline = MonotonicClock.nanoseconds() + UInt64(max(0, seconds) * 1e9)
        while head == items.count {
            if workers == 0 { return .closed }
            if !condition.wait(untilMonotonic: deadline) { return .timeout }
        }
        let item = items[head]
        head += 1
        if head > 64, head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return .outcome(item.0, item.1)
    }
}
