import TestSupport
/// LeakSanitizer's built-in suppressions for this test binary, read when it is built with
/// `--sanitize address` (the function is never called otherwise).
///
/// Only leaks of the test harness are suppressed, never nianbao's: XCTest keeps its suite
/// objects to the end of the process, and Foundation's `Process` on Linux leaves a reference
/// cycle behind for every process it starts (`Nianbao.run` and `Nianbao.binary` in
/// BadInputTests start the `nianbao` binary; the binary itself is leak-checked in its own
/// process).
@_cdecl("__lsan_default_suppressions")
public func lsanDefaultSuppressions() -> UnsafePointer<CChar> {
    let list: StaticString = """
        leak:libXCTest.so
        leak:NormalizeTests7NianbaoO3run
        leak:NormalizeTests7NianbaoO6binary

        """
    return UnsafeRawPointer(list.utf8Start).assumingMemoryBound(to: CChar.self)
}
