import Batch
import FoundationEssentials

/// A CSV file made in memory and put in place atomically (`AtomicFile`): RFC 4180 as
/// `cells.csv` (CRLF, fields quoted only when needed), UTF-8 with a byte-order mark so
/// Excel reads the Chinese intact.
struct CSVFile {
    var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]

    init(header: [String]) { append(header) }

    mutating func append(_ fields: [String]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            CSVWriter.appendField(field, to: &bytes)
        }
        bytes.append(0x0D)
        bytes.append(0x0A)
    }

    func write(to url: URL) throws { try AtomicFile.write(Data(bytes), to: url) }
}
