import CMalloc

/// Gives the allocator's free pages back to the system (glibc's `malloc_trim`). Each worker
/// thread allocates from its own arena, and what a file's conversion or a record's parse
/// frees there stays resident: on a review of 10,000 outputs the process held 55 MB of arenas
/// for 17 MB in use, and resident memory grew with the number of reports though the live
/// data barely did. Long loops release every `interval` items and when they end; a release
/// walks the arenas' free lists (well under a millisecond at these sizes).
public enum FreeMemory {
    /// Items (files, records) between two releases in a loop: often enough that the free
    /// pages of a few dozen parsed records never pile up, rarely enough to cost nothing.
    public static let interval = 32

    public static func release() {
        _ = malloc_trim(0)
    }

    /// Releases after every `interval`-th item of a loop (`count` items done so far).
    public static func release(after count: Int) {
        if count % interval == 0 { release() }
    }
}
