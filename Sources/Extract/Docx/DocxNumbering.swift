import FoundationEssentials

/// The numbering definitions of `numbering.xml` (`w:abstractNum` and `w:num`).
struct DocxNumberingDefinitions {
    /// One `w:lvl`.
    struct Level {
        var start = 0
        var format = "decimal"
        /// The `w:format` of a `w:numFmt w:val="custom"` (Word 2010's `w14` choice).
        var customFormat: String?
        var text: String?
        /// `w:lvlRestart`: the 1-based level whose use restarts this one; 0 never restarts.
        var restart: Int?
        var suffix = "tab"
        var isLegal = false
        var styleId: String?
    }

    struct AbstractNumbering {
        var levels: [Int: Level] = [:]
        /// `w:numStyleLink`: the numbering style whose `w:numId` holds the real definition.
        var numStyleLink: String?
    }

    /// One `w:num`: an abstract numbering and its level overrides.
    struct Instance {
        var abstractId: Int
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: Level] = [:]
    }

    var abstracts: [Int: AbstractNumbering] = [:]
    var instances: [Int: Instance] = [:]

    init() {}

    init(data: Data, partName: String, limits: ReadLimits) throws {
        let walker = try WordXMLWalker(data: data, partName: partName, limits: limits)
        while let node = try walker.next() {
            guard node.kind == .start else { continue }
            switch node.tag {
            case .numbering: continue
            case .abstractNum:
                guard let id = WordValue.integer(walker.attribute("abstractNumId")) else { try walker.skip(node); continue }
                var abstract = AbstractNumbering()
                while let inner = try walker.next(inside: node) {
                    guard inner.kind == .start else { continue }
                    switch inner.tag {
                    case .lvl:
                        let ilvl = WordValue.integer(walker.attribute("ilvl")) ?? 0
                        abstract.levels[ilvl] = try Self.level(inner, walker)
                    case .numStyleLink: abstract.numStyleLink = walker.attribute("val")
                    default: try walker.skip(inner)
                    }
                }
                abstracts[id] = abstract
            case .num:
                guard let id = WordValue.integer(walker.attribute("numId")) else { try walker.skip(node); continue }
                var instance = Instance(abstractId: -1)
                while let inner = try walker.next(inside: node) {
                    guard inner.kind == .start else { continue }
                    switch inner.tag {
                    case .abstractNumId: instance.abstractId = WordValue.integer(walker.attribute("val")) ?? -1
                    case .lvlOverride:
                        let ilvl = WordValue.integer(walker.attribute("ilvl")) ?? 0
                        while let override = try walker.next(inside: inner) {
                            guard override.kind == .start else { continue }
                            switch override.tag {
                            case .startOverride:
                                if let start = Self.startValue(walker.attribute("val")) { instance.startOverrides[ilvl] = start }
                            case .lvl: instance.levelOverrides[ilvl] = try Self.level(override, walker)
                            default: try walker.skip(override)
                            }
                        }
                    default: try walker.skip(inner)
                    }
                }
                instances[id] = instance
            default:
                try walker.skip(node)
            }
        }
    }

    /// A `w:start` or `w:startOverride` value, within 0…32 767 (Word's own range); a hostile
    /// `9223372036854775807` overflowed the counter on the next paragraph.
    private static func startValue(_ value: String?) -> Int? {
        WordValue.integer(value).map { min(max($0, 0), 32_767) }
    }

    private static func level(_ lvl: WordNode, _ walker: WordXMLWalker) throws -> Level {
        var level = Level()
        while let node = try walker.next(inside: lvl) {
            guard node.kind == .start else { continue }
            switch node.tag {
            case .start: level.start = startValue(walker.attribute("val")) ?? 0
            case .numFmt:
                level.format = walker.attribute("val") ?? "decimal"
                level.customFormat = walker.attribute("format")
            case .lvlText: level.text = walker.attribute("val")
            case .lvlRestart: level.restart = WordValue.integer(walker.attribute("val"))
            case .suff: level.suffix = walker.attribute("val") ?? "tab"
            case .isLgl: level.isLegal = WordValue.isOn(walker.attribute("val"))
            case .pStyle: level.styleId = walker.attribute("val")
            default: try walker.skip(node)
            }
        }
        return level
    }
}

