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

    subscript(_ index: Int) -> Node { nodes[index] }

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
