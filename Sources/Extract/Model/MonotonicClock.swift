import Glibc

/// Time that only goes forward (CLOCK_MONOTONIC), for durations and time limits.
public enum MonotonicClock {
    public static func nanoseconds() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }
}