/// The running counters of automatic numbering, advanced paragraph by paragraph in reading
/// order.
///
/// Counters are kept per abstract numbering definition, so that every `w:num` sharing one
/// continues the same sequence (as Word does); a `w:num` with a `w:startOverride` has its own
/// counters, starting from the override. Using a level restarts the deeper levels unless
/// their `w:lvlRestart` says otherwise.
struct DocxNumbering {
    /// A numbered paragraph's label and what separates it from the text.
    struct Label: Equatable {
        var label: String
        /// " " for `w:suff w:val="space"`, "" for "tab" (the default) and "nothing".
        var separator: String
    }

    private enum CounterKey: Hashable {
        case abstract(Int)
        case instance(Int)
    }

    private let definitions: DocxNumberingDefinitions
    private let styles: DocxStyles
    private var counters: [CounterKey: [Int?]] = [:]

    init(definitions: DocxNumberingDefinitions, styles: DocxStyles) {
        self.definitions = definitions
        self.styles = styles
    }

    /// Advances the counters for a paragraph numbered `numId` at `level` (or at the level
    /// its style is linked to) and returns its label; `nil` for `numId` 0 or an unknown list.
    mutating func advance(numId: Int, level: Int?, styleId: String?) -> Label? {
        guard numId != 0, let instance = definitions.instances[numId],
              let resolved = resolveAbstract(instance.abstractId) else { return nil }
        let (abstractId, abstract) = resolved
        let levelIndex = min(max(level ?? abstract.levels.first(where: { $0.value.styleId == styleId && styleId != nil })?.key ?? 0, 0), 8)
        func definition(_ index: Int) -> DocxNumberingDefinitions.Level? {
            instance.levelOverrides[index] ?? abstract.levels[index]
        }
        func start(_ index: Int) -> Int {
            instance.startOverrides[index] ?? definition(index)?.start ?? 0
        }
        guard let current = definition(levelIndex) else { return nil }

        let key: CounterKey = instance.startOverrides.isEmpty ? .abstract(abstractId) : .instance(numId)
        var values = counters[key] ?? Array(repeating: nil, count: 9)
        values[levelIndex] = values[levelIndex].map { $0 + 1 } ?? start(levelIndex)
        for deeper in (levelIndex + 1)..<9 {
            let restart = definition(deeper)?.restart
            let threshold = restart.map { $0 > deeper ? deeper : $0 } ?? deeper
            if levelIndex < threshold { values[deeper] = nil }
        }
        counters[key] = values

        let text = current.text ?? ""
        let label: String
        if current.format == "bullet" {
            label = text
        } else {
            label = Self.substitute(text) { placeholder in
                let index = placeholder - 1
                let value = values[index] ?? start(index)
                let level = definition(index) ?? DocxNumberingDefinitions.Level()
                if current.isLegal && index < levelIndex { return String(value) }
                return NumberFormat.format(value, as: level.format, custom: level.customFormat)
            }
        }
        let separator = current.suffix == "space" ? " " : ""
        return Label(label: label, separator: separator)
    }

    /// The abstract numbering of an id, following `w:numStyleLink` through the style's
    /// `w:numId` (a few steps at most).
    private func resolveAbstract(_ id: Int) -> (Int, DocxNumberingDefinitions.AbstractNumbering)? {
        var id = id
        for _ in 0..<4 {
            guard let abstract = definitions.abstracts[id] else { return nil }
            guard let link = abstract.numStyleLink else { return (id, abstract) }
            guard let numId = styles.chain(from: link).lazy.compactMap(\.properties.numId).first,
                  let next = definitions.instances[numId]?.abstractId, next != id else { return nil }
            id = next
        }
        return nil
    }

