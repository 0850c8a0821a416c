/// The key reports are grouped by: an organ's name normalized so that spellings of one name
/// meet, and nothing more. Full-width letters, digits and signs become ASCII (U+FF01–FF5E,
/// the ideographic space), ASCII letters lower case, and white space and punctuation
/// (`（）()·、-“”` …) are dropped. Nothing else is: no suffix (办公室, 人民政府) is cut and no
/// characters are replaced by others, so two different bodies never get one key. Aliases
/// (云溪县政府 for 云溪县人民政府) come from the organs file, not from here.
public enum OrganName {
    public static func key(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            var s = scalar
            if (0xFF01...0xFF5E).contains(s.value), let ascii = Unicode.Scalar(s.value - 0xFEE0) { s = ascii }
            if s.value == 0x3000 { continue }
            if s.properties.isWhitespace { continue }
            switch s.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                 .finalPunctuation, .otherPunctuation, .control, .format:
                continue
            default: break
            }
            if ("A"..."Z").contains(s) { s = Unicode.Scalar(s.value + 32)! }
            out.append(s)
        }
        return String(out)
    }
}
