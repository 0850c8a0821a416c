import FoundationEssentials

/// Turns the bytes of a text dump into a `String`, or refuses them.
///
/// Supported: UTF-8 with or without a byte-order mark, UTF-16 LE/BE with a byte-order mark,
/// and GB18030 (which covers GBK and GB2312) without one, chosen when the bytes are not
/// UTF-8 but are GB18030. Text that is neither, but UTF-8 apart from under 1% of its bytes,
/// is read as UTF-8 with U+FFFD for each bad sequence, and a warning says how many bytes.
/// Line endings are left alone here; `TextLines` handles them.
enum TextDecoding {
    /// The share of control bytes (other than TAB, LF, CR, FF) above which input is binary.
    static let maxControlShare = 0.02

    /// The largest share of bytes that are not valid UTF-8 (in text that is not GB18030 either)
    /// that is still read as UTF-8, each bad sequence shown as U+FFFD: a few stray bytes in
    /// prose (a truncated character, a byte of another encoding pasted in) lose a character or
    /// two, not the report. More than that is text in some other encoding: refused.
    static let maxInvalidUTF8Share = 0.01

    /// The text, and warnings about how it was read.
    static func decode(_ data: Data) throws -> (text: String, warnings: [String]) {
        let text = try decodeText(data)
        return (text.text, text.invalidBytes == 0 ? [] : [
            "the text has \(text.invalidBytes) byte\(text.invalidBytes == 1 ? "" : "s") that \(text.invalidBytes == 1 ? "is" : "are") not valid UTF-8; \(text.invalidBytes == 1 ? "it is" : "they are") shown as U+FFFD"])
    }

    private static func decodeText(_ data: Data) throws -> (text: String, invalidBytes: Int) {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = bytes[3...]
            try refuseBinary(body)
            if let text = String(validating: body, as: UTF8.self) { return (text, 0) }
            let invalid = invalidUTF8Bytes(Array(body))
            guard Double(invalid) < Double(body.count) * maxInvalidUTF8Share else {
                throw ExtractError.undecodableText("it starts with a UTF-8 byte-order mark but is not valid UTF-8")
            }
            return (String(decoding: body, as: UTF8.self), invalid)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return (try decodeUTF16(bytes[2...], littleEndian: bytes[0] == 0xFF), 0)
        }
        if let firstNUL = bytes.firstIndex(of: 0) {
            let isUTF8 = String(validating: bytes, as: UTF8.self) != nil
            let nulCount = bytes.count { $0 == 0 }
            if (!isUTF8 || nulCount * 4 >= bytes.count) && looksLikeUTF16WithoutBOM(bytes) {
                throw ExtractError.undecodableText(
                    "it contains NUL bytes: UTF-16 without a byte-order mark, which is not supported; save it as UTF-8")
            }
            // Text with a few stray NULs (and otherwise like text) is named as such.
            let controls = bytes.count { $0 != 0 && ($0 < 0x20 || $0 == 0x7F) && !isAllowedControl($0) }
            if isUTF8 && nulCount * 10 <= bytes.count && Double(controls) <= Double(bytes.count) * maxControlShare {
                throw ExtractError.undecodableText(
                    "it contains \(nulCount) NUL byte\(nulCount == 1 ? "" : "s") (the first at byte \(firstNUL)), which text never has")
            }
            throw ExtractError.undecodableText("it contains NUL bytes: binary data, not a DOCX, PDF or text file")
        }
        try refuseBinary(bytes[...])
        if let text = String(validating: bytes, as: UTF8.self) { return (text, 0) }
        guard let converter = IconvConverter(from: "GB18030", to: "UTF-8") else {
            throw ExtractError.undecodableText("it is not UTF-8, and this system's iconv cannot convert GB18030")
        }
        if let utf8 = converter.convert(bytes), let text = String(validating: utf8, as: UTF8.self) { return (text, 0) }
        let invalid = invalidUTF8Bytes(bytes)
        guard Double(invalid) < Double(bytes.count) * maxInvalidUTF8Share else {
            throw ExtractError.undecodableText("it is neither UTF-8 nor GB18030/GBK (and has no UTF-16 byte-order mark)")
        }
        return (String(decoding: bytes, as: UTF8.self), invalid)
    }

    /// The number of bytes in sequences that are not valid UTF-8 (each maximal bad sequence
    /// becomes one U+FFFD when decoded).
    static func invalidUTF8Bytes(_ bytes: [UInt8]) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var invalid = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .error(let length): invalid += length
            case .emptyInput: return invalid
            }
        }
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

    /// True when the bytes read as UTF-16 (either order) with no NUL and few control
    /// characters, which is how text without its byte-order mark shows.
    private static func looksLikeUTF16WithoutBOM(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 2, bytes.count % 2 == 0 else { return false }
        for littleEndian in [true, false] {
            var units = [UInt16]()
            units.reserveCapacity(bytes.count / 2)
            var index = 0
            while index + 1 < bytes.count {
                let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
                units.append(littleEndian ? first | second << 8 : first << 8 | second)
                index += 2
            }
            guard let text = String(validating: units, as: UTF16.self) else { continue }
            var controls = 0, valid = true
            for scalar in text.unicodeScalars where scalar.value < 0x20 || scalar.value == 0x7F {
                if scalar.value == 0 { valid = false; break }
                if !isAllowedControl(UInt8(scalar.value)) { controls += 1 }
            }
            if valid, Double(controls) <= Double(units.count) * maxControlShare { return true }
        }
        return false
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
