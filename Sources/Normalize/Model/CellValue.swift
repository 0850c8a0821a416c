import FoundationEssentials
import Extract

/// A cell of a canonical grid: its normalized source text and the number it reads as.
public struct CellValue: Sendable, Equatable {
    /// The cell's source text after normalization (`""` for blank).
    public var raw: String
    /// The number as decimal text ready for JSON (`96171.6`, `0`), or `nil` when the cell is
    /// blank, a dash, `/`, `无`, or unreadable. Never invented.
    public var number: String?
    /// True for a cell of a text dump that held several numbers run together (`9 2`, an
    /// extraction merging two columns), or that shares a row with such a cell: where its
    /// numbers belong cannot be known. It holds its place in the row while the row is read,
    /// and comes out `null` with a warning (`ReportBuilder`), never as a number.
    var unreadable = false
    /// True for a run of digits printed with no separator between cells (`3520000037`): it
    /// stands for all of its row's cells until `GridSolver` cuts it (`DigitRun`).
    var isRun = false
    /// For a run: true when it is a spaced run (`DigitRun.Kind.spaced`).
    var runIsSpaced = false

    public static let missing = CellValue(raw: "", number: nil)

    /// Reads a cell from the source text it had.
    public init(source: String) {
        let raw = TextClean.cellRaw(source)
        self.raw = raw
        self.number = CellValue.parseNumber(raw)
        if number == nil, CellValue.isIllegible(raw) { unreadable = true }
    }

    /// True for a number with digits OCR could not read with confidence, or bytes of a text
    /// dump that were not text (U+FFFD in their place, `1�3`, `�`): it holds its place in its
    /// row like a number and comes out `null` with a warning, never as a guess.
    static func isIllegible(_ raw: String) -> Bool {
        raw.unicodeScalars.contains("\u{FFFD}")
            && raw.unicodeScalars.allSatisfy { $0 == "\u{FFFD}" || Characters.isDigit($0) || ".,-—".unicodeScalars.contains($0) }
    }

    public init(raw: String, number: String?) {
        self.raw = raw
        self.number = number
    }

    /// The value as an exact fixed-point number for arithmetic in checks.
    var fixed: FixedPoint? { number.flatMap(FixedPoint.init) }

    /// Texts that stand for "no value" in the reports; they read as `null`, never as 0.
    static let nullMarkers: Set<String> = ["-", "—", "——", "–", "－", "/", "／", "\\", "无", "空", "—-", "--", "---", "／／", "×", "x", "X", "*"]

    /// Units that may follow a count or an amount in a cell (`3件`, `0.5万元`); whether the
    /// unit fits its column is `CellUnits`' question. Longer units first (万元 before 元).
    static let units = ["件", "个", "条", "项", "次", "万元", "元", "人", "份"]

    /// The units' UTF-8 bytes, in `units`' order. The cell readers below work on bytes: every
    /// cell of every table passes through them, and comparing `Character`s (grapheme breaking,
    /// canonical equivalence) cost ~18,000 instructions a cell. A unit is a CJK ideograph
    /// with no decomposition, so its bytes at the end are the same test as `hasSuffix`.
    private static let unitBytes: [[UInt8]] = units.map { Array($0.utf8) }

    /// The index in `units` of the unit `bytes` end with, if any.
    private static func unitIndex<C: BidirectionalCollection<UInt8>>(_ bytes: C) -> Int? {
        unitBytes.firstIndex { unit in bytes.reversed().starts(with: unit.reversed()) }
    }

    /// The unit `raw` ends with, if any.
    static func unitSuffix(_ raw: String) -> String? { unitIndex(raw.utf8).map { units[$0] } }

