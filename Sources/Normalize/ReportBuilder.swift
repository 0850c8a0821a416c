import Extract

/// Turns a document of any source into a `Report`: sections, canonical grids, checks,
/// repairs and warnings. This is the one grid builder every input path goes through.
public enum ReportBuilder {
    /// - Throws: `ExtractError.notAReport` when the document has none of the national
    ///   format's section headings and none of its tables (a news item, a README): such a
    ///   document is not converted into a report of nulls.
    public static func build(_ document: Document, source: SourceInfo, scope: ReportScope = .complete) throws -> Report {
        var walk = DocumentWalk(format: document.format)
        walk.ocrPages = Set(document.ocrPages)
        for item in SourceStream(document).items { walk.visit(item) }
        guard walk.foundAny else { throw ExtractError.notAReport }
        var report = walk.report(source: source, scope: scope)
        if report.organ == nil { report.organ = document.publisher }
        report.warnings = document.warnings + report.warnings
        return report
    }
}
