/// Numbers written for people and file names (what `String(format:)` did, which only
/// Foundation's full library has): fixed decimals, zero padding, hexadecimal bytes.
public enum NumberText {
    /// `x` with `places` decimals, rounded half away from zero: `fixed(2.25, places: 1)` is `2.3`.
    public static func fixed(_ x: Double, places: Int) -> String {
        guard x.isFinite else { return "\(x)" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let units = (abs(x) * scale).rounded(.toNearestOrAwayFromZero)
        guard units < 9e15 else { return "\(x)" }
        let n = Int64(units)
        let whole = n / Int64(scale), fraction = n % Int64(scale)
        let sign = x < 0 && n != 0 ? "-" : ""
        return places == 0 ? "\(sign)\(whole)" : "\(sign)\(whole)." + zeroPadded(Int(fraction), width: places)
    }

    /// `n` in decimal with leading zeros to `width` digits: `zeroPadded(7, width: 3)` is `007`.
    public static func zeroPadded(_ n: Int, width: Int) -> String {
        let digits = String(n.magnitude)
        let pad = String(repeating: "0", count: max(0, width - digits.count))
        return (n < 0 ? "-" : "") + pad + digits
    }

    /// A byte as two upper-case hexadecimal digits: `0A`.
    public static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