    /// The decimal text of `raw` if it is a number, else `nil`: an optional unit at the end, an
    /// optional sign (`+`, `-`, `−`), ASCII digits with `,` group separators and at most one
    /// `.` with digits on both sides; leading zeros dropped, `-0` is `0`.
    static func parseNumber(_ raw: String) -> String? {
        if raw.isEmpty || nullMarkers.contains(raw) { return nil }
        var body = ArraySlice(raw.utf8)
        if let unit = unitIndex(body) { body = body.dropLast(unitBytes[unit].count) }
        var negative = false
        if body.first == UInt8(ascii: "+") {
            body = body.dropFirst()
        } else if body.first == UInt8(ascii: "-") {
            negative = true
            body = body.dropFirst()
        } else if body.starts(with: minusSign) {
            negative = true
            body = body.dropFirst(minusSign.count)
        }
        let cleaned = body.filter { $0 != UInt8(ascii: ",") }
        let parts = cleaned.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        func isDigits(_ part: ArraySlice<UInt8>) -> Bool { !part.isEmpty && part.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        guard parts.count <= 2, isDigits(parts[0]), parts.count == 1 || isDigits(parts[1]) else { return nil }
        var integer = parts[0].drop { $0 == UInt8(ascii: "0") }
        if integer.isEmpty { integer = [UInt8(ascii: "0")] }
        var text = Array(integer)
        if parts.count == 2 { text += [UInt8(ascii: ".")] + parts[1] }
        if negative && text.contains(where: { $0 != UInt8(ascii: "0") && $0 != UInt8(ascii: ".") }) { text.insert(UInt8(ascii: "-"), at: 0) }
        return String(decoding: text, as: UTF8.self)
    }

    /// U+2212 MINUS SIGN in UTF-8.
    private static let minusSign: [UInt8] = Array("\u{2212}".utf8)

    /// True when the cell's text can stand in a value column: a number, a null marker or blank.
    var isValueLike: Bool { raw.isEmpty || number != nil || unreadable || isRun || CellValue.nullMarkers.contains(raw) }

    /// The numbers of a text-dump cell that holds more than one, separated by white space or
    /// an HTML line break (`9 2`, `1<br>0<br>2`), else `nil`.
    static func runTogetherNumbers(_ text: String) -> [String]? {
        guard text.unicodeScalars.contains(where: { Characters.isSpaceOrTab($0) }) || text.contains("<br") else { return nil }
        var t = text
        for br in ["<br>", "<br/>", "<br />", "<BR>"] { t = t.replacing(br, with: " ") }
        let tokens = t.split { $0.unicodeScalars.allSatisfy { Characters.isSpaceOrTab($0) } || $0 == "\n" }
            .map { TextClean.cellRaw(String($0)) }.filter { !$0.isEmpty }
        guard tokens.count >= 2, tokens.allSatisfy({ parseNumber($0) != nil }) else { return nil }
        return tokens
    }

    /// A run of digits standing for several cells (see `isRun`).
    static func run(_ run: DigitRun) -> CellValue {
        var cell = CellValue(raw: run.text, number: nil)
        cell.isRun = true
        cell.runIsSpaced = run.kind == .spaced
        return cell
    }

    /// The digit run this cell stands for, if it is one.
    var digitRun: DigitRun? { isRun ? DigitRun(raw, kind: runIsSpaced ? .spaced : .glued) : nil }

    /// A placeholder for a cell whose number cannot be placed (see `unreadable`).
    static func unreadable(_ raw: String) -> CellValue {
        var cell = CellValue(raw: raw, number: nil)
        cell.unreadable = true
        return cell
    }
}

extension Array where Element == CellValue {
    /// The cells with each one that is not blank made `unreadable` (null, with a warning).
    var madeUnreadable: [CellValue] { map { $0.raw.isEmpty ? $0 : .unreadable($0.raw) } }
}

/// An exact decimal: `units / 10^scale`. Report values are counts and amounts with a few
/// decimals, so 64-bit units are ample; sums that would overflow are refused (`nil`).
public struct FixedPoint: Sendable, Equatable, CustomStringConvertible {
    public var units: Int
    public var scale: Int

    /// Reads decimal text as `CellValue.number` writes it (`-12`, `96171.6`).
    public init?(_ text: String) {
        var units = 0
        var scale = 0
        var negative = false
        var seenPoint = false
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "-") where digits == 0 && !negative: negative = true
            case UInt8(ascii: "."): if seenPoint { return nil }; seenPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                guard digits <= 18 else { return nil }
                units = units * 10 + Int(byte - UInt8(ascii: "0"))
                if seenPoint { scale += 1 }
            default: return nil
            }
        }
        guard digits > 0 else { return nil }
        self.units = negative ? -units : units
        self.scale = scale
    }

    public init(units: Int, scale: Int) {
        self.units = units
        self.scale = scale
    }

    public static let zero = FixedPoint(units: 0, scale: 0)

    func rescaled(to newScale: Int) -> FixedPoint? {
        var u = units
        for _ in scale..<newScale {
            let (m, overflow) = u.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            u = m
        }
        return FixedPoint(units: u, scale: newScale)
    }

    /// The exact sum, or `nil` on overflow.
    public static func + (a: FixedPoint, b: FixedPoint) -> FixedPoint? {
        let scale = max(a.scale, b.scale)
        guard let x = a.rescaled(to: scale), let y = b.rescaled(to: scale) else { return nil }
        let (sum, overflow) = x.units.addingReportingOverflow(y.units)
        return overflow ? nil : FixedPoint(units: sum, scale: scale)
    }

    /// The exact difference, or `nil` on overflow.
    public static func - (a: FixedPoint, b: FixedPoint) -> FixedPoint? {
        a + FixedPoint(units: -b.units, scale: b.scale)
    }

    /// The exact sum of `terms`, or `nil` on overflow.
    public static func sum(_ terms: [FixedPoint]) -> FixedPoint? {
        terms.reduce(FixedPoint.zero as FixedPoint?) { total, t in total.flatMap { $0 + t } }
    }

    /// Equal as numbers (`1.50` equals `1.5`).
    public func sameValue(as other: FixedPoint) -> Bool {
        let scale = max(self.scale, other.scale)
        guard let x = rescaled(to: scale), let y = other.rescaled(to: scale) else { return false }
        return x.units == y.units
    }

    /// Compares as numbers.
    public func less(than other: FixedPoint) -> Bool {
        let scale = max(self.scale, other.scale)
        guard let x = rescaled(to: scale), let y = other.rescaled(to: scale) else { return false }
        return x.units < y.units
    }

    public var isInteger: Bool { scale == 0 || units % Self.power(scale) == 0 }

    /// Decimal text with trailing zeros of the fraction dropped (`3`, `-0.5`), as the JSON writes numbers.
    public var description: String {
        if scale == 0 { return String(units) }
        let p = Self.power(scale)
        let sign = units < 0 ? "-" : ""
        let magnitude = units.magnitude
        var fraction = String(magnitude % UInt(p))
        fraction = String(repeating: "0", count: scale - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let whole = String(magnitude / UInt(p))
        return fraction.isEmpty ? sign + whole : sign + whole + "." + fraction
    }

    static func power(_ n: Int) -> Int { (0..<n).reduce(1) { p, _ in p * 10 } }
}
