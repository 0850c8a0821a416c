// libFuzzer target: the fuzz input is a whole input file for `Converter.convert(data:path:)`,
// the path `nianbao convert` takes: sniffing, the HTML/MHT reader (web pages in the corpus), the
// text reader (decoding, TAB and aligned
// tables, token streams) and the grid builder with its repairs, checks and both writers.
//
// Build and run with fuzz/run.sh. In a regular `swift build` this is an executable that does
// nothing: its only entry point is `LLVMFuzzerTestOneInput`, called by libFuzzer's `main`.
import Foundation
import Normalize

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    if let report = try? Converter.convert(data: data, path: "fuzz.txt") {
        _ = JSONWriter.write(report)
        _ = try? NormalizedText.parseTables(NormalizedText.write(report))
    }
    return 0
}
