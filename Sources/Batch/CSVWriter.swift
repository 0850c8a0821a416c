import Extract
import FoundationEssentials
import Glibc

/// Writes `cells.csv`: one row per cell of every report, RFC 4180 (CRLF line ends, fields
/// quoted when they hold `"` `,` CR or LF, quotes doubled), UTF-8 with a byte-order mark so
/// Excel reads the Chinese intact. The file is streamed to a temporary file beside the
/// destination and renamed over it by `finish()`; until then the old file stays.
public final class CSVWriter {
    public static let header = ["file", "organ", "year", "edition", "table", "row", "column", "label", "value", "raw"]

    let destination: URL
    let temporary: URL
    let file: Int32
    var buffer: [UInt8] = []
    var closed = false
    public private(set) var rows = 0

    /// A writer of `cells.csv`, or of another table whose first row is `header`.
    public init(url: URL, header: [String] = CSVWriter.header) throws {
        destination = url
        temporary = AtomicFile.temporaryURL(for: url)
        file = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard file >= 0 else { throw BatchError.cannotWrite("cannot create \(temporary.path)") }
        buffer.append(contentsOf: [0xEF, 0xBB, 0xBF])
        appendRow(header)
    }

    /// Appends one row of fields.
    public func append(row fields: [String]) throws {
        appendRow(fields)
        if buffer.count >= 1 << 20 { try flush() }
    }

    deinit {
        if !closed { close(file) }
        if FileManager.default.fileExists(atPath: temporary.path) { unlink(temporary.path) }
    }

    /// Appends one row per cell of `record`.
    public func append(_ record: ReportRecord) throws {
        let year = record.year.map(String.init) ?? ""
        for cell in record.cells {
            appendRow([record.path, record.organ ?? "", year, record.edition, cell.table, cell.row, cell.column, cell.label,
                       cell.value ?? "", cell.raw])
            rows += 1
        }
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Writes what is left and puts the file in place.
    public func finish() throws {
        try flush()
        closed = true
        guard close(file) == 0 else { throw BatchError.cannotWrite("\(destination.path): \(String(cString: strerror(errno)))") }
        try AtomicFile.commit(temporary, to: destination)
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        if let errorNumber = StandardStream(fd: file).write(Data(buffer)) {
            throw BatchError.cannotWrite("\(destination.path): \(String(cString: strerror(errorNumber)))")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    func appendRow(_ fields: [String]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { buffer.append(UInt8(ascii: ",")) }
            CSVWriter.appendField(field, to: &buffer)
        }
        buffer.append(0x0D)
        buffer.append(0x0A)
    }

    /// Appends one field, quoted only when RFC 4180 requires it.
    public static func appendField(_ field: String, to out: inout [UInt8]) {
        let utf8 = field.utf8
        let needsQuotes = utf8.contains { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: ",") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { out.append(contentsOf: utf8); return }
        out.append(UInt8(ascii: "\""))
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { out.append(byte) }
            out.append(byte)
        }
        out.append(UInt8(ascii: "\""))
    }
}
