import FoundationEssentials

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

    /// A run of `text` (digits, `.` and spaces; full-width forms already folded), or `nil` when
    /// it holds anything else.
    init?(_ text: String, kind: Kind = .glued) {
        self.kind = kind
        var body = Substring(text)
        let unit = CellValue.unitSuffix(text) ?? ""
        body = body.dropLast(unit.count)
        // A sign starts a number (`1+0143`: 1, +0, 143 in a 本年增/减 column).
        let pieces = (kind == .glued ? body.split(whereSeparator: { $0 == " " }).flatMap(Self.splitBeforeSigns)
            : body.components(separatedBy: "  ").map { $0.trimmingSpaces() }.filter { !$0.isEmpty })
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
    /// first); empty when there is none, `nil` when there are more than `GridSolver.maxReadings`.
    ///
    /// Each piece is a row of atoms joined into consecutive numbers, never across pieces: in a
    /// glued run the atoms are single characters (a cut may fall anywhere), in a spaced run the
    /// words a single space separates (a number is never cut).
    func readings(cells: Int) -> [[String]]? {
        let groups: [[String]] = pieces.map { piece in
            kind == .glued ? piece.map { String($0) } : piece.split(separator: " ").map(String.init)
        }
        var out: [[String]] = []
        var current: [String] = []
        var overflow = false
        func walk(group: Int, offset: Int) {
            if overflow { return }
            if group == groups.count {
                if current.count == cells { out.append(current); if out.count > GridSolver.maxReadings { overflow = true } }
                return
            }
            let atoms = groups[group]
            if offset == atoms.count { walk(group: group + 1, offset: 0); return }
            // Every group still to come needs a cell of its own.
            guard current.count + (groups.count - group) <= cells else { return }
            for end in (offset + 1)...atoms.count {
                let number = atoms[offset..<end].joined()
                guard Self.isNumber(ArraySlice(number)) else { continue }
                current.append(number)
                walk(group: group, offset: end)
                current.removeLast()
            }
        }
        walk(group: 0, offset: 0)
        if overflow { return nil }
        if !unit.isEmpty { for r in out.indices { out[r][out[r].count - 1] += unit } }
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
