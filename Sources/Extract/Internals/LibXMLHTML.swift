internal import CLibXML
import FoundationEssentials

// libxml2's HTML parser, the one place its pointers are touched for HTML. The page is parsed
// with SAX callbacks that build an `HTMLTree` of Swift values directly: libxml2 never builds
// its own tree (on a page of many megabytes that tree alone took more memory than the rest of
// the reading), and a page nesting deeper than the limit stops the parser at once. No libxml2
// pointer leaves this file.
//
// - Options: `HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING`
//   (`nianbao_htmlSafeOptions`): real pages are tag soup, nothing is ever fetched.
// - The bytes are always handed over as UTF-8 (the reader decodes them first, see
//   `HTMLEncoding`), and the encoding is named explicitly (`htmlCtxtReadMemory`), so a page's
//   `<meta charset>` is not applied a second time.
// - The parser context is the owner of the SAX handler (a copy of the default, whose fields are
//   replaced) and is freed with `htmlFreeParserCtxt`; the builder is reached through the
//   context's `_private` and lives until the context is freed.
// - Errors go to a structured handler set for this thread around the parse (libxml2's handlers
//   are per thread), so libxml2 never prints on stderr; a recovering HTML parse has no fatal
//   errors worth reporting, so they are dropped.

/// Calls `xmlInitParser` once per process.
private let libxmlInitialized: Void = { xmlInitParser() }()

enum LibXMLHTML {
    /// Builds the tree from SAX events.
    private final class Builder {
        var tree = HTMLTree()
        /// The open elements, the document first.
        var open: [(index: Int, name: String)] = [(HTMLTree.document, "#document")]
        let maxDepth: Int
        let kept: Set<String>
        var tooDeep = false

        init(maxDepth: Int, kept: Set<String>) {
            self.maxDepth = maxDepth
            self.kept = kept
        }

        static func from(_ context: UnsafeMutableRawPointer?) -> Builder? {
            guard let context else { return nil }
            let ctxt = context.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let raw = ctxt.pointee._private else { return nil }
            return Unmanaged<Builder>.fromOpaque(raw).takeUnretainedValue()
        }
    }

    /// Parses UTF-8 HTML into a tree.
    ///
    /// - Parameters:
    ///   - utf8: the page's bytes, in UTF-8.
    ///   - maxDepth: the deepest element nesting accepted.
    ///   - attributes: the attribute names (lower case) the caller reads; others are not copied.
    /// - Throws: `ExtractError.limitExceeded` for nesting deeper than `maxDepth` or a page too
    ///   large for libxml2's `int` sizes.
    static func parse(utf8: [UInt8], maxDepth: Int, attributes kept: Set<String>) throws -> HTMLTree {
        _ = libxmlInitialized
        nianbao_xmlSilenceThread()
        xmlSetStructuredErrorFunc(nil, { _, _ in })
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        guard utf8.count < Int(Int32.max) else {
            throw ExtractError.limitExceeded("the HTML page is too large to parse")
        }
        guard let ctxt = htmlNewParserCtxt() else {
            throw ExtractError.limitExceeded("libxml2 cannot create an HTML parser (out of memory)")
        }
        defer { htmlFreeParserCtxt(ctxt) }
        let builder = Builder(maxDepth: maxDepth, kept: kept)
        ctxt.pointee._private = Unmanaged.passUnretained(builder).toOpaque()
        var handler = htmlSAXHandler()
        handler.startElement = { context, name, attributes in
            guard let builder = Builder.from(context), let name else { return }
            if builder.open.count > builder.maxDepth {
                if !builder.tooDeep {
                    builder.tooDeep = true
                    xmlStopParser(context?.assumingMemoryBound(to: xmlParserCtxt.self))
                }
                return
            }
            let element = String(cString: name).lowercased()
            var values: [String: String] = [:]
            if let attributes {
                var i = 0
                while let key = attributes[i] {
                    let k = String(cString: key).lowercased()
                    if builder.kept.contains(k), values[k] == nil {
                        values[k] = attributes[i + 1].map { String(cString: $0) } ?? ""
                    }
                    i += 2
                }
            }
            let parent = builder.open[builder.open.count - 1].index
            let index = builder.tree.append(.init(name: element, text: "", attributes: values, children: [], parent: parent))
            builder.open.append((index, element))
        }
        handler.endElement = { context, name in
            guard let builder = Builder.from(context), let name, builder.open.count > 1 else { return }
            let element = String(cString: name).lowercased()
            // libxml2 closes what it opened, innermost first; a stray end tag closes nothing.
            if let at = builder.open.lastIndex(where: { $0.name == element }), at > 0 {
                builder.open.removeSubrange(at...)
            }
        }
        let characters: charactersSAXFunc = { context, bytes, length in
            guard let builder = Builder.from(context), let bytes, length > 0, !builder.tooDeep else { return }
            let text = String(decoding: UnsafeBufferPointer(start: bytes, count: Int(length)), as: UTF8.self)
            builder.tree.appendText(text, to: builder.open[builder.open.count - 1].index)
        }
        handler.characters = characters
        handler.cdataBlock = characters
        // Whitespace between elements is text a browser shows as a space.
        handler.ignorableWhitespace = characters
        ctxt.pointee.sax.pointee = handler
        utf8.withUnsafeBufferPointer { bytes in
            bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(bytes.count, 1)) { base in
                // Without a startDocument handler libxml2 builds no document: nothing to free.
                _ = htmlCtxtReadMemory(ctxt, base, Int32(bytes.count), nil, "UTF-8", nianbao_htmlSafeOptions())
            }
        }
        if builder.tooDeep {
            throw ExtractError.limitExceeded("the HTML page nests elements deeper than \(maxDepth) levels")
        }
        builder.tree.removeDownlevelConditionals()
        return builder.tree
    }
}
