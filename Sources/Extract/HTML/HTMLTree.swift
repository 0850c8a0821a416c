import FoundationEssentials

/// An HTML page as libxml2's HTML parser built it, copied into Swift values: elements with
/// their lower-case names and attributes, and text. Comments, processing instructions and the
/// doctype are not kept. Node 0 is the document; every other node names its parent.
struct HTMLTree {
    struct Node {
        /// The element's lower-case name, or `nil` for a text node.
        var name: String?
        /// A text node's characters ("" for an element).
        var text: String
        /// The element's attributes, names in lower case; the first of a repeated name wins.
        var attributes: [String: String]
        var children: [Int]
        var parent: Int

        func attribute(_ name: String) -> String? { attributes[name] }
    }

    var nodes: [Node]

    static let document = 0

    /// The attributes the HTML reader looks at; no other is kept (a page of megabytes holds
    /// millions of them). Visibility: `hidden`, `style`, `class`, `title`; merges: `rowspan`,
    /// `colspan`; links: `href`; headings: `id`; metadata: `name`, `content`.
    static let usedAttributes: Set<String> = ["hidden", "style", "class", "title", "rowspan", "colspan", "href", "id", "name", "content"]

    init() {
        nodes = [Node(name: "#document", text: "", attributes: [:], children: [], parent: -1)]
    }

    /// Adds a node below `parent` and returns its index.
    mutating func append(_ node: Node) -> Int {
        nodes.append(node)
        let index = nodes.count - 1
        nodes[node.parent].children.append(index)
        return index
    }

    /// Adds text at the end of `parent`: to its last child when that is text (a parser gives
    /// text in pieces), else as a new text node.
    mutating func appendText(_ text: String, to parent: Int) {
        if let last = nodes[parent].children.last, nodes[last].name == nil {
            nodes[last].text += text
        } else {
            _ = append(Node(name: nil, text: text, attributes: [:], children: [], parent: parent))
        }
    }

    /// Removes Word's conditional markers from every text node (see
    /// `withoutDownlevelConditionals`).
    mutating func removeDownlevelConditionals() {
        for i in nodes.indices where nodes[i].name == nil && Self.contains(nodes[i].text, "<![") {
            nodes[i].text = Self.withoutDownlevelConditionals(nodes[i].text)
        }
    }

    subscript(_ index: Int) -> Node { nodes[index] }

    /// True when `text` holds `needle`, compared by UTF-8 bytes (Foundation's `contains`
    /// compares by grapheme and locale, slow over millions of text nodes).
    static func contains(_ text: String, _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard let first = n.first else { return true }
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= n.count else { return false }
            var i = 0
            while i <= bytes.count - n.count {
                if bytes[i] == first {
                    var k = 1
                    while k < n.count && bytes[i + k] == n[k] { k += 1 }
                    if k == n.count { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// Word's HTML wraps list numbers in "downlevel-revealed" conditionals
    /// (`<![if !supportLists]>一、<![endif]>`): browsers show what is between them and not the
    /// markers, which libxml2's parser leaves in the text. The markers are removed.
    static func withoutDownlevelConditionals(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstRange(of: "<![") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstRange(of: "]>") else {
                rest = rest[open.lowerBound...]
                break
            }
            let inside = rest[open.upperBound..<close.lowerBound].lowercased()
            if inside.hasPrefix("if") || inside.hasPrefix("endif") {
                rest = rest[close.upperBound...]
            } else {
                out += rest[open.lowerBound..<close.upperBound]
                rest = rest[close.upperBound...]
            }
        }
        return out + rest
    }

    /// The indices of the nodes below `index` in document order, not `index` itself
    /// (iterative: pages nest thousands of levels deep).
    func descendants(of index: Int) -> [Int] {
        var out: [Int] = []
        var stack = nodes[index].children.reversed() as [Int]
        while let next = stack.popLast() {
            out.append(next)
            stack.append(contentsOf: nodes[next].children.reversed())
        }
        return out
    }

    /// For every node, the index of the last node below it (itself when it has none): nodes
    /// are stored in document order, so a node's subtree is the range `index...end[index]`.
    func subtreeEnds() -> [Int] {
        var end = Array(nodes.indices)
        for index in nodes.indices.reversed() {
            if let last = nodes[index].children.last { end[index] = end[last] }
        }
        return end
    }

    /// The first element named `name` in document order.
    func first(_ name: String) -> Int? {
        descendants(of: Self.document).first { nodes[$0].name == name }
    }

    /// All the text below a node, as it stands in the source (no whitespace folding).
    func rawText(of index: Int) -> String {
        if nodes[index].name == nil { return nodes[index].text }
        var out = ""
        for d in descendants(of: index) where nodes[d].name == nil { out += nodes[d].text }
        return out
    }
}
