internal import CPoppler
internal import CLazyLink
internal import CGlyphSkip
internal import CQuietStderr
import FoundationEssentials

// Every poppler-glib, glib and cairo call of the package lives in this file. No C pointer
// leaves it: callers see page sizes, Swift strings, glyph boxes and grey pixels.
//
// Ownership rules (https://poppler.freedesktop.org/api/glib/ and the glib/cairo manuals):
// - `g_bytes_new` copies the bytes; the `GBytes` is released with `g_bytes_unref`. The
//   document keeps its own reference, so `PopplerPDF` holds the `GBytes` only to be safe.
// - `PopplerDocument*` and `PopplerPage*` are GObjects: `g_object_unref`.
// - A `GError` is freed with `g_error_free`; its message is copied into a `String` first.
// - `poppler_page_get_text` returns a string to `g_free`; `poppler_page_get_text_layout`
//   an array of rectangles to `g_free`; `poppler_page_get_text_attributes` a list to
//   `poppler_page_free_text_attributes`.
// - `cairo_create` takes a reference on the surface: `cairo_destroy`. The surface itself is
//   the document's canvas, reused from page to page, and `cairo_surface_destroy`ed with it.
// Documents and pages are not `Sendable`: one document per thread, never shared.
// - poppler prints some of its messages on stderr itself (`some font thing failed`): every
//   poppler call runs `quietly`, with the thread's stderr writes dropped (CQuietStderr), and
//   the "Poppler" log domain is dropped once per process.

/// Drops the "Poppler" g_log domain once per process (Swift initializes globals once).
private let popplerLogSilenced: Void = { nianbao_poppler_silence_log() }()

/// Runs `body` (poppler calls) with what this thread writes to stderr dropped.
@inline(__always)
private func quietly<T>(_ body: () -> T) -> T {
    _ = popplerLogSilenced
    nianbao_quiet_stderr_set(1)
    defer { nianbao_quiet_stderr_set(0) }
    return body()
}

/// A PDF opened in memory with poppler-glib; the owner of one `PopplerDocument`.
final class PopplerPDF {
    private let handle: OpaquePointer
    private let bytes: OpaquePointer

    /// Why poppler refused a document.
    enum OpenFailure: Error {
        case encrypted
        case damaged(String)
        case libraryMissing(String)
    }

    /// Opens PDF bytes with no password (an empty user password still opens).
    ///
    /// The corresponding poppler-glib function is `poppler_document_new_from_bytes`.
    /// - Throws: `.libraryMissing` when poppler-glib cannot be loaded (`SystemLibrary.pdf`).
    init(data: Data) throws(OpenFailure) {
        do { try SystemLibrary.pdf.open() } catch { throw .libraryMissing(error.description) }
        let bytes: OpaquePointer = data.withUnsafeBytes { raw in
            nb_g_bytes_new(raw.baseAddress, gsize(raw.count))
        }
        var error: UnsafeMutablePointer<GError>? = nil
        guard let document = quietly({ nb_poppler_document_new_from_bytes(bytes, nil, &error) }) else {
            nb_g_bytes_unref(bytes)
            var message = "poppler cannot open the document"
            var encrypted = false
            if let error {
                if let text = error.pointee.message { message = OneLine.fold(String(cString: text)) }
                encrypted = error.pointee.domain == nb_poppler_error_quark()
                    && error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue)
                nb_g_error_free(error)
            }
            throw encrypted ? .encrypted : .damaged(message)
        }
        self.handle = document
        self.bytes = bytes
    }

    deinit {
        if let canvas { nb_cairo_surface_destroy(canvas) }
        quietly { nb_g_object_unref(UnsafeMutableRawPointer(handle)) }
        nb_g_bytes_unref(bytes)
    }

    /// The image surface pages are rendered into, kept from page to page while the page size
    /// stays the same (a new surface is a 4 MB allocation cleared to zero for an A4 page).
    private var canvas: OpaquePointer?

    /// An RGB24 surface of the given size (contents undefined), or nil when cairo cannot make one.
    /// The corresponding function is `cairo_image_surface_create`.
    fileprivate func canvas(width: Int, height: Int) -> OpaquePointer? {
        if let canvas, Int(nb_cairo_image_surface_get_width(canvas)) == width,
           Int(nb_cairo_image_surface_get_height(canvas)) == height {
            return canvas
        }
        if let canvas { nb_cairo_surface_destroy(canvas) }
        canvas = nil
        guard let surface = nb_cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else {
            return nil
        }
        guard nb_cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            nb_cairo_surface_destroy(surface)
            return nil
        }
        canvas = surface
        return surface
    }

    /// The number of pages. The corresponding function is `poppler_document_get_n_pages`.
    var pageCount: Int { Int(quietly { nb_poppler_document_get_n_pages(handle) }) }

    /// The page at a 0-based index. The corresponding function is `poppler_document_get_page`.
    func page(_ index: Int) -> PopplerPDFPage? {
        guard let page = quietly({ nb_poppler_document_get_page(handle, Int32(index)) }) else { return nil }
        return PopplerPDFPage(handle: page, owner: self)
    }
}

