internal import CZip
import FoundationEssentials

// Every libzip call of the package lives in this file. No libzip pointer leaves it: callers
// see entry indices, names, sizes and the bytes of an entry, copied into `Data`.
//
// Ownership rules (https://libzip.org/documentation/):
// - `zip_source_buffer_create` with `freep == 0` does not copy or free the buffer, so the
//   buffer must outlive the source. `ZipArchive` owns that buffer and frees it after
//   `zip_discard`.
// - `zip_open_from_source` takes the source over when it succeeds; when it fails the caller
//   still owns the source and must `zip_source_free` it.
// - A `zip_file_t` from `zip_fopen_index` is closed with `zip_fclose`.
// - Strings from `zip_error_strerror` and `zip_get_name` belong to libzip: copy them at once.

/// A zip archive opened read-only from bytes in memory.
///
/// The owner of one `zip_t` and of the memory it reads; it frees both in `deinit`.
final class ZipArchive {
    /// What `stat` reports about one entry, as declared in the archive's headers.
    struct EntryInfo {
        var name: String
        /// The declared uncompressed size, when the header has one.
        var size: UInt64?
        /// The declared compressed size, when the header has one.
        var compressedSize: UInt64?
    }

    private let handle: OpaquePointer
    private let buffer: UnsafeMutableRawBufferPointer

    /// Opens a zip from bytes, checking the archive's consistency.
    ///
    /// The corresponding libzip functions are `zip_source_buffer_create` and
    /// `zip_open_from_source` (with `ZIP_RDONLY | ZIP_CHECKCONS`).
    init(data: Data) throws {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 1)
        data.copyBytes(to: buffer)
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(buffer.baseAddress, UInt64(data.count), 0, &error) else {
            buffer.deallocate()
            throw ExtractError.corruptArchive("cannot read the zip bytes (\(Self.message(&error)))")
        }
        guard let archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) else {
            zip_source_free(source)
            buffer.deallocate()
            throw ExtractError.corruptArchive("not a readable zip archive (\(Self.message(&error)))")
        }
        self.handle = archive
        self.buffer = buffer
    }

    deinit {
        zip_discard(handle)
        buffer.deallocate()
    }

    /// The number of entries the central directory lists.
    ///
    /// The corresponding libzip function is `zip_get_num_entries`.
    var entryCount: Int { Int(max(zip_get_num_entries(handle, 0), 0)) }

    /// The index of the entry with this name, compared without regard to case (OPC part
    /// names are case-insensitive), or `nil`.
    ///
    /// The corresponding libzip function is `zip_name_locate`.
    func index(of name: String) -> Int? {
        let found = zip_name_locate(handle, name, ZIP_FL_NOCASE)
        return found >= 0 ? Int(found) : nil
    }

    /// The declared name and sizes of an entry.
    ///
    /// The corresponding libzip function is `zip_stat_index`.
    func info(at index: Int) throws -> EntryInfo {
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_stat_index(handle, UInt64(index), 0, &stat) == 0 else {
            throw ExtractError.corruptArchive("cannot read the header of zip entry \(index) (\(archiveMessage()))")
        }
        let name = (stat.valid & UInt64(ZIP_STAT_NAME)) != 0 && stat.name != nil ? String(cString: stat.name) : "#\(index)"
        return EntryInfo(
            name: name,
            size: (stat.valid & UInt64(ZIP_STAT_SIZE)) != 0 ? stat.size : nil,
            compressedSize: (stat.valid & UInt64(ZIP_STAT_COMP_SIZE)) != 0 ? stat.comp_size : nil)
    }

    /// Reads and inflates one entry, refusing it before inflating when its declared size is
    /// over the limit, and stopping as soon as the bytes actually inflated pass the limit or
    /// the declared size (declared sizes can lie).
    ///
    /// The compression ratio does not refuse an entry the limit lets through. Bytes are
    /// counted as they inflate, 64 KB at a time, and inflating stops at `maxEntryBytes`
    /// whatever the ratio, so a highly compressible entry within the limit (200,000 short
    /// paragraphs: 7 MB of XML from about 20 KB) costs no more than any other entry of its
    /// size; only a few parts of a package are ever inflated. The ratio only names what an entry
    /// over the size limit is: a zip bomb (ratio over `maxCompressionRatio`) or a part too
    /// large. Both are refused before a byte is inflated.
    ///
    /// The corresponding libzip functions are `zip_fopen_index`, `zip_fread` and `zip_fclose`.
    func read(at index: Int, limits: ReadLimits) throws -> Data {
        let info = try info(at: index)
        let maxBytes = UInt64(max(limits.maxEntryBytes, 0))
        let maxRatio = UInt64(max(limits.maxCompressionRatio, 1))
        guard let declared = info.size, let compressed = info.compressedSize else {
            throw ExtractError.corruptArchive("zip entry \(info.name) declares no size")
        }
        if declared > maxBytes {
            if compressed == 0 || declared / compressed > maxRatio
                || (declared / compressed == maxRatio && declared % compressed != 0) {
                throw ExtractError.limitExceeded(
                    "zip entry \(info.name) declares a compression ratio over \(maxRatio) (\(declared) bytes from \(compressed))")
            }
            throw ExtractError.limitExceeded("zip entry \(info.name) declares \(declared) bytes, over the limit of \(maxBytes)")
        }
        var file = try ZipEntryFile(archive: self, handle: handle, index: index, name: info.name)
        var result = Data()
        result.reserveCapacity(Int(declared))
        let chunkSize = 64 << 10
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 1)
        defer { chunk.deallocate() }
        var total: UInt64 = 0
        while true {
            let count = zip_fread(file.handle, chunk.baseAddress, UInt64(chunkSize))
            if count < 0 {
                throw ExtractError.corruptArchive("cannot inflate zip entry \(info.name) (\(file.message()))")
            }
            if count == 0 { break }
            total += UInt64(count)
            if total > maxBytes {
                throw ExtractError.limitExceeded("zip entry \(info.name) inflates past the limit of \(maxBytes) bytes")
            }
            if total > declared {
                throw ExtractError.corruptArchive("zip entry \(info.name) inflates past its declared size of \(declared) bytes")
            }
            result.append(chunk.bindMemory(to: UInt8.self).baseAddress!, count: Int(count))
        }
        if total != declared {
            throw ExtractError.corruptArchive("zip entry \(info.name) is \(total) bytes, not the declared \(declared)")
        }
        try file.close()
        return result
    }

    /// The archive's last error, copied. The corresponding libzip function is `zip_get_error`.
    fileprivate func archiveMessage() -> String {
        guard let error = zip_get_error(handle) else { return "unknown error" }
        return OneLine.fold(String(cString: zip_error_strerror(error)))
    }

    fileprivate static func message(_ error: inout zip_error_t) -> String {
        OneLine.fold(String(cString: zip_error_strerror(&error)))
    }
}

