/// Finds the report inside a portal page: the element holding the report's section headings
/// and tables, without the page's navigation, breadcrumb, metadata block, sidebar and footer;
/// the report's title; and the organ the page's metadata names as publisher.
///
/// The block is the smallest element whose text holds every marker of the national format
/// (`markers`: its section headings and table labels) that the page holds at all. Editors'
/// containers (`TRS_Editor`, `Custom_UnionStyle`) need no special case: they are that element
/// when they hold the report.
struct HTMLArticle {
    /// Section headings and table labels of the national format (2019 and 2021 editions),
    /// whitespace removed; none is a portal's menu item.
    static let markers = [
        "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议",
        "存在的主要问题及改进情况", "其他需要报告的事项",
        "本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "结转下年度继续办理", "尚未审结",
    ]

    /// Fewer markers than this say too little of where the report is: the whole body is read
    /// (and the grid builder decides whether it is a report at all).
    static let minMarkersToNarrow = 2

    /// Elements that can hold a report: its block is one of these, never a paragraph, an
    /// inline element or a data table's row.
    static let containers: Set<String> = ["div", "td", "th", "body", "article", "section", "main", "center", "form", "blockquote"]

    /// The longest title taken from a heading or the page's metadata (`ReportHeader.isTitle`'s
    /// bound).
    static let maxTitleLength = 80

    /// The element holding the report (the document when the page holds no marker).
    let block: Int
    /// How many distinct markers the block holds; 0 when the page is not a report.
    let markerCount: Int
    /// The title to put first, when the block itself does not start with one.
    let title: String?
    /// The organ the page's metadata names (`发布机构：…`), outside the block.
    let publisher: String?

    init(tree: HTMLTree) {
        let linear = LinearText(tree: tree)
        var best = (node: HTMLTree.body(tree), count: 0, length: Int.max)
        var occurrences: [[Int]] = Self.markers.map { linear.occurrences(of: $0) }
        occurrences = occurrences.map { $0.sorted() }
        let total = occurrences.filter { !$0.isEmpty }.count
        if total >= Self.minMarkersToNarrow {
            for index in tree.nodes.indices where tree[index].name != nil {
                let (start, end) = linear.range[index]
                guard end - start <= best.length else { continue }
                var count = 0
                for (m, marker) in Self.markers.enumerated() {
                    if Self.contains(occurrences[m], from: start, to: end - marker.count) { count += 1 }
                }
                if count == total { best = (index, count, end - start) }
            }
        }
        // The smallest element may be a data table's body or row: the table is read whole, as a
        // table, from its parent.
        var chosen = best.node
        // So is a paragraph or an inline element: the block is a container, which also holds
        // the tables between the headings.
        while let name = tree[chosen].name, !Self.containers.contains(name), tree[chosen].parent > 0 {
            chosen = tree[chosen].parent
        }
        block = chosen
        markerCount = best.count
        let opening = linear.text[linear.range[block].0..<min(linear.range[block].1, linear.range[block].0 + 200)]
        if total > 0, Self.startsWithTitle(String(opening)) {
            title = nil
        } else {
            title = Self.headingTitle(tree, before: block) ?? Self.metaTitle(tree) ?? Self.pageTitle(tree)
        }
        publisher = Self.publisher(tree, outside: block)
    }

