import Foundation
import Testing

/// Whether the tests that need LibreOffice run. They run wherever `scripts/setup.sh` ran (it
/// installs LibreOffice), CI included, and fail there when `soffice` is missing: a missing
/// LibreOffice is never a silent skip. Only `NIANBAO_NO_LIBREOFFICE=1` (the set-up was told to
/// leave LibreOffice out) skips them, and the skip says so.
public enum LibreOfficeGate {
    public static let variable = "NIANBAO_NO_LIBREOFFICE"
    public static let skipped = ProcessInfo.processInfo.environment[variable] == "1"
    public static let reason: Comment = "skipped: NIANBAO_NO_LIBREOFFICE=1 (set-up without LibreOffice), so legacy files are not converted"
}
