import FoundationEssentials
import Glibc

/// Runs one program (LibreOffice) as a child process with a time limit: no shell, standard
/// input and output on /dev/null, standard error into a file, in a process group of its own
/// so that the whole group (`soffice` starts `soffice.bin` below it) can be killed when it
/// runs past the limit or the caller gives up.
enum ChildProcess {
    enum Outcome: Equatable {
        case exited(Int32)
        case signaled(Int32)
        /// It ran past the limit; the group was killed.
        case timedOut
        /// `cancelled` said so; the group was killed.
        case cancelled
        /// `posix_spawn` failed with this errno.
        case notStarted(Int32)
    }

    /// How often the wait looks at the clock and at `cancelled`: short beside LibreOffice's
    /// one-second start, long enough to cost nothing.
    static let pollMicroseconds: UInt32 = 20_000

    static func run(_ arguments: [String], stderrPath: String, timeLimit: Double,
                    cancelled: () -> Bool = { false }) -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // SIGINT and SIGTERM at their default actions (a batch ignores them while it runs, and
        // an ignored signal stays ignored across exec), nothing blocked, a new process group.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGINT, SIGTERM, SIGPIPE, SIGHUP] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP))

        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environ)
        guard result == 0 else { return .notStarted(result) }

        let deadline = MonotonicClock.nanoseconds() + UInt64(max(0, timeLimit) * 1e9)
        var status: Int32 = 0
        while true {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { break }
            if waited < 0, errno != EINTR { return .exited(-1) }
            let stop: Outcome? = cancelled() ? .cancelled
                : MonotonicClock.nanoseconds() >= deadline ? .timedOut : nil
            if let stop {
                kill(-pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0, errno == EINTR {}
                return stop
            }
            usleep(pollMicroseconds)
        }
        // Anything the program left running in its group goes with it.
        kill(-pid, SIGKILL)
        let termination = status & 0x7f  // WTERMSIG; 0 when it exited
        return termination == 0 ? .exited((status >> 8) & 0xff) : .signaled(termination)
    }
}
