internal import CLazyLink

/// A C library that only some inputs need, opened when the first such input arrives
/// (`dlopen`, CLazyLink): a DOCX or text conversion never loads poppler, tesseract, SQLite or
/// libxlsxwriter and the shared objects they bring, which cost more start-up time than the
/// conversion itself. Every call into one of them goes through CLazyLink's `nb_` wrappers,
/// which may only be called once `open()` has succeeded.
public enum SystemLibrary: Int, Sendable, CaseIterable {
    /// poppler-glib (with glib, gobject and cairo): PDF input.
    case pdf
    /// tesseract (with leptonica): OCR of scanned pages.
    case ocr
    /// SQLite: batch's `index.sqlite` and the review's store.
    case sqlite
    /// libxlsxwriter: the review's `--xlsx` workbook.
    case xlsx

    /// A library that is not installed, or lacks a function nianbao calls.
    public struct Missing: Error, Sendable, CustomStringConvertible {
        public var library: SystemLibrary
        /// One line: the loader's message and the Debian package that has the library.
        public var reason: String
        public var description: String { "\(library.purpose) needs a library that cannot be loaded: \(reason)" }
    }

    /// What the library serves, for messages.
    public var purpose: String {
        switch self {
        case .pdf: return "PDF input"
        case .ocr: return "OCR"
        case .sqlite: return "the SQLite index"
        case .xlsx: return "the workbook (--xlsx)"
        }
    }

    /// Opens the library once per process (later calls return at once).
    /// - Throws: `Missing` when it cannot be loaded.
    public func open() throws(Missing) {
        var why = [CChar](repeating: 0, count: 512)
        let status = why.withUnsafeMutableBufferPointer { buffer in
            nianbao_lazy_open(group, buffer.baseAddress, buffer.count)
        }
        guard status == 0 else {
            let reason = why.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            throw Missing(library: self, reason: reason)
        }
    }

    /// True when the library is mapped in this process (for tests: a DOCX conversion must
    /// leave the PDF and OCR libraries unloaded).
    public var isLoaded: Bool { nianbao_lazy_is_open(group) != 0 }

    private var group: nianbao_lib_group { nianbao_lib_group(UInt32(rawValue)) }
}
