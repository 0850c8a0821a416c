extension JSONWriter {
    /// One finding as the report JSON's `checks` hold it (`JSONWriter.check`), as text
    /// indented from `indent` spaces: for tools that list findings outside a report
    /// (`nianbao review --to json`).
    public static func write(_ finding: Check, indent: Int = 0) -> String {
        var out = ""
        check(finding).write(to: &out, indent: indent)
        return out
    }
}
