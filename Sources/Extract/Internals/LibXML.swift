internal import CLibXML
import FoundationEssentials
import Glibc

// Every libxml2 call of the package lives in this file. No libxml2 pointer leaves it: callers
// see node kinds, depths and names and attribute values copied into `String`.
//
// Ownership rules (https://gnome.pages.gitlab.gnome.org/libxml2/devhelp/libxml2-xmlreader.html):
// - `xmlReaderForMemory` does not copy its buffer: `XMLStreamReader` owns a copy of the bytes
//   and frees it after `xmlFreeTextReader`.
// - `xmlTextReaderConst*` strings belong to the reader (interned in its dictionary) and live
//   as long as it does; `xmlTextReaderGetAttribute*` results are the caller's and are freed
//   with `xmlFree` (through the `nianbao_xmlFree` shim).
// - `xmlInitParser` is called once; `xmlCleanupParser` never (it is not thread-safe).
// - Errors reach a per-reader structured handler, never libxml2's global error state; the
//   thread's generic handler (used where there is no parser context) keeps the first message
//   instead of printing it, so libxml2 never writes on stderr.

/// Calls `xmlInitParser` once per process (Swift initializes globals lazily and exactly once).
private let libxmlInitialized: Void = { xmlInitParser() }()

/// The kind of node the reader stands on, for the nodes a Word XML walker cares about.
enum XMLNodeKind {
    case elementStart
    case elementEnd
    /// Character data: text, CDATA or whitespace.
    case text
}

/// A forward-only, streaming XML reader over bytes in memory, refusing DTDs and entity
/// references and limiting element depth.
///
/// The owner of one `xmlTextReaderPtr` and of the bytes it reads; it frees both in `deinit`.
final class XMLStreamReader {
    /// Receives libxml2's structured errors for one reader.
    private final class ErrorSink {
        var first: String?
    }

    private let handle: OpaquePointer
    private let buffer: UnsafeMutableRawBufferPointer
    private let errors = ErrorSink()
    private let partName: String
    private let maxDepth: Int
    /// Names already copied into `String`, keyed by the reader's (usually interned) pointer;
    /// the bytes are compared again on a hit, so a reused address can never give a stale name.
    private var names: [UnsafeRawPointer: (bytes: [CChar], name: String)] = [:]
    /// The callers' codes for element names (`elementCode`), in an open-addressing table of
    /// `codeSlots` entries indexed by the names' addresses (a part has a few dozen names; once
    /// the table is three quarters full, further names are classified on every visit). Raw
    /// memory, freed in `deinit`: a lookup copies and retains nothing.
    private static let codeSlots = 256
    private let codeTable: UnsafeMutablePointer<CodeEntry>
    private var codeCount = 0

    private struct CodeEntry {
        var namespaceURI: UnsafeRawPointer?
        var localName: UnsafeRawPointer?
        /// The namespace URI's bytes and NUL, then the local name's bytes and NUL (checked on
        /// a hit, as in `interned`); nil for an empty slot.
        var bytes: UnsafeMutablePointer<CChar>?
        var code: Int
    }

    /// The kind of the current node.
    private(set) var kind: XMLNodeKind = .text
    /// The depth of the current node; an element's end has the depth of its start.
    private(set) var depth: Int = 0
    /// True when the current element is written `<x/>` (no end node follows).
    private(set) var isEmptyElement = false

