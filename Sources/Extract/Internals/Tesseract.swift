internal import CTesseract
internal import CLazyLink
internal import CQuietStderr
import FoundationEssentials

// Every libtesseract call of the package lives in this file. No C pointer leaves it: callers
// hand in grey pixels and get Swift strings with boxes and confidences back.
//
// Ownership rules (tesseract/capi.h, https://tesseract-ocr.github.io/tessapi/5.x/):
// - `TessBaseAPICreate` makes the engine; `TessBaseAPIEnd` frees its models and
//   `TessBaseAPIDelete` the handle itself.
// - `TessBaseAPISetImage` copies the pixels into the engine (a leptonica Pix), so the Swift
//   buffer may go once the call returns.
// - `TessBaseAPIGetIterator` returns an iterator to `TessResultIteratorDelete`; it points into
//   the engine's last result and must go before the next `SetImage` or `Recognize`.
// - `TessResultIteratorGetUTF8Text` returns a string to `TessDeleteText`.
// An engine is not thread-safe: one per document, on the thread that reads the document.
// Each recognition runs on that thread alone (`nianbao_tesseract_single_thread`): OpenMP's
// threads would spin on the cores batch's other workers use.
// tesseract prints its own messages (a missing model, "Estimating resolution") on stderr: they
// are sent to /dev/null (`debug_file`) and, for the stdio writes around that, dropped
// (CQuietStderr), as poppler's are.

/// One piece of recognized text (a symbol: one character, or a few for a ligature) with its
/// box in the pixels of the image it was read from, and the box of the line it is on.
struct OCRSymbol: Equatable {
    var text: String
    var x0: Int, y0: Int, x1: Int, y1: Int
    /// The top and bottom of the symbol's text line, in pixels.
    var lineY0: Int, lineY1: Int
    /// tesseract's confidence in the symbol, 0…100.
    var confidence: Double
    /// True for the first symbol of a word (tesseract's words: runs of symbols without a space).
    var startsWord: Bool
}

/// A grey image region handed to tesseract: `width × height` bytes, 0 black … 255 white.
struct OCRImage {
    var width: Int
    var height: Int
    var pixels: [UInt8]
    /// The resolution the pixels were rendered at, in dots per inch (tesseract scales its
    /// expectations of text size by it).
    var dpi: Int
}

/// The owner of one tesseract engine loaded with Simplified Chinese and English.
final class TesseractEngine {
    private let handle: OpaquePointer

    /// The languages loaded: Simplified Chinese for the reports, English for Latin letters
    /// and digits in them.
    static let languages = "chi_sim+eng"

    /// How a region is read.
    enum Layout {
        /// A block of text of one size: several lines (tesseract's PSM 6).
        case block
        /// One line of text (PSM 7).
        case line
        /// One line holding only a number: digits and `.`, `-`, `—`, `/` (PSM 7 with a
        /// character whitelist).
        case number
        /// One character of a number (PSM 10 with the whitelist): tesseract's line reader
        /// often finds nothing in a line of a single digit.
        case digit
    }

    /// Loads the language data from `dataPath` (nil: tesseract's default folder, or
    /// `TESSDATA_PREFIX` when set).
    ///
    /// The corresponding C functions are `TessBaseAPICreate` and `TessBaseAPIInit3`.
    /// - Throws: `ExtractError.libraryMissing` when libtesseract cannot be loaded
    ///   (`SystemLibrary.ocr`), `.ocrUnavailable` when the language data cannot be loaded.
    init(dataPath: String? = nil) throws(ExtractError) {
        do { try SystemLibrary.ocr.open() } catch { throw ExtractError.libraryMissing(error.description) }
        guard let api = nb_TessBaseAPICreate() else { throw ExtractError.ocrUnavailable }
        nianbao_quiet_stderr_set(1)
        defer { nianbao_quiet_stderr_set(0) }
        _ = nb_TessBaseAPISetVariable(api, "debug_file", "/dev/null")
        let status: Int32 = dataPath.map { nb_TessBaseAPIInit3(api, $0, Self.languages) }
            ?? nb_TessBaseAPIInit3(api, nil, Self.languages)
        guard status == 0 else {
            nb_TessBaseAPIEnd(api)
            nb_TessBaseAPIDelete(api)
            throw ExtractError.ocrUnavailable
        }
        handle = api
    }

