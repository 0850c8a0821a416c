import FoundationEssentials

/// Reads a web page (a report published on a portal, a LibreOffice or Word "save as HTML"
/// export) into the document model, so the one grid builder serves it.
///
/// The page is decoded (`HTMLEncoding`), parsed by libxml2's recovering HTML parser, the
/// report's block found (`HTMLArticle`), and its content read as paragraphs and tables
/// (`HTMLBlocks`). The title, when the block does not open with it, is the first paragraph
/// (from the article's heading, `<meta name="ArticleTitle">` or `<title>`).
public enum HTMLReader {
    /// Reads HTML bytes.
    ///
    /// - Parameters:
    ///   - data: the page's bytes.
    ///   - limits: the input-size, depth and cell limits.
    ///   - charset: the encoding a container named (an MHT part's `charset`), which wins over
    ///     the page's own `<meta>`.
    ///   - format: `.html`, or `.mht` when the page came out of a web archive.
    /// - Throws: `ExtractError.limitExceeded` when a limit is passed.
    public static func read(data: Data, limits: ReadLimits = .standard, charset: String? = nil,
                            format: SourceFormat = .html) throws -> Document {
        if data.isEmpty { throw ExtractError.empty }
        if data.count > limits.maxInputBytes {
            throw ExtractError.limitExceeded("the input is \(data.count) bytes, over the limit of \(limits.maxInputBytes)")
        }
        let decoded = HTMLEncoding.decode([UInt8](data), declared: charset)
        let tree = try LibXMLHTML.parse(utf8: decoded.utf8, maxDepth: limits.maxXMLDepth, attributes: HTMLTree.usedAttributes)
        let article = HTMLArticle(tree: tree)
        var builder = HTMLBlocks(tree: tree, limits: limits)
        var blocks = try builder.blocks(inside: article.block)
        if let title = article.title { blocks.insert(.paragraph(Paragraph(text: title)), at: 0) }
        var document = Document(format: format, blocks: blocks, warnings: decoded.warnings + builder.warnings)
        document.publisher = article.publisher
        return document
    }
}
