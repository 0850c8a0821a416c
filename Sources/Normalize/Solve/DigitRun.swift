import Foundation

/// A run of digits a source printed with no separator between cells (`3520000037`, a crawled
/// page's table text), or with a space between some of them only (`230 000023`).
///
/// Each way of cutting the run into a given number of cells is a candidate reading; the
/// checks choose among them (`GridSolver`). A space is a boundary the source did print, so a
/// cut never joins across it. A number of two or more digits never starts with `0` (reports
/// print `5`, not `05`), which is what leaves few candidates.
///
/// A *spaced* run is the other shape: numbers of a row printed one space apart where a space
/// may also sit inside a number (`３ ４  ６`, full-width digits spaced like columns in
/// `pdftotext -layout`). There a piece is never cut, two spaces are a boundary, and each single
/// space is either a boundary or spacing inside a number.
struct DigitRun: Equatable {
    enum Kind: Equatable { case glued, spaced }
    let kind: Kind
    /// The run's pieces between the spaces the source printed, each a string of digits
    /// (a decimal point allowed inside a piece).
    let pieces: [String]
    /// A unit printed after the run (`元`, `件`): it belongs to the run's last number.
    let unit: String

    /// The most candidate readings one run is cut into; a run with more is left unread (its
    /// cells null): the checks of one row cannot tell thousands of readings apart anyway.
    static let maxReadings = 20_000

    /// A run of `text` (digits, `.` and spaces; full-width forms already folded), or `nil` when
    /// it holds anything else.
    init?(_ text: String, kind: Kind = .glued) {
        self.kind = kind
        var body = Substring(text)
        let unit = CellValue.unitSuffix(text) ?? ""
        body = body.dropLast(unit.count)
        // A sign starts a number (`1+0143`: 1, +0, 143 in a 本年增/减 column).
        let pieces = (kind == .glued ? body.split(whereSeparator: { $0 == " " }).flatMap(Self.splitBeforeSigns)
            : body.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        guard !pieces.isEmpty, pieces.allSatisfy({ piece in
            piece.enumerated().allSatisfy { i, c in
                c.isASCII && (c.isNumber || c == "." || (kind == .spaced && c == " ") || (i == 0 && (c == "+" || c == "-")))
            } && piece.first != "." && piece.last != "." && piece.last != "+" && piece.last != "-"
        }) else { return nil }
        self.pieces = pieces
        self.unit = unit
    }

    var text: String { pieces.joined(separator: kind == .glued ? " " : "  ") + unit }

    /// Every way to read the run as `cells` numbers, in a fixed order (shorter first numbers
    /// first); empty when there is none, `nil` when there are more than `maxReadings`.
    func readings(cells: Int) -> [[String]]? {
        if kind == .spaced { return spacedReadings(cells: cells) }
        var out: [[String]] = []
        var current: [String] = []
        var overflow = false
        func cut(piece: Int, offset: Int, left: Int) {
            if overflow { return }
            if piece == pieces.count {
                if left == 0 { out.append(current); if out.count > Self.maxReadings { overflow = true } }
                return
            }
            let digits = Array(pieces[piece])
            if offset == digits.count { cut(piece: piece + 1, offset: 0, left: left); return }
            guard left > 0 else { return }
            // The rest of every piece needs at least one cell per piece still to come.
            let remainingPieces = pieces.count - piece - 1
            for end in (offset + 1)...digits.count {
                let number = digits[offset..<end]
                if !Self.isNumber(number) { continue }
                if end == digits.count && left - 1 < remainingPieces { continue }
                current.append(String(number))
                cut(piece: piece, offset: end, left: left - 1)
                current.removeLast()
            }
        }
        cut(piece: 0, offset: 0, left: cells)
        if overflow { return nil }
        if !unit.isEmpty { for r in out.indices { appendUnit(&out[r]) } }
        return out
    }

    /// The readings of a spaced run: each piece (`３ ４`, two spaces around it) cut at some of
    /// its single spaces, never inside a number.
    private func spacedReadings(cells: Int) -> [[String]]? {
        let groups = pieces.map { $0.split(separator: " ").map(String.init) }
        var out: [[String]] = []
        var current: [String] = []
        var overflow = false
        func walk(group: Int, offset: Int) {
            if overflow { return }
            if group == groups.count {
                if current.count == cells { out.append(current); if out.count > Self.maxReadings { overflow = true } }
                return
            }
            let words = groups[group]
            if offset == words.count { walk(group: group + 1, offset: 0); return }
            guard current.count < cells else { return }
            for end in (offset + 1)...words.count {
                let number = words[offset..<end].joined()
                guard Self.isNumber(ArraySlice(number)) else { continue }
                current.append(number)
                walk(group: group, offset: end)
                current.removeLast()
            }
        }
        walk(group: 0, offset: 0)
        if overflow { return nil }
        if !unit.isEmpty { for r in out.indices { appendUnit(&out[r]) } }
        return out
    }

    static func splitBeforeSigns(_ piece: Substring) -> [String] {
        var out: [String] = []
        var current = ""
        for c in piece {
            if (c == "+" || c == "-"), !current.isEmpty { out.append(current); current = "" }
            current.append(c)
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    private func appendUnit(_ reading: inout [String]) { reading[reading.count - 1] += unit }

    /// A number as reports print one: no leading zero unless it is `0` or `0.x`, at most one
    /// decimal point, not at either end.
    static func isNumber(_ number: ArraySlice<Character>) -> Bool {
        var digits = number
        if let sign = digits.first, sign == "+" || sign == "-" { digits = digits.dropFirst() }
        guard let first = digits.first, let last = digits.last, first != ".", last != "." else { return false }
        if digits.filter({ $0 == "." }).count > 1 { return false }
        if first == "0", digits.count > 1, digits[digits.index(after: digits.startIndex)] != "." { return false }
        return true
    }
}