@available(*, unavailable, message: "a libzip archive must stay on the thread that opened it")
extension ZipArchive: Sendable {}

/// One open entry of a `ZipArchive`; the owner of its `zip_file_t`.
private struct ZipEntryFile: ~Copyable {
    // Keeps the archive (and so its buffer) alive while the entry is open.
    private let archive: ZipArchive
    private(set) var handle: OpaquePointer?
    private let name: String

    init(archive: ZipArchive, handle archiveHandle: OpaquePointer, index: Int, name: String) throws {
        guard let file = zip_fopen_index(archiveHandle, UInt64(index), 0) else {
            throw ExtractError.corruptArchive("cannot open zip entry \(name) (\(archive.archiveMessage()))")
        }
        self.archive = archive
        self.handle = file
        self.name = name
    }

    /// The entry's last error, copied. The corresponding libzip function is `zip_file_get_error`.
    func message() -> String {
        guard let handle, let error = zip_file_get_error(handle) else { return "unknown error" }
        return OneLine.fold(String(cString: zip_error_strerror(error)))
    }

    /// Closes the entry, reporting a CRC or read error libzip found at the end.
    ///
    /// The corresponding libzip function is `zip_fclose`.
    mutating func close() throws {
        guard let file = handle else { return }
        handle = nil
        let status = zip_fclose(file)
        if status != 0 {
            var error = zip_error_t()
            zip_error_init_with_code(&error, status)
            defer { zip_error_fini(&error) }
            throw ExtractError.corruptArchive("cannot read zip entry \(name) (\(ZipArchive.message(&error)))")
        }
    }

    deinit {
        if let handle { zip_fclose(handle) }
    }
}
