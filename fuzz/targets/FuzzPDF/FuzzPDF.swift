// libFuzzer target: the fuzz input is a PDF for the PDF reader (poppler, the rule finder, the
// lattice, text tables, paragraphs, page furniture), then the grid builder.
//
// Build and run with fuzz/run.sh. In a regular `swift build` this is an executable that does
// nothing: its only entry point is `LLVMFuzzerTestOneInput`, called by libFuzzer's `main`.
import Extract
import Foundation
import Normalize

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPDF(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    // Fewer pages than the default keeps one run short; the limit itself is tested elsewhere.
    let limits = ReadLimits(maxPages: 50)
    if let document = try? PdfReader.read(data: data, limits: limits) {
        _ = try? ReportBuilder.build(document, source: SourceInfo(path: "fuzz.pdf", format: document.format, sha256: ""))
    }
    return 0
}
