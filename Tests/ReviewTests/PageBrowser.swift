import Foundation
import TestSupport
import Testing

/// Whether the tests that open the review page in a browser run. They run wherever Chromium
/// is installed (`scripts/setup.sh`, CI) and fail where it is missing: a missing browser is
/// never a silent skip. Only `NIANBAO_NO_BROWSER=1` (a set-up told to leave the browser out)
/// skips them, and the skip says so.
enum PageBrowserGate {
    static let variable = "NIANBAO_NO_BROWSER"
    static let skipped = ProcessInfo.processInfo.environment[variable] == "1"
    static let reason: Comment = "skipped: NIANBAO_NO_BROWSER=1 (set-up without a browser), so the review page is not opened in Chromium"
}

/// Chromium run headless on a page file, through Foundation's `Process`: the DOM after the
/// page's script ran (`--dump-dom`), or a screenshot. Each run has its own profile folder
/// (`--user-data-dir`) and is killed after `timeout`, so a hung browser fails one test
/// instead of hanging the suite. Name resolution is pointed nowhere, so a page that tried
/// the network would show it by failing.
struct PageBrowser {
    /// The longest a run may take: a cold Chromium start on a loaded two-core machine takes a
    /// few seconds; a run past a minute is hung.
    static let timeout: TimeInterval = 60

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let executable: URL

    /// The browser on `PATH` (`chromium`, as Debian names it), or an error saying how to
    /// install it.
    static func find() throws -> PageBrowser {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("chromium")
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                return PageBrowser(executable: candidate)
            }
        }
        throw Failure(description: "chromium is not on PATH: install it (apt-get install chromium), or set \(PageBrowserGate.variable)=1 to skip the browser tests")
    }

    /// The DOM of `page` (a file URL, with its fragment) once loaded and its script run.
    func dumpDOM(_ page: URL) throws -> String {
        try run(["--dump-dom", page.absoluteString])
    }

    /// A PNG of `page` in a window `width` × `height`, written to `png`.
    func screenshot(_ page: URL, to png: URL, width: Int = 1400, height: Int = 1000) throws {
        _ = try run(["--screenshot=\(png.path)", "--window-size=\(width),\(height)", "--hide-scrollbars", page.absoluteString])
    }

    /// `page` printed (the print media, after the page's `beforeprint`) to `pdf`, without
    /// the browser's header and footer.
    func printToPDF(_ page: URL, to pdf: URL) throws {
        _ = try run(["--print-to-pdf=\(pdf.path)", "--no-pdf-header-footer", page.absoluteString])
    }

    /// Runs Chromium with `arguments` after the headless ones; its standard output.
    private func run(_ arguments: [String]) throws -> String {
        let work = try Scratch.directory("chromium")
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("stdout")
        let err = work.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: out)
        let errHandle = try FileHandle(forWritingTo: err)
        defer { try? outHandle.close(); try? errHandle.close() }

        let process = Process()
        process.executableURL = executable
        process.arguments = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--user-data-dir=\(work.appendingPathComponent("profile").path)",
            "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            "--disable-background-networking", "--disable-sync", "--mute-audio",
            "--host-resolver-rules=MAP * ~NOTFOUND",
        ] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outHandle
        process.standardError = errHandle
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        let pid = process.processIdentifier
        if done.wait(timeout: .now() + Self.timeout) == .timedOut {
            kill(pid, SIGKILL)
            _ = done.wait(timeout: .now() + 5)
            throw Failure(description: "chromium did not finish within \(Int(Self.timeout)) s and was killed: \(arguments.joined(separator: " "))")
        }
        let output = String(decoding: (try? Data(contentsOf: out)) ?? Data(), as: UTF8.self)
        guard process.terminationStatus == 0 else {
            let log = String(decoding: (try? Data(contentsOf: err)) ?? Data(), as: UTF8.self)
            throw Failure(description: "chromium exited with status \(process.terminationStatus): \(log.suffix(2000))")
        }
        return output
    }
}