@available(*, unavailable, message: "poppler documents must stay on one thread")
extension PopplerPDF: Sendable {}

/// One glyph of a page's text layer: a Unicode scalar and its box in points, origin top-left.
struct PdfGlyph: Equatable {
    var scalar: Unicode.Scalar
    var x0: Double, y0: Double, x1: Double, y1: Double
    var fontSize: Double
    var fontName: String

    var width: Double { x1 - x0 }
    var height: Double { y1 - y0 }
    var midX: Double { (x0 + x1) / 2 }
    var midY: Double { (y0 + y1) / 2 }
}

/// One thing a page strokes or fills, in points (origin top-left): a straight stroked
/// segment from (x0, y0) to (x1, y1) `width` wide, or a filled subpath's bounding box
/// (x0 ≤ x1, y0 ≤ y1). `grey` is its ink over white, 0 black … 255 white.
struct PdfMark: Equatable {
    var x0: Double, y0: Double, x1: Double, y1: Double
    var width: Double
    var grey: Double
    var filled: Bool
    var dashed: Bool
}

/// A page rendered to grey levels (0 black … 255 white), row-major.
struct GreyImage {
    var width: Int
    var height: Int
    /// Pixels per point.
    var scale: Double
    var pixels: [UInt8]

    subscript(x: Int, y: Int) -> UInt8 { pixels[y * width + x] }
}

/// One page of a `PopplerPDF`; the owner of one `PopplerPage`. It keeps its document alive.
final class PopplerPDFPage {
    private let handle: OpaquePointer
    private let owner: PopplerPDF

    fileprivate init(handle: OpaquePointer, owner: PopplerPDF) {
        self.handle = handle
        self.owner = owner
    }

    deinit { quietly { nb_g_object_unref(UnsafeMutableRawPointer(handle)) } }

    /// The page size in points. The corresponding function is `poppler_page_get_size`.
    var size: (width: Double, height: Double) {
        var w = 0.0, h = 0.0
        quietly { nb_poppler_page_get_size(handle, &w, &h) }
        return (w, h)
    }

