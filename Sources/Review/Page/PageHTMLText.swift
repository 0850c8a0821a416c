import Extract
import FoundationEssentials

/// Text made safe for HTML, in element content and in double-quoted attribute values alike:
/// paths, organ names and messages come from the files a batch read, so none of them may
/// open a tag or close an attribute.
enum PageHTMLText {
    /// `s` with `&`, `<`, `>`, `"` and `'` as character references.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// `s` percent-encoded for a URL fragment parameter value (what the page's script reads
    /// back with `URLSearchParams`): everything but ASCII letters and digits is encoded.
    static func fragmentValue(_ s: String) -> String {
        var out = ""
        for byte in s.utf8 {
            let isPlain = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            if isPlain {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + NumberText.hex(byte)
            }
        }
        return out
    }
}
