import Foundation
import TestSupport

/// Writes small zip files in memory for tests: stored entries, or "deflated" entries made of
/// stored deflate blocks (real deflate streams that do not compress), with optional lies in
/// the declared sizes. Test-only; no compression, no ZIP64.
struct TestZipWriter {
    struct Entry {
        var name: String
        var data: Data
        /// Method 8 (deflate, with stored blocks) instead of 0 (stored).
        var deflate = false
        /// Replaces the uncompressed size written in both headers.
        var declaredSize: UInt32?
        /// Replaces the compressed size written in both headers (not the bytes written).
        var declaredCompressedSize: UInt32?
    }

    private(set) var entries: [Entry] = []

    mutating func add(_ name: String, _ text: String) {
        entries.append(Entry(name: name, data: Data(text.utf8)))
    }

    mutating func add(_ entry: Entry) {
        entries.append(entry)
    }

    /// The zip's bytes.
    func data() -> Data {
        var out = Data()
        var central = Data()
        for entry in entries {
            let payload = entry.deflate ? Self.storedDeflate(entry.data) : entry.data
            let crc = CRC32.checksum(entry.data)
            let name = Data(entry.name.utf8)
            let compressedSize = entry.declaredCompressedSize ?? UInt32(payload.count)
            let size = entry.declaredSize ?? UInt32(entry.data.count)
            let method: UInt16 = entry.deflate ? 8 : 0
            let offset = UInt32(out.count)
            out.append(le32: 0x0403_4B50)
            out.append(le16: 20); out.append(le16: 0x0800); out.append(le16: method)
            out.append(le16: 0); out.append(le16: 0x21)
            out.append(le32: crc); out.append(le32: compressedSize); out.append(le32: size)
            out.append(le16: UInt16(name.count)); out.append(le16: 0)
            out.append(name); out.append(payload)

            central.append(le32: 0x0201_4B50)
            central.append(le16: 20); central.append(le16: 20); central.append(le16: 0x0800); central.append(le16: method)
            central.append(le16: 0); central.append(le16: 0x21)
            central.append(le32: crc); central.append(le32: compressedSize); central.append(le32: size)
            central.append(le16: UInt16(name.count)); central.append(le16: 0); central.append(le16: 0)
            central.append(le16: 0); central.append(le16: 0); central.append(le32: 0)
            central.append(le32: offset)
            central.append(name)
        }
        let centralOffset = UInt32(out.count)
        out.append(central)
        out.append(le32: 0x0605_4B50)
        out.append(le16: 0); out.append(le16: 0)
        out.append(le16: UInt16(entries.count)); out.append(le16: UInt16(entries.count))
        out.append(le32: UInt32(central.count)); out.append(le32: centralOffset)
        out.append(le16: 0)
        return out
    }

    /// A deflate stream of stored blocks (BTYPE 00), at most 65 535 bytes each.
    static func storedDeflate(_ data: Data) -> Data {
        var out = Data()
        let bytes = [UInt8](data)
        var start = 0
        repeat {
            let end = min(start + 65_535, bytes.count)
            let length = UInt16(end - start)
            out.append(end == bytes.count ? 1 : 0)
            out.append(le16: length); out.append(le16: ~length)
            out.append(contentsOf: bytes[start..<end])
            start = end
        } while start < bytes.count
        return out
    }
}

/// CRC-32 (IEEE 802.3), as zip uses it.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func checksum(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}

extension Data {
    mutating func append(le16 value: UInt16) {
        append(UInt8(value & 0xFF)); append(UInt8(value >> 8))
    }

    mutating func append(le32 value: UInt32) {
        append(le16: UInt16(value & 0xFFFF)); append(le16: UInt16(value >> 16))
    }
}
