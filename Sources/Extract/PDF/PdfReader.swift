import FoundationEssentials

/// Reads a PDF with a text layer into the document model.
///
/// Each page's glyphs and their boxes come from poppler; tables come from the page's ruling
/// lines, read from a low-resolution rendering (see `PdfRuleFinder` and `PdfLattice`), and
/// from aligned text where a table has no rules (`PdfTextTables`). Text outside tables is
/// grouped into lines and paragraphs (`PdfParagraphs`) after running headers, footers and
/// page numbers are removed. A table broken across pages stays one `Table` per page; the
/// grid builder joins them, after this reader drops repeated header rows and rejoins a row
/// the page break cut in two.
public enum PdfReader {
    /// Reads PDF bytes.
    ///
    /// - Parameters:
    ///   - data: the bytes of the PDF file.
    ///   - limits: the page and cell limits to enforce.
    /// Pages with (almost) no text layer are read by OCR (`PdfOCR`) unless `limits.ocr` is
    /// off; text pages of the same document are read as usual.
    ///
    /// - Returns: a `Document` with format `.pdf`, or `.pdfOCR` when a page was OCRed.
    /// - Throws: `ExtractError.encrypted` when a user password is needed, `.corruptPDF` for a
    ///   damaged file, `.noTextLayer` when no page has text and OCR is off, `.noTextFound` when
    ///   OCR found none either, `.ocrUnavailable` when a page needs OCR and tesseract's language
    ///   data is missing, `.limitExceeded` beyond `limits.maxPages` pages or `limits.maxCells` cells.
    public static func read(data: Data, limits: ReadLimits = .standard) throws -> Document {
        if data.isEmpty { throw ExtractError.empty }
        let pdf: PopplerPDF
        do {
            pdf = try PopplerPDF(data: data)
        } catch .encrypted {
            throw ExtractError.encrypted(kind: "PDF")
        } catch .damaged(let message) {
            throw ExtractError.corruptPDF(message)
        } catch .libraryMissing(let message) {
            throw ExtractError.libraryMissing(message)
        }
        let count = pdf.pageCount
        if count == 0 { throw ExtractError.corruptPDF("the document has no pages") }
        if count > limits.maxPages {
            throw ExtractError.limitExceeded("the PDF has \(count) pages, over the limit of \(limits.maxPages)")
        }
        var pages: [PdfPageContent] = []
        var glyphTotal = 0, cellTotal = 0
        var renderFirst = true
        // Made when the first page needing OCR comes, and used for the document's other pages.
        var engine: TesseractEngine?
        var ocrPages: [Int] = []
        for i in 0..<count {
            guard let page = pdf.page(i) else { throw ExtractError.corruptPDF("page \(i + 1) cannot be read") }
            var content = PdfPageContent(page: page, number: i + 1, renderFirst: renderFirst)
            // After a page without text (blank, scanned) the next is read before it is
            // rendered, so a scan or a run of blank pages is not rendered in vain.
            renderFirst = content.glyphCount > 0
            if limits.ocr, content.glyphCount < PdfOCR.minTextGlyphs, !PdfOCR.isBlank(page) {
                if engine == nil { engine = try TesseractEngine() }
                let read = PdfOCR.read(page: page, engine: engine!)
                if !read.glyphs.isEmpty {
                    content = PdfPageContent(number: i + 1, size: page.size, glyphs: read.glyphs,
                                             rules: (read.horizontal, read.vertical))
                    ocrPages.append(i + 1)
                }
            }
            glyphTotal += content.glyphCount
            cellTotal += content.tables.reduce(0) { $0 + $1.table.rows.reduce(0) { $0 + $1.cells.count } }
            if cellTotal > limits.maxCells {
                throw ExtractError.limitExceeded("the PDF has more than \(limits.maxCells) table cells")
            }
            pages.append(content)
        }
        if glyphTotal == 0 { throw limits.ocr ? ExtractError.noTextFound : ExtractError.noTextLayer }
        PdfPageFurniture.remove(from: &pages)
        return Document(format: ocrPages.isEmpty ? .pdf : .pdfOCR, blocks: PdfParagraphs.blocks(pages: pages),
                        ocrPages: ocrPages)
    }
}

/// What one page holds once its glyphs are split between tables and lines.
struct PdfPageContent {
    var number: Int
    var width: Double
    var height: Double
    var glyphCount: Int
    var lines: [PdfLine]
    var tables: [PdfTablePart]

    /// Reads one page.
    ///
    /// The ruling lines are the paths the page strokes and fills (`PdfVectorRules`); only
    /// where the path capture is not interposed are they found in a low-resolution render's
    /// pixels (`PdfRuleFinder`, which scanned pages use too).
    ///
    /// - Parameter renderFirst: render the page before reading its text, so that poppler
    ///   collects the text layer in the same pass over the page (`glyphs()` then reads it back
    ///   instead of interpreting the page a second time). When false the text is read first
    ///   and the page rendered only when it has some. The result is the same either way.
    init(page: PopplerPDFPage, number: Int, renderFirst: Bool = true) {
        let (width, height) = page.size
        var marks = renderFirst ? page.marks() : nil
        let glyphs = PdfText.clean(page.glyphs())
        if !renderFirst, !glyphs.isEmpty { marks = page.marks() }
        var rules: (horizontal: [PdfRule], vertical: [PdfRule]) = ([], [])
        if !glyphs.isEmpty {
            if let marks {
                rules = PdfVectorRules.rules(from: marks, glyphs: glyphs)
            } else if var grey = page.renderGrey(scale: Self.renderScale(width: width, height: height)) {
                // The path capture is not interposed in this executable: the rules from pixels.
                rules = PdfRuleFinder.rules(in: &grey, glyphs: glyphs)
            }
        }
        self.init(number: number, size: (width, height), glyphs: glyphs, rules: rules)
    }

    /// A page from its glyphs (from the text layer, or OCR) and its ruling lines.
    init(number: Int, size: (width: Double, height: Double), glyphs: [PdfGlyph],
         rules: (horizontal: [PdfRule], vertical: [PdfRule])) {
        self.number = number
        (width, height) = size
        glyphCount = glyphs.count
        var tables: [PdfTablePart] = []
        var used = Set<Int>()
        if !glyphs.isEmpty {
            (tables, used) = PdfLattice.tables(horizontal: rules.horizontal, vertical: rules.vertical,
                                               glyphs: glyphs, page: number)
        }
        var free = glyphs.indices.filter { !used.contains($0) }.map { glyphs[$0] }
        var lines = PdfText.lines(free)
        let found = PdfTextTables.tables(in: &lines, page: number)
        if !found.isEmpty {
            tables += found
            free = []
        }
        for i in lines.indices { lines[i].page = number }
        self.lines = lines
        self.tables = tables.sorted { $0.y0 < $1.y0 }
    }

    /// The most pixels a page is rendered with to find its rules: an A3 page at 100 dpi is
    /// 3.9 million. A hostile page size (a 14,000-point square would take 1.9 GB and 20 s at
    /// 100 dpi) is rendered at a lower resolution instead.
    static let maxRenderPixels = 8_000_000.0

    /// 100 dpi, or less for a page larger than `maxRenderPixels` at 100 dpi.
    static func renderScale(width: Double, height: Double) -> Double {
        let scale = 100.0 / 72.0
        let pixels = width * scale * height * scale
        guard pixels.isFinite, pixels > maxRenderPixels else { return scale }
        return scale * (maxRenderPixels / pixels).squareRoot()
    }
}
