// swift-tools-version:6.0
import PackageDescription

// poppler, tesseract, SQLite and libxlsxwriter are opened with dlopen (CLazyLink), so their
// system-library targets give headers only: no pkg-config (which would put them on the link
// line, and the dynamic loader would map them and their ~90 shared objects at every start).
// tesseract's, SQLite's and libxlsxwriter's headers are in /usr/include; poppler-glib's need
// these folders (`pkg-config --cflags poppler-glib` less what its headers never include).
#if arch(arm64)
let multiarch = "aarch64-linux-gnu"
#else
let multiarch = "x86_64-linux-gnu"
#endif
let popplerHeaders = ["/usr/include/poppler/glib", "/usr/include/glib-2.0", "/usr/lib/\(multiarch)/glib-2.0/include", "/usr/include/cairo"]
let popplerC: [CSetting] = [.unsafeFlags(popplerHeaders.map { "-I" + $0 })]
let popplerSwift: [SwiftSetting] = [.unsafeFlags(popplerHeaders.flatMap { ["-Xcc", "-I" + $0] })]

let package = Package(
    name: "nianbao",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Extract", targets: ["Extract"]),
        .library(name: "Normalize", targets: ["Normalize"]),
        .library(name: "Batch", targets: ["Batch"]),
        .library(name: "Review", targets: ["Review"]),
        .executable(name: "nianbao", targets: ["nianbao"]),
    ],
    targets: [
        .systemLibrary(name: "CLibXML", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZip", pkgConfig: "libzip", providers: [.apt(["libzip-dev"])]),
        .systemLibrary(name: "CPoppler", providers: [.apt(["libpoppler-glib-dev"])]),
        // OCR of scanned PDF pages; the language data is tesseract-ocr-chi-sim and tesseract-ocr-eng.
        .systemLibrary(name: "CTesseract", providers: [.apt(["libtesseract-dev"])]),
        // cairo's glyph, stroke and fill calls interposed: the render the PDF reader takes rules
        // from skips text and records the paths poppler strokes and fills instead of drawing them.
        // Exported from every executable that links them, so that poppler-glib, opened later with
        // dlopen, calls them: the linker exports a definition on its own only when a library on the
        // link line uses it, and poppler-glib is no longer on the link line.
        .target(
            name: "CGlyphSkip",
            dependencies: ["CPoppler"],
            cSettings: popplerC,
            linkerSettings: [
                .linkedLibrary("dl"), .linkedLibrary("m"),
                .unsafeFlags(["cairo_show_glyphs", "cairo_glyph_path", "cairo_stroke", "cairo_stroke_preserve", "cairo_fill", "cairo_fill_preserve"]
                    .flatMap { ["-Xlinker", "--export-dynamic-symbol=" + $0] }),
            ]
        ),
        // stdio writes to stderr interposed, so poppler's own messages never reach nianbao's stderr.
        // Exported explicitly, as CGlyphSkip's are: poppler is opened with dlopen.
        .target(
            name: "CQuietStderr",
            linkerSettings: [
                .linkedLibrary("dl"),
                .unsafeFlags(["__vfprintf_chk", "__fprintf_chk", "fputc", "fputs", "fwrite"].flatMap { ["-Xlinker", "--export-dynamic-symbol=" + $0] }),
            ]
        ),
        // poppler, tesseract, SQLite and libxlsxwriter opened with dlopen when an input needs them,
        // so a DOCX or text conversion does not load their ~90 shared objects (include/lazy_link.h).
        .target(
            name: "CLazyLink",
            dependencies: ["CPoppler", "CTesseract", "CSQLite", "CXLSXWriter"],
            cSettings: popplerC,
            linkerSettings: [.linkedLibrary("dl"), .linkedLibrary("pthread")]
        ),
        .target(
            name: "Extract",
            dependencies: ["CLibXML", "CZip", "CPoppler", "CTesseract", "CLazyLink", "CGlyphSkip", "CQuietStderr"],
            swiftSettings: popplerSwift,
            linkerSettings: [.linkedLibrary("m")]
        ),
        .target(name: "Normalize", dependencies: ["Extract"], swiftSettings: popplerSwift),
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CMalloc"),
        .target(name: "Batch", dependencies: ["Extract", "Normalize", "CSQLite", "CLazyLink", "CMalloc"], swiftSettings: popplerSwift),
        .systemLibrary(name: "CXLSXWriter", providers: [.apt(["libxlsxwriter-dev"])]),
        // The checks across reports (years, duplicates, hierarchy), reviewers' decisions, and
        // what a reviewer opens: review.html, findings.csv, reports.csv, the workbook.
        .target(name: "Review", dependencies: ["Normalize", "Batch", "CXLSXWriter", "CLazyLink"], swiftSettings: popplerSwift),
        .executableTarget(
            name: "nianbao",
            dependencies: ["Extract", "Normalize", "Batch", "Review"],
            swiftSettings: popplerSwift
        ),
        // libFuzzer targets (fuzz/run.sh). Each file's only entry point is
        // `@_cdecl("LLVMFuzzerTestOneInput")`; a regular build links them as executables that
        // do nothing, so they never break `swift build` or `swift test`.
        .executableTarget(name: "FuzzDocxXML", dependencies: ["Extract", "Normalize"], path: "fuzz/targets/FuzzDocxXML", swiftSettings: popplerSwift),
        .executableTarget(name: "FuzzText", dependencies: ["Normalize"], path: "fuzz/targets/FuzzText", swiftSettings: popplerSwift),
        .executableTarget(name: "FuzzPDF", dependencies: ["Extract", "Normalize"], path: "fuzz/targets/FuzzPDF", swiftSettings: popplerSwift),
        // What every test target shares: finding samples/, expected files, running the binary.
        .target(name: "TestSupport", dependencies: ["Extract", "Normalize"], path: "Tests/TestSupport", swiftSettings: popplerSwift),
        .testTarget(name: "ExtractTests", dependencies: ["Extract", "TestSupport"], swiftSettings: popplerSwift),
        .testTarget(name: "NormalizeTests", dependencies: ["Extract", "Normalize", "TestSupport"], swiftSettings: popplerSwift),
        .testTarget(name: "BatchTests", dependencies: ["Batch", "Normalize", "TestSupport"], swiftSettings: popplerSwift),
        .testTarget(name: "ReviewTests", dependencies: ["Review", "Batch", "Normalize", "TestSupport"], swiftSettings: popplerSwift),
    ]
)
