// swift-tools-version:6.0
import PackageDescription

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
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CLibXML", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZip", pkgConfig: "libzip", providers: [.apt(["libzip-dev"])]),
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib", providers: [.apt(["libpoppler-glib-dev"])]),
        // OCR of scanned PDF pages; the language data is tesseract-ocr-chi-sim and tesseract-ocr-eng.
        .systemLibrary(name: "CTesseract", pkgConfig: "tesseract", providers: [.apt(["libtesseract-dev"])]),
        // cairo_show_glyphs interposed, so the render the PDF reader takes rules from can skip text.
        .target(name: "CGlyphSkip", linkerSettings: [.linkedLibrary("dl")]),
        // stdio writes to stderr interposed, so poppler's own messages never reach nianbao's stderr.
        .target(name: "CQuietStderr", linkerSettings: [.linkedLibrary("dl")]),
        .target(
            name: "Extract",
            dependencies: ["CLibXML", "CZip", "CPoppler", "CTesseract", "CGlyphSkip", "CQuietStderr"],
            linkerSettings: [.linkedLibrary("m")]
        ),
        .target(name: "Normalize", dependencies: ["Extract"]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .target(name: "Batch", dependencies: ["Extract", "Normalize", "CSQLite"]),
        .systemLibrary(name: "CXLSXWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
        // The checks across reports (years, duplicates, hierarchy), reviewers' decisions, and
        // what a reviewer opens: review.html, findings.csv, reports.csv, the workbook.
        .target(name: "Review", dependencies: ["Normalize", "Batch", "CXLSXWriter"]),
        .executableTarget(
            name: "nianbao",
            dependencies: ["Extract", "Normalize", "Batch", "Review", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // libFuzzer targets (fuzz/run.sh). Each file's only entry point is
        // `@_cdecl("LLVMFuzzerTestOneInput")`; a regular build links them as executables that
        // do nothing, so they never break `swift build` or `swift test`.
        .executableTarget(name: "FuzzDocxXML", dependencies: ["Extract", "Normalize"], path: "fuzz/targets/FuzzDocxXML"),
        .executableTarget(name: "FuzzText", dependencies: ["Normalize"], path: "fuzz/targets/FuzzText"),
        .executableTarget(name: "FuzzPDF", dependencies: ["Extract", "Normalize"], path: "fuzz/targets/FuzzPDF"),
        // What every test target shares: finding samples/, expected files, running the binary.
        .target(name: "TestSupport", dependencies: ["Extract", "Normalize"], path: "Tests/TestSupport"),
        .testTarget(name: "ExtractTests", dependencies: ["Extract", "TestSupport"]),
        .testTarget(name: "NormalizeTests", dependencies: ["Extract", "Normalize", "TestSupport"]),
        .testTarget(name: "BatchTests", dependencies: ["Batch", "Normalize", "TestSupport"]),
        .testTarget(name: "ReviewTests", dependencies: ["Review", "Batch", "Normalize", "TestSupport"]),
    ]
)