    /// Opens a reader over `data` with the safe parser options.
    ///
    /// The corresponding libxml2 functions are `xmlReaderForMemory` and
    /// `xmlTextReaderSetStructuredErrorHandler`.
    /// - Parameters:
    ///   - partName: the zip entry the bytes come from, named in error messages.
    ///   - maxDepth: the deepest element nesting accepted.
    ///   - encoding: the encoding the bytes are in, overriding the XML declaration (`nil`: as
    ///     declared).
    init(data: Data, partName: String, maxDepth: Int, encoding: String? = nil) throws {
        _ = libxmlInitialized
        // Errors raised outside a parser context (the encoding converters') go to the thread's
        // generic handler, which prints them on stderr; on this thread the first is kept
        // instead, and named when the parser's own error says no more than that it failed.
        nianbao_xmlSilenceThread()
        guard data.count < Int(Int32.max) else {
            throw ExtractError.limitExceeded("\(partName) is too large to parse")
        }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 1)
        data.copyBytes(to: buffer)
        let options = nianbao_xmlSafeOptions() | (encoding == nil ? 0 : Int32(XML_PARSE_IGNORE_ENC.rawValue))
        guard let reader = xmlReaderForMemory(
            buffer.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(data.count),
            nil, encoding, options)
        else {
            buffer.deallocate()
            throw ExtractError.malformedXML("\(partName): libxml2 cannot create a reader")
        }
        self.handle = reader
        self.buffer = buffer
        codeTable = .allocate(capacity: Self.codeSlots)
        codeTable.initialize(repeating: CodeEntry(namespaceURI: nil, localName: nil, bytes: nil, code: 0), count: Self.codeSlots)
        self.partName = partName
        self.maxDepth = maxDepth
        // The handler's argument type is `xmlErrorPtr` in libxml2 2.9 and a const pointer in
        // 2.12; the closure infers either.
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            let sink = Unmanaged<ErrorSink>.fromOpaque(context).takeUnretainedValue()
            guard sink.first == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let text = OneLine.fold(error.pointee.message.map { String(cString: $0) } ?? "")
            sink.first = "line \(error.pointee.line): \(text.isEmpty ? "unknown error" : text)"
        }, Unmanaged.passUnretained(errors).toOpaque())
    }

    deinit {
        xmlFreeTextReader(handle)
        buffer.deallocate()
        for slot in 0..<Self.codeSlots { codeTable[slot].bytes?.deallocate() }
        codeTable.deallocate()
    }

    /// Moves to the next element start, element end or text node; returns `false` at the end
    /// of the document. Comments, processing instructions and the XML declaration are passed
    /// over.
    ///
    /// The corresponding libxml2 function is `xmlTextReaderRead`.
    /// - Throws: `ExtractError.malformedXML` for a parse error or any DTD or entity reference,
    ///   `ExtractError.limitExceeded` for nesting deeper than the limit.
    /// True when `skipElement()` has already moved libxml2 to the node `read()` returns next.
    private var pending = false
    private var finished = false

    /// Skips the current element and everything inside it without surfacing its nodes, so a
    /// large part that is mostly ignored (`styles.xml`'s table and latent styles) costs only
    /// libxml2's parsing. Used only when libxml2's own nesting cap (256) is the depth limit,
    /// since the nodes inside are not seen by this reader's depth check. Returns false when
    /// it did not skip (the caller then reads through the element).
    ///
    /// The corresponding libxml2 function is `xmlTextReaderNext`.
    func skipElement() throws -> Bool {
        guard maxDepth >= 256, kind == .elementStart, !isEmptyElement, !pending else { return false }
        let status = xmlTextReaderNext(handle)
        if status < 0 { throw failure() }
        if status == 0 { finished = true } else { pending = true }
        return true
    }

    private func failure() -> ExtractError {
        // libxml2 refuses nesting past its own cap (256 without XML_PARSE_HUGE, which is
        // never set) before this reader's depth check sees it: the same limit.
        if let first = errors.first, first.contains("Excessive depth in document") {
            return ExtractError.limitExceeded("\(partName) nests elements deeper than \(min(maxDepth, 256)) levels")
        }
        let generic = OneLine.fold(String(cString: nianbao_xml_generic_message()))
        return ExtractError.malformedXML("\(partName): \(errors.first ?? (generic.isEmpty ? "parse error" : generic))")
    }

    func read() throws -> Bool {
        while true {
            if finished { return false }
            let status = pending ? 1 : xmlTextReaderRead(handle)
            pending = false
            if status == 0 { return false }
            if status < 0 { throw failure() }
            let type = xmlTextReaderNodeType(handle)
            switch type {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                kind = .elementStart
                isEmptyElement = xmlTextReaderIsEmptyElement(handle) == 1
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                kind = .elementEnd
                isEmptyElement = false
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                 Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                kind = .text
                isEmptyElement = false
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue), Int32(XML_READER_TYPE_ENTITY.rawValue),
                 Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue), Int32(XML_READER_TYPE_NOTATION.rawValue):
                throw ExtractError.malformedXML("DTD/entity declarations are not allowed")
            default:
                continue
            }
            depth = Int(xmlTextReaderDepth(handle))
            if depth > maxDepth {
                throw ExtractError.limitExceeded("\(partName) nests elements deeper than \(maxDepth) levels")
            }
            return true
        }
    }

    /// The local name of the current element.
    ///
    /// The corresponding libxml2 function is `xmlTextReaderConstLocalName`.
    var localName: String { interned(xmlTextReaderConstLocalName(handle)) }

    /// The namespace URI of the current element, or "" when it has none.
    ///
    /// The corresponding libxml2 function is `xmlTextReaderConstNamespaceUri`.
    var namespaceURI: String { interned(xmlTextReaderConstNamespaceUri(handle)) }

    /// The code `assign` gives the current element's namespace URI and local name, asked once
    /// per distinct name: a walker classifies each element by its name, and thousands of
    /// elements share a few dozen names, which libxml2 interns (a hit compares the bytes again,
    /// as `interned` does).
    ///
    /// The corresponding libxml2 functions are `xmlTextReaderConstNamespaceUri` and
    /// `xmlTextReaderConstLocalName`.
    func elementCode(_ assign: (_ namespaceURI: String, _ localName: String) -> Int) -> Int {
        let namespaceURI = UnsafeRawPointer(xmlTextReaderConstNamespaceUri(handle) ?? Self.emptyName.utf8Start)
        let localName = UnsafeRawPointer(xmlTextReaderConstLocalName(handle) ?? Self.emptyName.utf8Start)
        let ns = namespaceURI.assumingMemoryBound(to: CChar.self), local = localName.assumingMemoryBound(to: CChar.self)
        // Fibonacci hashing: the top bits of the addresses' mix times 2^64/φ; linear probing.
        let mixed = (UInt64(UInt(bitPattern: namespaceURI)) &* 31 &+ UInt64(UInt(bitPattern: localName))) &* 0x9E37_79B9_7F4A_7C15
        var slot = Int(truncatingIfNeeded: mixed &>> 56) % Self.codeSlots
        while let bytes = codeTable[slot].bytes {
            if codeTable[slot].namespaceURI == namespaceURI, codeTable[slot].localName == localName,
               strcmp(bytes, ns) == 0, strcmp(bytes + strlen(bytes) + 1, local) == 0 {
                return codeTable[slot].code
            }
            slot = (slot + 1) % Self.codeSlots
        }
        let code = assign(String(cString: ns), String(cString: local))
        guard codeCount < Self.codeSlots * 3 / 4 else { return code }
        let nsLength = strlen(ns) + 1, localLength = strlen(local) + 1
        let bytes = UnsafeMutablePointer<CChar>.allocate(capacity: nsLength + localLength)
        bytes.update(from: ns, count: nsLength)
        (bytes + nsLength).update(from: local, count: localLength)
        codeTable[slot] = CodeEntry(namespaceURI: namespaceURI, localName: localName, bytes: bytes, code: code)
        codeCount += 1
        return code
    }

    /// The name libxml2 gives as NULL ("no namespace"), read as "".
    private static let emptyName: StaticString = ""

    /// The character data of the current text node, copied.
    ///
    /// The corresponding libxml2 function is `xmlTextReaderConstValue`.
    var value: String {
        guard let text = xmlTextReaderConstValue(handle) else { return "" }
        return String(cString: text)
    }

    /// The value of an attribute of the current element: the one in `namespaceURI` when given
    /// and present, else the unprefixed one named `name`.
    ///
    /// The corresponding libxml2 functions are `xmlTextReaderGetAttributeNs` and
    /// `xmlTextReaderGetAttribute`.
    func attribute(_ name: String, namespaceURI: String?) -> String? {
        if let namespaceURI, let value = xmlTextReaderGetAttributeNs(handle, name, namespaceURI) {
            defer { nianbao_xmlFree(value) }
            return String(cString: value)
        }
        guard let value = xmlTextReaderGetAttribute(handle, name) else { return nil }
        defer { nianbao_xmlFree(value) }
        return String(cString: value)
    }

    private func interned(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        let key = UnsafeRawPointer(pointer)
        let cString = UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self)
        if let known = names[key], known.bytes.withUnsafeBufferPointer({ strcmp($0.baseAddress!, cString) == 0 }) {
            return known.name
        }
        let name = String(cString: pointer)
        names[key] = (Array(UnsafeBufferPointer(start: cString, count: strlen(cString) + 1)), name)
        return name
    }
}

@available(*, unavailable, message: "a libxml2 reader must stay on the thread that created it")
extension XMLStreamReader: Sendable {}
