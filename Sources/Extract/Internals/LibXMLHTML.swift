internal import CLibXML
import Foundation

// libxml2's HTML parser, the one place its pointers are touched for HTML. The page is parsed
// whole (`htmlReadMemory`, which copies what it needs from the buffer), copied into an
// `HTMLTree` of Swift values and freed before returning: no libxml2 pointer leaves this file.
//
// - Options: `HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING`
//   (`nianbao_htmlSafeOptions`): real pages are tag soup, nothing is ever fetched.
// - The bytes are always handed over as UTF-8 (the reader decodes them first, see
//   `HTMLEncoding`), and the encoding is named explicitly so a page's `<meta charset>` is not
//   applied a second time.
// - Errors go to a structured handler set for this thread around the parse (libxml2's handlers
//   are per thread), so libxml2 never prints on stderr; a recovering HTML parse has no fatal
//   errors worth reporting, so they are dropped.

/// Calls `xmlInitParser` once per process.
private let libxmlInitialized: Void = { xmlInitParser() }()

enum LibXMLHTML {
    /// Parses UTF-8 HTML into a tree.
    ///
    /// - Parameters:
    ///   - utf8: the page's bytes, in UTF-8.
    ///   - maxDepth: the deepest element nesting accepted.
    /// - Throws: `ExtractError.limitExceeded` for nesting deeper than `maxDepth` or a page too
    ///   large for libxml2's `int` sizes; `ExtractError.unsupportedFormat` if libxml2 builds no
    ///   document at all.
    ///   - attributes: the attribute names (lower case) the caller reads; others are not copied.
    static func parse(utf8: [UInt8], maxDepth: Int, attributes kept: Set<String>) throws -> HTMLTree {
        _ = libxmlInitialized
        nianbao_xmlSilenceThread()
        xmlSetStructuredErrorFunc(nil, { _, _ in })
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        guard utf8.count < Int(Int32.max) else {
            throw ExtractError.limitExceeded("the HTML page is too large to parse")
        }
        let parsed: htmlDocPtr? = utf8.withUnsafeBufferPointer { bytes in
            bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(bytes.count, 1)) { base in
                htmlReadMemory(base, Int32(bytes.count), nil, "UTF-8", nianbao_htmlSafeOptions())
            }
        }
        guard let doc = parsed else {
            throw ExtractError.unsupportedFormat("not readable as HTML: libxml2 built no document from it")
        }
        defer { xmlFreeDoc(doc) }
        return try copy(doc, maxDepth: maxDepth, kept: kept)
    }

    /// Copies libxml2's tree, iteratively (a page may nest many thousands of levels).
    private static func copy(_ doc: htmlDocPtr, maxDepth: Int, kept: Set<String>) throws -> HTMLTree {
        var tree = HTMLTree()
        // (libxml2 node, parent index in the tree, depth)
        var stack: [(xmlNodePtr, Int, Int)] = []
        func pushChildren(of node: xmlNodePtr?, parent: Int, depth: Int) {
            var children: [xmlNodePtr] = []
            var child = node
            while let c = child { children.append(c); child = c.pointee.next }
            for c in children.reversed() { stack.append((c, parent, depth)) }
        }
        pushChildren(of: doc.pointee.children, parent: HTMLTree.document, depth: 1)
        while let (node, parent, depth) = stack.popLast() {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                if depth > maxDepth {
                    throw ExtractError.limitExceeded("the HTML page nests elements deeper than \(maxDepth) levels")
                }
                let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                var attributes: [String: String] = [:]
                var attribute = node.pointee.properties
                while let a = attribute {
                    let key = a.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                    guard kept.contains(key) else { attribute = a.pointee.next; continue }
                    var value = ""
                    var part = a.pointee.children
                    while let p = part {
                        if let content = p.pointee.content { value += String(cString: content) }
                        part = p.pointee.next
                    }
                    if attributes[key] == nil { attributes[key] = value }
                    attribute = a.pointee.next
                }
                let index = tree.append(.init(name: name, text: "", attributes: attributes, children: [], parent: parent))
                pushChildren(of: node.pointee.children, parent: index, depth: depth + 1)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = node.pointee.content.map { String(cString: $0) } ?? ""
                _ = tree.append(.init(name: nil, text: text, attributes: [:], children: [], parent: parent))
            default:
                continue  // comments, processing instructions, the doctype, entity nodes
            }
        }
        return tree
    }
}