    /// True when a sorted list holds a value in `from...to`.
    static func contains(_ sorted: [Int], from: Int, to: Int) -> Bool {
        guard from <= to else { return false }
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < from { lo = mid + 1 } else { hi = mid }
        }
        return lo < sorted.count && sorted[lo] <= to
    }

    /// A report's title: short, names a report on disclosure, not a sentence.
    static func isTitle(_ text: String) -> Bool {
        text.count <= maxTitleLength && (text.contains("年度报告") || text.contains("年报") || text.contains("工作报告"))
            && text.contains("公开") && !text.contains("。")
    }

    /// True when the block's text opens with the report's title (before section 一).
    static func startsWithTitle(_ opening: String) -> Bool {
        let head = opening.components(separatedBy: "总体情况").first ?? opening
        return head.contains("年度报告") || head.contains("年报") || head.contains("工作报告")
    }

    /// The nearest heading before the block (or its own first heading) that is a report's
    /// title, never a link's text.
    static func headingTitle(_ tree: HTMLTree, before block: Int) -> String? {
        let order = tree.descendants(of: HTMLTree.document)
        let inside = Set(tree.descendants(of: block))
        var candidates: [String] = []
        for index in order {
            if index == block { break }
            let node = tree[index]
            guard let name = node.name, !inside.contains(index), !HTMLVisibility.isLeftOut(node) else { continue }
            let isHeading = ["h1", "h2", "h3", "h4"].contains(name)
                || [node.attributes["class"], node.attributes["id"]].contains { $0?.lowercased().contains("title") == true }
            guard isHeading, !tree.isInside(index, named: "a"), !tree.isInside(index, named: "head") else { continue }
            let text = folded(tree.visibleText(of: index, leavingOut: "a"))
            if isTitle(text) { candidates.append(text) }
        }
        return candidates.last
    }

    /// `<meta name="ArticleTitle" content="…">`, the article title TRS portals publish.
    static func metaTitle(_ tree: HTMLTree) -> String? {
        for index in tree.descendants(of: HTMLTree.document) where tree[index].name == "meta" {
            let node = tree[index]
            if node.attributes["name"]?.lowercased() == "articletitle", let content = node.attributes["content"] {
                let text = folded(content)
                if isTitle(text) { return text }
            }
        }
        return nil
    }

    /// The page's `<title>`, with the site's suffix cut after the report's name
    /// (`…年度报告_政府信息公开年报_某某人民政府` → `…年度报告`).
    static func pageTitle(_ tree: HTMLTree) -> String? {
        guard let index = tree.first("title") else { return nil }
        var text = folded(tree.rawText(of: index))
        for name in ["年度报告", "工作报告", "年报"] {
            if let r = text.range(of: name) { text = String(text[..<r.upperBound]); break }
        }
        return isTitle(text) ? text : nil
    }

    /// Labels of a portal's metadata block naming the publishing organ.
    static let publisherLabels = ["发布机构", "发文机关", "发布单位"]
    /// The longest organ name taken from metadata.
    static let maxOrganLength = 30

    /// The organ a metadata line outside the block names (`发布机构：某某县人民政府`).
    static func publisher(_ tree: HTMLTree, outside block: Int) -> String? {
        let inside = Set(tree.descendants(of: block))
        var texts: [String] = []
        for index in tree.descendants(of: tree.first("body") ?? HTMLTree.document)
        where tree[index].name == nil && !inside.contains(index) && !tree.hasLeftOutAncestor(index) {
            let t = folded(tree[index].text)
            if !t.isEmpty { texts.append(t) }
        }
        for (i, t) in texts.enumerated() {
            for label in publisherLabels {
                guard let r = t.range(of: label) else { continue }
                var rest = t[r.upperBound...].drop { $0 == " " || $0 == "：" || $0 == ":" }
                if rest.isEmpty, i + 1 < texts.count { rest = Substring(texts[i + 1]).drop { $0 == "：" || $0 == ":" } }
                let name = String(rest.prefix { $0.unicodeScalars.allSatisfy { s in (0x4E00...0x9FFF).contains(s.value) || "（）()".unicodeScalars.contains(s) } })
                if name.count >= 2 && name.count <= maxOrganLength { return name }
            }
        }
        return nil
    }

    /// Whitespace folded and trimmed, for one-line texts (titles, metadata).
    static func folded(_ text: String) -> String {
        var t = HTMLText()
        t.append(text)
        return t.folded.replacingOccurrences(of: "\n", with: "")
    }
}

/// The page's visible text with all whitespace removed, and each node's range in it, so the
/// text of any element is a range (markers split over several elements are still found).
struct LinearText {
    var text: [Character] = []
    var range: [(Int, Int)]

    init(tree: HTMLTree) {
        range = Array(repeating: (0, 0), count: tree.nodes.count)
        // (node, entering)
        var stack: [(Int, Bool)] = [(HTMLTree.document, true)]
        while let (index, entering) = stack.popLast() {
            let node = tree[index]
            if !entering { range[index].1 = text.count; continue }
            range[index].0 = text.count
            if node.name == nil {
                for ch in node.text where !ch.isWhitespace { text.append(ch) }
                range[index].1 = text.count
                continue
            }
            if HTMLVisibility.isLeftOut(node) { range[index].1 = text.count; continue }
            stack.append((index, false))
            for child in node.children.reversed() { stack.append((child, true)) }
        }
    }

    /// The start of every occurrence of `needle`.
    func occurrences(of needle: String) -> [Int] {
        let n = Array(needle)
        guard let first = n.first, n.count <= text.count else { return [] }
        var out: [Int] = []
        var i = 0
        while i <= text.count - n.count {
            if text[i] == first {
                var k = 1
                while k < n.count && text[i + k] == n[k] { k += 1 }
                if k == n.count { out.append(i) }
            }
            i += 1
        }
        return out
    }
}

extension HTMLTree {
    /// The `body` element, or the document when the parser made none.
    static func body(_ tree: HTMLTree) -> Int { tree.first("body") ?? document }

    /// True when an ancestor of the node is an element named `name`.
    func isInside(_ index: Int, named name: String) -> Bool {
        var p = nodes[index].parent
        while p >= 0 {
            if nodes[p].name == name { return true }
            p = nodes[p].parent
        }
        return false
    }

    /// True when the node or an ancestor is left out (`HTMLVisibility`).
    func hasLeftOutAncestor(_ index: Int) -> Bool {
        var p = index
        while p >= 0 {
            if HTMLVisibility.isLeftOut(nodes[p]) { return true }
            p = nodes[p].parent
        }
        return false
    }

    /// The text below a node that a reader sees, without the text of elements named
    /// `leavingOut` (links, for a heading whose text is a link to another page).
    func visibleText(of index: Int, leavingOut: String? = nil) -> String {
        var out = ""
        var stack = [index]
        while let i = stack.popLast() {
            let node = nodes[i]
            if node.name == nil { out += node.text; continue }
            if HTMLVisibility.isLeftOut(node) || (node.name == leavingOut && i != index) { continue }
            stack.append(contentsOf: node.children.reversed())
        }
        return out
    }
}
