// libFuzzer target: the fuzz input is word/document.xml, and also word/styles.xml and
// word/numbering.xml, of a DOCX built in memory, read by the DOCX reader (libzip, libxml2, the
// styles, numbering and body parsers) and then by the grid builder. The one input serves all
// three parts: each parser picks its own elements wherever they are.
//
// Build and run with fuzz/run.sh. In a regular `swift build` this is an executable that does
// nothing: its only entry point is `LLVMFuzzerTestOneInput`, called by libFuzzer's `main`.
import Extract
import Foundation
import Normalize

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocxXML(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let xml = Data(bytes: bytes, count: count)
    let docx = StoredZip.data([
        ("[Content_Types].xml", Data(StoredZip.contentTypes.utf8)),
        ("_rels/.rels", Data(StoredZip.packageRelationships.utf8)),
        ("word/document.xml", xml),
        ("word/styles.xml", xml),
        ("word/numbering.xml", xml),
    ])
    _ = try? Converter.convert(data: docx, path: "fuzz.docx")
    return 0
}

/// A zip of stored (uncompressed) entries, written in memory.
enum StoredZip {
    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """
    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="word/document.xml"/></Relationships>
        """

    static func data(_ entries: [(name: String, data: Data)]) -> Data {
        var out = Data(), central = Data()
        for (name, data) in entries {
            let nameBytes = Data(name.utf8), crc = crc32(data), offset = UInt32(out.count)
            out.le32(0x0403_4B50); out.le16(20); out.le16(0); out.le16(0); out.le16(0); out.le16(0x21)
            out.le32(crc); out.le32(UInt32(data.count)); out.le32(UInt32(data.count))
            out.le16(UInt16(nameBytes.count)); out.le16(0); out.append(nameBytes); out.append(data)
            central.le32(0x0201_4B50); central.le16(20); central.le16(20); central.le16(0); central.le16(0)
            central.le16(0); central.le16(0x21); central.le32(crc); central.le32(UInt32(data.count))
            central.le32(UInt32(data.count)); central.le16(UInt16(nameBytes.count)); central.le16(0); central.le16(0)
            central.le16(0); central.le16(0); central.le32(0); central.le32(offset); central.append(nameBytes)
        }
        let centralOffset = UInt32(out.count)
        out.append(central)
        out.le32(0x0605_4B50); out.le16(0); out.le16(0); out.le16(UInt16(entries.count)); out.le16(UInt16(entries.count))
        out.le32(UInt32(central.count)); out.le32(centralOffset); out.le16(0)
        return out
    }

    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}

extension Data {
    fileprivate mutating func le16(_ value: UInt16) { append(UInt8(value & 0xFF)); append(UInt8(value >> 8)) }
    fileprivate mutating func le32(_ value: UInt32) { le16(UInt16(value & 0xFFFF)); le16(UInt16(value >> 16)) }
}