    /// Replaces `%1` … `%9` in a `w:lvlText`.
    private static func substitute(_ text: String, _ value: (Int) -> String) -> String {
        guard text.contains("%") else { return text }
        var result = ""
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if scalar == "%", let digit = pending, ("1"..."9").contains(digit) {
                result += value(Int(digit.value - 48))
                pending = scalars.next()
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// Renders counter values in the `w:numFmt` formats.
enum NumberFormat {
    static func format(_ value: Int, as format: String, custom: String? = nil) -> String {
        switch format {
        case "decimal": return String(value)
        case "decimalZero": return value >= 0 && value < 10 ? "0\(value)" : String(value)
        case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "taiwaneseCounting",
             "taiwaneseCountingThousand", "ideographDigital":
            return chinese(value)
        case "ideographTraditional":
            guard value > 0 else { return String(value) }
            return String(Array("甲乙丙丁戊己庚辛壬癸")[(value - 1) % 10])
        case "ideographZodiac":
            guard value > 0 else { return String(value) }
            return String(Array("子丑寅卯辰巳午未申酉戌亥")[(value - 1) % 12])
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String(value).unicodeScalars.map { scalar in
                ("0"..."9").contains(scalar) ? Character(Unicode.Scalar(scalar.value - 0x30 + 0xFF10)!) : Character(scalar)
            })
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "decimalEnclosedFullstop", "decimalEnclosedParen":
            if value == 0 { return "\u{24EA}" }
            if (1...20).contains(value) { return String(Character(Unicode.Scalar(0x2460 + UInt32(value - 1))!)) }
            return String(value)
        case "lowerLetter": return letters(value, base: "a")
        case "upperLetter": return letters(value, base: "A")
        case "lowerRoman": return roman(value).lowercased()
        case "upperRoman": return roman(value)
        case "none": return ""
        case "custom": return customFormat(value, custom)
        default: return String(value)
        }
    }

    /// 一 … 十, 十一 … 十九, 二十, 二十一 … 九十九, 一百, 一百零一, 一百一十 … (up to 99 999).
    static func chinese(_ value: Int) -> String {
        let digits = Array("〇一二三四五六七八九")
        guard value >= 0, value < 100_000 else { return String(value) }
        if value < 10 { return String(digits[value]) }
        if value < 20 { return "十" + (value == 10 ? "" : String(digits[value - 10])) }
        let units: [(Int, String)] = [(10_000, "万"), (1_000, "千"), (100, "百"), (10, "十"), (1, "")]
        var result = ""
        var rest = value
        var zeroPending = false
        for (unit, name) in units {
            let digit = rest / unit
            rest %= unit
            if digit == 0 {
                if !result.isEmpty { zeroPending = true }
                continue
            }
            if zeroPending { result += "零"; zeroPending = false }
            result += String(digits[digit]) + name
        }
        return result
    }

    /// a … z, aa … zz, aaa … (Word repeats the letter), up to 20 letters; larger values are
    /// written in digits (a counter of 10¹² asked for a 38 GB label).
    static func letters(_ value: Int, base: Character) -> String {
        guard value > 0, value <= 26 * 20 else { return String(value) }
        let letter = Character(Unicode.Scalar(base.unicodeScalars.first!.value + UInt32((value - 1) % 26))!)
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return String(value) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value
        var result = ""
        for (amount, symbol) in table {
            while rest >= amount { result += symbol; rest -= amount }
        }
        return result
    }

    /// Word 2010's custom formats name the sequence by its first items ("001, 002, 003, ...",
    /// "一, 二, 三, ..."): zero-padded decimals and the Chinese and circled styles are known.
    private static func customFormat(_ value: Int, _ custom: String?) -> String {
        let first = custom?.split(separator: ",").first.map { $0.trimmingSpaces() } ?? ""
        if !first.isEmpty, first.allSatisfy({ $0.isASCII && $0.isNumber }) {
            let digits = String(value)
            return String(repeating: "0", count: max(first.count - digits.count, 0)) + digits
        }
        switch first.first {
        case "一": return chinese(value)
        case "甲": return format(value, as: "ideographTraditional")
        case "①": return format(value, as: "decimalEnclosedCircle")
        case "１": return format(value, as: "decimalFullWidth")
        default: return String(value)
        }
    }
}
