import Foundation

/// Turns the bytes of a text dump into a `String`, or refuses them.
///
/// Supported: UTF-8 with or without a byte-order mark, UTF-16 LE/BE with a byte-order mark,
/// and GB18030 (which covers GBK and GB2312) without one, chosen when the bytes are not
/// UTF-8 but are GB18030. Line endings are left alone here; `TextLines` handles them.
enum TextDecoding {
    /// The share of control bytes (other than TAB, LF, CR, FF) above which input is binary.
    static let maxControlShare = 0.02

    static func decode(_ data: Data) throws -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = bytes[3...]
            try refuseBinary(body)
            guard let text = String(validating: body, as: UTF8.self) else {
                throw ExtractError.undecodableText("it starts with a UTF-8 byte-order mark but is not valid UTF-8")
            }
            return text
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try decodeUTF16(bytes[2...], littleEndian: bytes[0] == 0xFF)
        }
        if bytes.contains(0) {
            throw ExtractError.undecodableText(
                "it contains NUL bytes (binary data, or UTF-16 without a byte-order mark, which is not supported; save it as UTF-8)")
        }
        try refuseBinary(bytes[...])
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        guard let converter = IconvConverter(from: "GB18030", to: "UTF-8") else {
            throw ExtractError.undecodableText("it is not UTF-8, and this system's iconv cannot convert GB18030")
        }
        guard let utf8 = converter.convert(bytes), let text = String(validating: utf8, as: UTF8.self) else {
            throw ExtractError.undecodableText("it is neither UTF-8 nor GB18030/GBK (and has no UTF-16 byte-order mark)")
        }
        return text
    }

    private static func decodeUTF16(_ body: ArraySlice<UInt8>, littleEndian: Bool) throws -> String {
        let name = littleEndian ? "UTF-16LE" : "UTF-16BE"
        guard body.count % 2 == 0 else {
            throw ExtractError.undecodableText("it starts with a \(name) byte-order mark but has an odd number of bytes")
        }
        var units = [UInt16]()
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index < body.endIndex {
            let first = UInt16(body[index]), second = UInt16(body[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            throw ExtractError.undecodableText("it starts with a \(name) byte-order mark but is not valid \(name)")
        }
        var controls = 0
        for scalar in text.unicodeScalars where scalar.value < 0x20 || scalar.value == 0x7F {
            if scalar.value == 0 {
                throw ExtractError.undecodableText("it contains NUL characters (\(name) text of binary data)")
            }
            if !isAllowedControl(UInt8(scalar.value)) { controls += 1 }
        }
        if Double(controls) > Double(max(units.count, 1)) * maxControlShare {
            throw ExtractError.undecodableText("it looks binary: too many control characters for text")
        }
        return text
    }

    private static func refuseBinary(_ bytes: ArraySlice<UInt8>) throws {
        var controls = 0
        for byte in bytes where (byte < 0x20 || byte == 0x7F) && !isAllowedControl(byte) {
            controls += 1
        }
        if Double(controls) > Double(max(bytes.count, 1)) * maxControlShare {
            throw ExtractError.undecodableText("it looks binary: \(controls) of \(bytes.count) bytes are control bytes")
        }
    }

    /// TAB, LF, CR and FF (a page break in `pdftotext` output).
    private static func isAllowedControl(_ byte: UInt8) -> Bool {
        byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}
