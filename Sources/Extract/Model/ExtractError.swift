/// Why an input could not be read. Each case renders as one line for standard error.
public enum ExtractError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Thrown when the input has no bytes at all.
    case empty
    /// Thrown when the input is larger than `ReadLimits.maxInputBytes` or another limit.
    case limitExceeded(String)
    /// Thrown when the bytes are not a document of any supported kind.
    case unsupportedFormat(String)
    /// Thrown when a DOCX (zip) container is damaged or inconsistent.
    case corruptArchive(String)
    /// Thrown when the Word XML inside a DOCX cannot be parsed or is refused (DTD, entities).
    case malformedXML(String)
    /// Thrown when a PDF is damaged.
    case corruptPDF(String)
    /// Thrown when a document needs a password to be opened; `kind` names it ("PDF",
    /// "Word document").
    case encrypted(kind: String)
    /// Thrown when a PDF has pages but no text on any of them (a scan, or blank pages) and
    /// OCR is off (`ReadLimits.ocr`).
    case noTextLayer
    /// Thrown when a PDF has no text layer and OCR found no text on its pages either (blank
    /// pages, pictures without words).
    case noTextFound
    /// Thrown when a scanned page needs OCR and tesseract's language data cannot be loaded.
    case ocrUnavailable
    /// Thrown when text input contains NUL bytes or control bytes, or no known encoding fits.
    case undecodableText(String)
    /// Thrown when the input file cannot be opened or read.
    case unreadable(String)
    /// Thrown when the input reads as a document but none of the national format's tables or
    /// section headings is found in it: a news item, a README, a portal's index page.
    case notAReport
    /// Thrown when a legacy file (`kind`: `.doc`, `.wps`, `.odt`, `.rtf`) needs LibreOffice and
    /// there is none; `reason` says what was looked for.
    case needsLibreOffice(kind: String, reason: String)
    /// Thrown when LibreOffice failed to convert a legacy file, or ran past its time limit.
    case libreOfficeFailed(String)
    /// Thrown when an input needs a C library that cannot be loaded (`SystemLibrary.Missing`'s line).
    case libraryMissing(String)

    public var description: String {
        switch self {
        case .empty: return "the input is empty"
        case .limitExceeded(let what): return "refused: \(what)"
        case .unsupportedFormat(let what): return what
        case .corruptArchive(let what): return "damaged DOCX: \(what)"
        case .malformedXML(let what): return "malformed Word XML: \(what)"
        case .corruptPDF(let what): return "damaged PDF: \(what)"
        case .encrypted(let kind): return "the \(kind) is encrypted with a password; remove the password and try again"
        case .noTextLayer: return "the PDF has no text layer (scanned or blank pages); --ocr reads scans (experimental)"
        case .noTextFound: return "the PDF has no text layer and OCR found no text on its pages (blank pages or pictures)"
        case .ocrUnavailable:
            return "the PDF is scanned; reading it needs tesseract's Chinese language data (Debian: apt-get install tesseract-ocr-chi-sim tesseract-ocr-eng), or leave out --ocr"
        case .undecodableText(let what): return "not readable as text: \(what)"
        case .unreadable(let what): return "cannot read the input: \(what)"
        case .needsLibreOffice(let kind, let reason):
            return "the input is a legacy \(kind) file; reading it needs LibreOffice (Debian: apt-get install libreoffice-writer-nogui)"
                + (reason.isEmpty ? "" : ": \(reason)")
        case .libreOfficeFailed(let what): return what
        case .libraryMissing(let what): return what
        case .notAReport: return "not a report: no table or section heading of the national format found"
        }
    }
}
