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

    static let markerScalars: [[UInt32]] = markers.map { $0.unicodeScalars.map(\.value) }

    /// How much of the block's text (whitespace removed) is looked at for a title of its own:
    /// the title and a preamble before section 一.
    static let openingLength = 200

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
        let occurrences: [[Int]] = Self.markerScalars.map { linear.occurrences(of: $0) }
        let total = occurrences.filter { !$0.isEmpty }.count
        if total >= Self.minMarkersToNarrow {
            for index in tree.nodes.indices where tree[index].name != nil {
                let (start, end) = linear.range[index]
                guard end - start <= best.length else { continue }
                var count = 0
                for (m, marker) in Self.markerScalars.enumerated() {
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
        let opening = linear.string(linear.range[block].0, min(linear.range[block].1, linear.range[block].0 + Self.openingLength))
        if total > 0, Self.startsWithTitle(opening) {
            title = nil
        } else {
            title = Self.headingTitle(tree, before: block) ?? Self.metaTitle(tree) ?? Self.pageTitle(tree)
        }
        publisher = Self.publisher(tree, outside: block...tree.subtreeEnds()[block])
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
        var candidates: [String] = []
        // Nodes are in document order: those before the block are the indices below it.
        for index in 1..<max(block, 1) {
            let node = tree[index]
            guard let name = node.name, !HTMLVisibility.isLeftOut(node) else { continue }
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
            if let r = text.firstRange(of: name) { text = String(text[..<r.upperBound]); break }
        }
        return isTitle(text) ? text : nil
    }

    /// Labels of a portal's metadata block naming the publishing organ.
    static let publisherLabels = ["发布机构", "发文机关", "发布单位"]
    /// The longest organ name taken from metadata.
    static let maxOrganLength = 30

    /// The organ a metadata line outside the block names (`发布机构：某某县人民政府`).
    static func publisher(_ tree: HTMLTree, outside block: ClosedRange<Int>) -> String? {
        let ends = tree.subtreeEnds()
        var texts: [String] = []
        var index = 1
        while index < tree.nodes.count {
            let node = tree[index]
            if block.contains(index) || HTMLVisibility.isLeftOut(node) {
                index = max(ends[index], index) + 1
                continue
            }
            if node.name == nil, publisherLabels.contains(where: { HTMLTree.contains(node.text, $0) }) || endsWithLabel(texts.last) {
                let t = folded(node.text)
                if !t.isEmpty { texts.append(t) }
            }
            index += 1
        }
        for (i, t) in texts.enumerated() {
            for label in publisherLabels {
                guard let r = t.firstRange(of: label) else { continue }
                var rest = t[r.upperBound...].drop { $0 == " " || $0 == "：" || $0 == ":" }
                if rest.isEmpty, i + 1 < texts.count { rest = Substring(texts[i + 1]).drop { $0 == "：" || $0 == ":" } }
                let name = String(rest.prefix { $0.unicodeScalars.allSatisfy { s in (0x4E00...0x9FFF).contains(s.value) || "（）()".unicodeScalars.contains(s) } })
                if name.count >= 2 && name.count <= maxOrganLength { return name }
            }
        }
        return nil
    }

    /// True when a text ends with a publisher label (its value is in the next text).
    static func endsWithLabel(_ text: String?) -> Bool {
        guard let text else { return false }
        let t = text.hasSuffix("：") || text.hasSuffix(":") ? String(text.dropLast()) : text
        return publisherLabels.contains { t.hasSuffix($0) }
    }

    /// Whitespace folded and trimmed, for one-line texts (titles, metadata).
    static func folded(_ text: String) -> String {
        var t = HTMLText()
        t.append(text)
        return t.folded.replacing("\n", with: "")
    }
}

/// The page's visible text with all whitespace removed, as Unicode scalar values, and each
/// node's range in it, so the text of any element is a range (markers split over several
/// elements are still found). Scalars, not `Character`s: grapheme breaking costs most of the
/// time on a page of many megabytes.
struct LinearText {
    var text: [UInt32] = []
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
                for scalar in node.text.unicodeScalars where !scalar.properties.isWhitespace { text.append(scalar.value) }
                range[index].1 = text.count
                continue
            }
            if HTMLVisibility.isLeftOut(node) { range[index].1 = text.count; continue }
            stack.append((index, false))
            for child in node.children.reversed() { stack.append((child, true)) }
        }
    }

    /// The text of a range, as a string.
    func string(_ start: Int, _ end: Int) -> String {
        var out = String.UnicodeScalarView()
        for v in text[start..<end] { if let s = Unicode.Scalar(v) { out.append(s) } }
        return String(out)
    }

    /// The start of every occurrence of `needle`.
    func occurrences(of needle: [UInt32]) -> [Int] {
        guard let first = needle.first, needle.count <= text.count else { return [] }
        var out: [Int] = []
        var i = 0
        while i <= text.count - needle.count {
            if text[i] == first {
                var k = 1
                while k < needle.count && text[i + k] == needle[k] { k += 1 }
                if k == needle.count { out.append(i) }
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
