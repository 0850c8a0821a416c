import Batch
import Dispatch
import FoundationEssentials

/// `map` on worker threads, one per core, each with the stack the converter's recursive
/// parts need (as `batch`'s workers have): results in the order of the items. Each worker
/// gives free memory back as it goes and the map once more at its end (`FreeMemory`).
enum ParallelWork {
    static func map<T: Sendable, R: Sendable>(_ items: [T], workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                                              _ transform: @escaping @Sendable (T) -> R) -> [R] {
        guard items.count > 1, workers > 1 else {
            var out: [R] = []
            for item in items {
                out.append(transform(item))
                FreeMemory.release(after: out.count)
            }
            FreeMemory.release()
            return out
        }
        let box = Results<R>(count: items.count)
        let done = DispatchGroup()
        for _ in 0..<min(workers, items.count) {
            done.enter()
            WorkerThread.start {
                var count = 0
                while let i = box.take() {
                    box.put(i, transform(items[i]))
                    count += 1
                    FreeMemory.release(after: count)
                }
                done.leave()
            }
        }
        done.wait()
        FreeMemory.release()
        return box.values.map { $0! }
    }

    /// The next index to work on and the results, behind one lock.
    final class Results<R: Sendable>: @unchecked Sendable {
        let lock = Lock()
        var next = 0
        var values: [R?]

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func take() -> Int? {
            lock.withLock {
                guard next < values.count else { return nil }
                next += 1
                return next - 1
            }
        }

        func put(_ i: Int, _ value: R) { lock.withLock { values[i] = value } }
    }
}
