import FoundationEssentials

/// A message made fit for nianbao's one line on stderr and for `index.jsonl`'s `error`: a C
/// library's reason (libxml2, libzip, poppler), or any message nianbao prints. For example libxml2 ends some reasons with a second line
/// (`Input is not proper UTF-8, indicate encoding !` then `Bytes: 0xFF 0xFE …`).
public enum OneLine {
    /// The text's lines, each trimmed, the empty ones left out, joined by one space; other
    /// control characters become spaces.
    public static func fold(_ text: String) -> String {
        let scalars = text.unicodeScalars.map { scalar -> Unicode.Scalar in
            DisplayName.isControl(scalar) || scalar.value == 0x2028 || scalar.value == 0x2029 ? "\n" : scalar
        }
        return String(String.UnicodeScalarView(scalars))
            .split(separator: "\n")
            .map { $0.trimmingSpaces() }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }
}
