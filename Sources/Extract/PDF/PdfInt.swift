/// The one way the PDF path turns a `Double` into an `Int`.
///
/// `Int(x)` traps on NaN, on the infinities and on values beyond `Int`'s range, and a PDF can
/// hand any of them over: a glyph box from `1e30 Tf`, a MediaBox of `1e300`, a matrix that
/// divides by zero. Every conversion of a coordinate, size or pixel count on the PDF path goes
/// through `PdfInt.clamped`, which never traps.
enum PdfInt {
    /// The largest magnitude a converted value keeps (about 10^12). It is far beyond any page
    /// (PDF pages are at most 14,400 points; renders are kept under 20,000 pixels a side), and
    /// small enough that the integer arithmetic done on the results (sums, differences,
    /// products by a pixel width, shifts by 32 bits into an `Int64` key) cannot overflow.
    static let bound = 1 << 40

    /// `x` rounded toward zero, clamped to ±`bound`; NaN becomes 0.
    static func clamped(_ x: Double) -> Int {
        if x.isNaN { return 0 }
        if x >= Double(bound) { return bound }
        if x <= -Double(bound) { return -bound }
        return Int(x)
    }
}
