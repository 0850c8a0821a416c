import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// An open descriptor written with `write(2)` to its end: a full disk, a closed pipe or a
/// revoked terminal is an error code, never a trap (Foundation's `FileHandle.write(_:)`
/// traps on each of them).
public struct StandardStream: Sendable {
    public var fd: Int32

    public init(fd: Int32) { self.fd = fd }

    public static let output = StandardStream(fd: 1)
    public static let error = StandardStream(fd: 2)

    /// Writes all of `data`; returns `nil`, or the `errno` of the write that failed.
    @discardableResult
    public func write(_ data: Data) -> Int32? {
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    return errno
                }
                offset += n
            }
            return nil
        }
    }

    @discardableResult
    public func write(_ text: String) -> Int32? { write(Data(text.utf8)) }
}

/// A file name as printed in a one-line message: bytes that are not UTF-8 as `\xFF`, control
/// characters (a newline, an escape sequence) as `\n`, `\u{1B}`, so a hostile name can
/// neither split the line nor drive the terminal.
public enum DisplayName {
    public static func of(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: isControl) else { return path }
        var out = ""
        for scalar in path.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if isControl(scalar) { out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// A path given as bytes: UTF-8 runs as they are, each other byte as `\xNN`.
    public static func of(bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return of(text) }
        var out = ""
        var i = 0
        while i < bytes.count {
            // The shortest valid UTF-8 sequence starting here (1 to 4 bytes), else one bad byte.
            if let length = (1...4).first(where: { i + $0 <= bytes.count && String(validating: bytes[i..<(i + $0)], as: UTF8.self) != nil }) {
                out += String(decoding: bytes[i..<(i + length)], as: UTF8.self)
                i += length
            } else {
                out += "\\x" + String(bytes[i], radix: 16, uppercase: true)
                i += 1
            }
        }
        return of(out)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
    }
}