    /// The page's glyphs in poppler's text order, whitespace included, each with its box and
    /// font. The corresponding functions are `poppler_page_get_text`,
    /// `poppler_page_get_text_layout` and `poppler_page_get_text_attributes`.
    func glyphs() -> [PdfGlyph] {
        guard let cText = quietly({ nb_poppler_page_get_text(handle) }) else { return [] }
        let text = String(cString: cText)
        nb_g_free(cText)
        var rects: UnsafeMutablePointer<PopplerRectangle>? = nil
        var count: guint = 0
        guard quietly({ nb_poppler_page_get_text_layout(handle, &rects, &count) }) != 0, let rects else { return [] }
        defer { nb_g_free(rects) }

        // Font runs: inclusive [start, end] character ranges.
        var runs: [(start: Int, end: Int, size: Double, name: String)] = []
        if let list = quietly({ nb_poppler_page_get_text_attributes(handle) }) {
            var node: UnsafeMutablePointer<GList>? = list
            while let n = node {
                if let data = n.pointee.data {
                    let a = data.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                    let name = a.font_name.map { String(cString: $0) } ?? ""
                    runs.append((Int(a.start_index), Int(a.end_index), a.font_size, name))
                }
                node = n.pointee.next
            }
            nb_poppler_page_free_text_attributes(list)
        }

        var out: [PdfGlyph] = []
        out.reserveCapacity(Int(count))
        var runIndex = 0
        for (i, scalar) in text.unicodeScalars.enumerated() where i < Int(count) {
            let r = rects[i]
            while runIndex < runs.count, runs[runIndex].end < i { runIndex += 1 }
            var size = r.y2 - r.y1, name = ""
            if runIndex < runs.count, runs[runIndex].start <= i {
                size = runs[runIndex].size
                name = runs[runIndex].name
            }
            out.append(PdfGlyph(scalar: scalar, x0: r.x1, y0: r.y1, x1: r.x2, y1: r.y2,
                                fontSize: size, fontName: name))
        }
        return out
    }

    /// Renders the page on white at `scale` pixels per point and returns grey levels.
    /// Unless `text` is true, text is left out where it can be: glyphs shown through
    /// `cairo_show_glyphs` are skipped (CGlyphSkip); text drawn any other way (Type 3 fonts,
    /// text as a clip path) is drawn, so callers that look for rules still paint glyph boxes out.
    ///
    /// The corresponding functions are `cairo_create`, `cairo_paint` and `poppler_page_render`;
    /// the surface is the document's `canvas`, painted white first.
    ///
    /// With `dropRed`, red pixels (a seal stamped over a scanned report: red clearly above
    /// green and blue) come out white, so OCR reads the black text under and around it.
    func renderGrey(scale: Double, text: Bool = false, dropRed: Bool = false) -> GreyImage? {
        let (w, h) = size
        let width = max(1, PdfInt.clamped((w * scale).rounded(.up)))
        let height = max(1, PdfInt.clamped((h * scale).rounded(.up)))
        guard width < 20_000, height < 20_000 else { return nil }
        guard let surface = owner.canvas(width: width, height: height), let cr = nb_cairo_create(surface) else {
            return nil
        }
        nb_cairo_set_source_rgb(cr, 1, 1, 1)
        nb_cairo_paint(cr)
        nb_cairo_scale(cr, scale, scale)
        nianbao_glyph_skip_set(text ? 0 : 1)
        quietly { nb_poppler_page_render(handle, cr) }
        nianbao_glyph_skip_set(0)
        nb_cairo_destroy(cr)
        nb_cairo_surface_flush(surface)
        guard let data = nb_cairo_image_surface_get_data(surface) else { return nil }
        let stride = Int(nb_cairo_image_surface_get_stride(surface))
        let pixels = [UInt8](unsafeUninitializedCapacity: width * height) { out, initialized in
            let o = out.baseAddress!
            for y in 0..<height {
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                let dst = o + y * width
                var x = 0
                // Mostly white: eight white pixels at a time (the top byte of RGB24 is unused).
                let raw = UnsafeRawPointer(row)
                let white: UInt64 = 0x00FF_FFFF_00FF_FFFF
                while x + 8 <= width {
                    let a = raw.loadUnaligned(fromByteOffset: x * 4, as: UInt64.self)
                    let b = raw.loadUnaligned(fromByteOffset: x * 4 + 8, as: UInt64.self)
                    let c = raw.loadUnaligned(fromByteOffset: x * 4 + 16, as: UInt64.self)
                    let d = raw.loadUnaligned(fromByteOffset: x * 4 + 24, as: UInt64.self)
                    if a & b & c & d & white == white {
                        UnsafeMutableRawPointer(dst + x).storeBytes(of: UInt64.max, as: UInt64.self)
                    } else if dropRed {
                        for k in x..<(x + 8) { dst[k] = Self.isRed(row[k]) ? 255 : Self.grey(row[k]) }
                    } else {
                        for k in x..<(x + 8) { dst[k] = Self.grey(row[k]) }
                    }
                    x += 8
                }
                while x < width {
                    dst[x] = dropRed && Self.isRed(row[x]) ? 255 : Self.grey(row[x])
                    x += 1
                }
            }
            initialized = width * height
        }
        return GreyImage(width: width, height: height, scale: scale, pixels: pixels)
    }

