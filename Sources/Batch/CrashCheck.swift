import Extract
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decides whether an input left in flight by a dead batch is what killed it: the input is
/// converted again in a child process (`EXECUTABLE convert --to json FILE`, output thrown
/// away) and only a child that dies by a crash signal convicts it. A batch can die for many
/// reasons (SIGKILL, the OOM killer, a power cut) and "it was in flight alone" proves nothing.
enum CrashCheck {
    /// Signals the runtime or the hardware raise when the converter itself fails: a Swift
    /// trap (SIGILL on x86-64, SIGTRAP on arm64), a bad access (SIGSEGV, SIGBUS), an abort
    /// (SIGABRT, e.g. from a C library), an arithmetic fault (SIGFPE). Any other end —
    /// SIGKILL, SIGINT from a Ctrl-C that reached the child too — says nothing about the file.
    static let crashSignals: Set<Int32> = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE]

    enum Verdict: Equatable {
        /// The child died by this crash signal: the file crashes the converter.
        case crashed(Int32)
        /// The child ended by itself (converted, or refused the file with an error): not a crash.
        case survived
        /// The child could not be started or was ended from outside: check again next run.
        case undecided
    }

    /// Converts `path` in a child process of `executable` with the batch's limits.
    static func run(executable: String, path: String, limits: ReadLimits) -> Verdict {
        let arguments = [executable, "convert", "--to", "json"] + limitArguments(limits) + [path]
        var environment = ProcessInfo.processInfo.environment
        // The Swift runtime's backtracer would spend seconds symbolicating a crash nobody reads.
        environment["SWIFT_BACKTRACE"] = "enable=no"
        guard let pid = spawn(arguments, environment: environment) else { return .undecided }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return .undecided }
        }
        let termination = status & 0x7f  // WTERMSIG; 0 when the child exited
        if termination == 0 { return .survived }
        return crashSignals.contains(termination) ? .crashed(termination) : .undecided
    }

    /// The `convert` options that give the child the batch's limits.
    static func limitArguments(_ limits: ReadLimits) -> [String] {
        func mib(_ bytes: Int) -> String { String(max(1, bytes >> 20)) }
        return ["--max-input-mib", mib(limits.maxInputBytes), "--max-entry-mib", mib(limits.maxEntryBytes),
                "--max-ratio", String(limits.maxCompressionRatio), "--max-entries", String(limits.maxEntries),
                "--max-xml-depth", String(limits.maxXMLDepth), "--max-pages", String(limits.maxPages),
                "--max-cells", String(limits.maxCells)]
    }

    /// Starts `arguments` with standard input, output and error on /dev/null, and SIGINT,
    /// SIGTERM and SIGPIPE back at their default actions (the batch ignores the first two
    /// while it runs, and an ignored signal would stay ignored across exec).
    private static func spawn(_ arguments: [String], environment: [String: String]) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGINT, SIGTERM, SIGPIPE] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
        return result == 0 ? pid : nil
    }
}
