#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The one owner of an iconv conversion descriptor; it closes the descriptor in `deinit`.
///
/// The descriptor carries shift state, so an instance belongs to one conversion on one
/// thread at a time. The corresponding C function is `iconv_open`.
final class IconvConverter {
    private let descriptor: iconv_t

    /// Opens a converter from `source` to `target` (iconv encoding names), or returns `nil`
    /// when the C library does not know one of them.
    init?(from source: String, to target: String) {
        let cd = iconv_open(target, source)
        // iconv_open reports failure as (iconv_t)-1, not NULL.
        guard let cd, Int(bitPattern: cd) != -1 else { return nil }
        descriptor = cd
    }

    deinit {
        iconv_close(descriptor)
    }

    /// Converts all of `input`, or returns `nil` when it holds an invalid or incomplete
    /// sequence in the source encoding. The corresponding C function is `iconv`.
    func convert(_ input: [UInt8]) -> [UInt8]? {
        if input.isEmpty { return [] }
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var written = 0
        var source = input
        let ok: Bool = source.withUnsafeMutableBytes { sourceBytes in
            var inPointer: UnsafeMutablePointer<CChar>? =
                sourceBytes.baseAddress!.assumingMemoryBound(to: CChar.self)
            var inLeft = sourceBytes.count
            while true {
                let done: Int = output.withUnsafeMutableBytes { outBytes in
                    var outPointer: UnsafeMutablePointer<CChar>? =
                        (outBytes.baseAddress! + written).assumingMemoryBound(to: CChar.self)
                    var outLeft = outBytes.count - written
                    let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    written = outBytes.count - outLeft
                    if result != -1 { return 1 }
                    return errno == E2BIG ? 0 : -1
                }
                if done == 1 { return true }
                if done == -1 { return false }
                output.append(contentsOf: repeatElement(0, count: output.count))
            }
        }
        guard ok else { return nil }
        output.removeSubrange(written...)
        return output
    }
}

@available(*, unavailable, message: "an iconv descriptor holds shift state and must stay on one thread")
extension IconvConverter: Sendable {}