    /// What poppler strokes and fills on the page, in points (origin top-left), recorded
    /// instead of drawn (CGlyphSkip's path capture; glyphs are skipped too). Images are still
    /// drawn, onto the document's canvas at 72 dpi. Returns nil when the capture is not
    /// interposed in this executable: the caller then renders pixels instead.
    ///
    /// The corresponding functions are `cairo_create` and `poppler_page_render`; the marks come
    /// from `cairo_copy_path_flat` inside the interposed `cairo_stroke`/`cairo_fill`.
    func marks() -> [PdfMark]? {
        let (w, h) = size
        let width = max(1, min(4096, PdfInt.clamped(w.rounded(.up))))
        let height = max(1, min(4096, PdfInt.clamped(h.rounded(.up))))
        guard let surface = owner.canvas(width: width, height: height), let cr = nb_cairo_create(surface) else {
            return nil
        }
        guard Self.captureInterposed else { return nil }
        nianbao_glyph_skip_set(1)
        nianbao_capture_begin(UnsafeMutableRawPointer(cr))
        quietly { nb_poppler_page_render(handle, cr) }
        let count = nianbao_capture_end()
        nianbao_glyph_skip_set(0)
        nb_cairo_destroy(cr)
        guard count > 0, let base = nianbao_capture_marks() else { return [] }
        return UnsafeBufferPointer(start: base, count: count).map { m in
            PdfMark(x0: m.x0, y0: m.y0, x1: m.x1, y1: m.y1, width: m.width, grey: m.grey,
                    filled: m.filled != 0, dashed: m.dashed != 0)
        }
    }

    /// True when poppler's stroke and fill calls reach the path capture (asked once per
    /// process, after poppler-glib is loaded: the first page is read after `PopplerPDF.init`).
    static let captureInterposed: Bool = nianbao_capture_interposed() != 0

    /// How many times poppler has shown glyphs through cairo on this thread, drawn or skipped;
    /// it stays 0 if the executable does not interpose `cairo_show_glyphs` (glyphs are then
    /// always drawn). For tests.
    static var glyphShowCalls: UInt { UInt(nianbao_glyph_skip_calls()) }

    /// True for the red of a seal's ink: red at least 130 and 60 above both green and blue
    /// (black text printed over the seal is dark in red too, so it stays).
    @inline(__always)
    static func isRed(_ v: UInt32) -> Bool {
        let r = Int((v &>> 16) & 0xFF), g = Int((v &>> 8) & 0xFF), b = Int(v & 0xFF)
        return r >= 130 && r - g >= 60 && r - b >= 60
    }

    /// The grey level of an RGB24 pixel (ITU-R 601 weights, rounded down).
    @inline(__always)
    private static func grey(_ v: UInt32) -> UInt8 {
        let r = (v &>> 16) & 0xFF, g = (v &>> 8) & 0xFF, b = v & 0xFF
        return UInt8(truncatingIfNeeded: (r &* 299 &+ g &* 587 &+ b &* 114) / 1000)
    }
}

@available(*, unavailable, message: "poppler pages must stay on one thread")
extension PopplerPDFPage: Sendable {}
