import Extract
import FoundationEssentials
import Glibc

/// Receives a batch's progress. Called on the thread that called `BatchEngine.run`, never
/// concurrently.
public protocol BatchObserver: AnyObject {
    /// An input is done (converted, skipped or failed).
    func finished(_ entry: IndexEntry, progress: BatchProgress)
    /// Called about ten times a second while inputs are being converted.
    func tick(_ progress: BatchProgress)
    /// The run is over.
    func ended(_ progress: BatchProgress)
}

/// Counts so far.
public struct BatchProgress: Sendable {
    public var done = 0
    public var total = 0
    public var failed = 0
    public var seconds: Double = 0
    /// Inputs settled without any work (skipped by name), left out of the rate.
    public var settledAtOnce = 0

    public var filesPerSecond: Double { seconds > 0 ? Double(done - settledAtOnce) / seconds : 0 }
    /// Estimated seconds left, `nil` before the first file.
    public var secondsLeft: Double? { filesPerSecond > 0 ? Double(total - done) / filesPerSecond : nil }
}

/// Writes progress to standard error: on a terminal one line redrawn in place (at most ten
/// times a second); otherwise one plain line per input (failures with their reason).
public final class ProgressPrinter: BatchObserver {
    public enum Mode: Sendable { case terminal, lines }

    let mode: Mode
    var lastDraw: Double = -1
    var drawn = false

    public init(mode: Mode) { self.mode = mode }

    /// `.terminal` when standard error is a terminal, else `.lines`.
    public static var automatic: ProgressPrinter { ProgressPrinter(mode: isatty(STDERR_FILENO) != 0 ? .terminal : .lines) }

    public func finished(_ entry: IndexEntry, progress: BatchProgress) {
        switch mode {
        case .lines:
            var line = "nianbao: [\(progress.done)/\(progress.total)] \(entry.status.rawValue)"
            if entry.status == .failed, let error = entry.error {
                line += ProgressPrinter.naming(entry.path, error)
            } else {
                line += " \(entry.path)"
            }
            if entry.status == .converted { line += " (\(entry.milliseconds) ms)" }
            emit(line + "\n")
        case .terminal:
            if entry.status == .failed {
                // Failures scroll above the progress line.
                emit("\r\u{1B}[K" + "nianbao: failed" + ProgressPrinter.naming(entry.path, entry.error ?? "") + "\n")
                drawn = false
            }
            tick(progress)
        }
    }

    public func tick(_ progress: BatchProgress) {
        guard mode == .terminal, progress.seconds - lastDraw >= 0.1 || !drawn else { return }
        lastDraw = progress.seconds
        drawn = true
        emit("\r\u{1B}[K" + ProgressPrinter.line(progress))
    }

    public func ended(_ progress: BatchProgress) {
        if mode == .terminal { emit("\r\u{1B}[K" + ProgressPrinter.line(progress) + "\n") }
    }

    /// ` PATH: ERROR`: the line names the file once (errors do not repeat it), with control
    /// characters in the name escaped.
    static func naming(_ path: String, _ error: String) -> String { " \(DisplayName.of(path)): \(error)" }

    /// `1234/10000  215.3 files/s  0:41 left  2 failed`
    public static func line(_ p: BatchProgress) -> String {
        let left = p.secondsLeft.map { s -> String in
            let t = Int(s.rounded(.up))
            return t >= 3600 ? "\(t / 3600):\(NumberText.zeroPadded(t / 60 % 60, width: 2)):\(NumberText.zeroPadded(t % 60, width: 2))"
                : "\(t / 60):\(NumberText.zeroPadded(t % 60, width: 2))"
        } ?? "–"
        return "\(p.done)/\(p.total)  " + NumberText.fixed(p.filesPerSecond, places: 1) + " files/s  \(left) left  \(p.failed) failed"
    }

    /// Progress is never worth a trap: a standard error that cannot be written is left alone.
    func emit(_ text: String) { StandardStream.error.write(text) }
}