    deinit {
        nb_TessBaseAPIEnd(handle)
        nb_TessBaseAPIDelete(handle)
    }

    /// Reads `image` and returns its symbols in reading order.
    ///
    /// The corresponding C functions are `TessBaseAPISetPageSegMode`, `TessBaseAPISetVariable`
    /// (`tessedit_char_whitelist`), `TessBaseAPISetImage`, `TessBaseAPIRecognize`,
    /// `TessBaseAPIGetIterator` and the result iterator's `GetUTF8Text`, `BoundingBox` and
    /// `Confidence` at the symbol level.
    func recognize(_ image: OCRImage, layout: Layout) -> [OCRSymbol] {
        guard image.width > 0, image.height > 0, image.pixels.count >= image.width * image.height else { return [] }
        nianbao_quiet_stderr_set(1)
        defer { nianbao_quiet_stderr_set(0) }
        nianbao_tesseract_single_thread()
        switch layout {
        case .block: nb_TessBaseAPISetPageSegMode(handle, PSM_SINGLE_BLOCK)
        case .line, .number: nb_TessBaseAPISetPageSegMode(handle, PSM_SINGLE_LINE)
        case .digit: nb_TessBaseAPISetPageSegMode(handle, PSM_SINGLE_CHAR)
        }
        let digits = layout == .number || layout == .digit
        _ = nb_TessBaseAPISetVariable(handle, "tessedit_char_whitelist", digits ? "0123456789.-—/" : "")
        image.pixels.withUnsafeBufferPointer { px in
            nb_TessBaseAPISetImage(handle, px.baseAddress, Int32(image.width), Int32(image.height), 1, Int32(image.width))
        }
        nb_TessBaseAPISetSourceResolution(handle, Int32(image.dpi))
        guard nb_TessBaseAPIRecognize(handle, nil) == 0, let iterator = nb_TessBaseAPIGetIterator(handle) else {
            nb_TessBaseAPIClear(handle)
            return []
        }
        defer {
            nb_TessResultIteratorDelete(iterator)
            nb_TessBaseAPIClear(handle)
        }
        var out: [OCRSymbol] = []
        let page = nb_TessResultIteratorGetPageIterator(iterator)
        repeat {
            guard let cText = nb_TessResultIteratorGetUTF8Text(iterator, RIL_SYMBOL) else { continue }
            let text = String(cString: cText)
            nb_TessDeleteText(cText)
            var l: Int32 = 0, t: Int32 = 0, r: Int32 = 0, b: Int32 = 0
            guard nb_TessPageIteratorBoundingBox(page, RIL_SYMBOL, &l, &t, &r, &b) != 0 else { continue }
            var lt: Int32 = t, lb: Int32 = b, ll: Int32 = 0, lr: Int32 = 0
            if nb_TessPageIteratorBoundingBox(page, RIL_TEXTLINE, &ll, &lt, &lr, &lb) == 0 { lt = t; lb = b }
            let confidence = Double(nb_TessResultIteratorConfidence(iterator, RIL_SYMBOL))
            let startsWord = nb_TessPageIteratorIsAtBeginningOf(page, RIL_WORD) != 0
            out.append(OCRSymbol(text: text, x0: Int(l), y0: Int(t), x1: Int(r), y1: Int(b),
                                 lineY0: Int(lt), lineY1: Int(lb), confidence: confidence, startsWord: startsWord))
        } while nb_TessResultIteratorNext(iterator, RIL_SYMBOL) != 0
        return out
    }
}

@available(*, unavailable, message: "a tesseract engine must stay on one thread")
extension TesseractEngine: Sendable {}
