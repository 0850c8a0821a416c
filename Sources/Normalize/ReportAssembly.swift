import Extract

/// The stages after the walk has located every paragraph and row, in order: the tables are
/// solved (`Solve`), units checked, the checks computed (`Check`), and the report assembled.
extension DocumentWalk {
    func report(source: SourceInfo, scope: ReportScope = .complete) -> Report {
        var walk = self
        walk.readTokenTables()
        return walk.assemble(source: source, scope: scope)
    }

    func assemble(source: SourceInfo, scope: ReportScope = .complete) -> Report {
        let applications = ApplicationsReading(rows: applicationRows)
        let overview = sections.first { $0.number == "一" }?.lines ?? []
        let body = opening + sections.flatMap(\.lines)
        let header = ReportHeader(opening: opening, body: body, overview: overview)
        let edition = Self.edition(disclosure: disclosure, applications: applications, year: header.year)

        var warnings = header.warnings
        var repairs: [Repair] = []
        let disclosureTables = DisclosureTables(reading: disclosure, edition: edition)
        if !disclosure.found { warnings.append("section 二 has no tables in the source; their cells are null") }
        let applicationsTable = ApplicationsTable(reading: applications, edition: edition, found: !applicationRows.isEmpty,
                                                  fromTokens: applicationsFromTokens)
        let reviewTable = ReviewTable(reading: review, found: review.found)
        warnings += disclosureTables.warnings + applicationsTable.warnings + reviewTable.warnings
        repairs += disclosureTables.repairs + applicationsTable.repairs + reviewTable.repairs

        var tables = disclosureTables.tables + [applicationsTable.table, reviewTable.table]
        var unreadable: Set<String> = []
        for table in tables {
            for row in table.rows { for (c, cell) in row.cells.enumerated() where cell.unreadable { unreadable.insert("\(table.id).\(row.key).\(c)") } }
        }
        warnings += Self.nullUnreadable(&tables)
        let units = CellUnits.check(&tables)
        repairs += units.repairs
        warnings += units.warnings
        // The checks read the tables as they are output (unplaceable cells already null).
        func grid(_ id: String) -> Checks.Grid {
            var grid: Checks.Grid = [:]
            for table in tables where table.id == id { for row in table.rows { grid[row.key] = row.cells } }
            return grid
        }
        // A scanned table's values that a check of the format contradicts are null (`OCRDoubt`).
        if !ocrPages.isEmpty {
            let scanned = Set(tables.map(\.id).filter { id in pages[Self.context(ofTable: id)].map(ocrPages.contains) ?? false })
            let failing = (Checks.applications(grid(ApplicationsTable.id), edition: edition, standIn: applicationsTable.standIn)
                           + Checks.reviewLitigation(grid(ReviewTable.id))).filter { $0.ok == false }.map { $0.inputs.compactMap(\.cell) }
            let doubt = OCRDoubt.nullFailing(&tables, failing: failing, scanned: scanned)
            warnings += doubt.warnings
            unreadable.formUnion(doubt.nulled)
        }

        let joinBroken = !format.hasAuthoredParagraphs
        // The paragraphs before section 一, less the title lines (never joined to the text after them).
        let preamble = opening.filter { line in header.title.map { !$0.contains(line) } ?? true }
        let outSections = sections.map { s in
            Section(number: s.number, title: s.title,
                    text: (joinBroken ? ParagraphJoin.joinBroken(s.lines) : s.lines).joined(separator: "\n"))
        }
        let nullCells = Self.nullCells(tables, solved: disclosureTables.solverNulls + applicationsTable.solverNulls
                                         + reviewTable.solverNulls, unreadable: unreadable)
        var checks: [Check] = []
        if scope == .complete {
            var nullReasons: [String: String] = [:]
            for null in nullCells { nullReasons["\(null.table).\(null.row).\(null.column)"] = null.reason }
            checks = Checks.applications(grid(ApplicationsTable.id), edition: edition, standIn: applicationsTable.standIn)
                + Checks.reviewLitigation(grid(ReviewTable.id))
                + ReportChecks.checks(.init(tables: tables, sections: outSections, edition: edition, year: header.year,
                                            titleYear: header.titleYear, bodyYear: header.bodyYear, organ: header.organ,
                                            nullReasons: nullReasons))
                + ProseChecks.checks(sections: outSections, tables: tables, edition: edition, year: header.year)
        }
        var report = Report(source: source, title: header.title, organ: header.organ, year: header.year, edition: edition,
                            sections: outSections, tables: tables, checks: checks, repairs: repairs, warnings: warnings,
                            preamble: joinBroken ? ParagraphJoin.joinBroken(preamble) : preamble)
        report.nullCells = nullCells
        for table in tables { report.tablePages[table.id] = pages[Self.context(ofTable: table.id)] }
        if scope == .complete { FindingContext.complete(&report) }
        return report
    }

    /// The part of the walk a canonical table's rows were met in.
    static func context(ofTable id: String) -> Context {
        id == ApplicationsTable.id ? .applications : id == ReviewTable.id ? .review : .disclosure
    }

    /// Every canonical cell without a number, with the solver's reason where it has one.
    static func nullCells(_ tables: [CanonicalTable], solved: [GridSolver.Null], unreadable: Set<String>) -> [NullCell] {
        var reasons: [String: String] = [:]
        for null in solved { reasons["\(null.table).\(null.row).\(null.column)"] = null.reason.rawValue }
        var out: [NullCell] = []
        for table in tables {
            for row in table.rows {
                for (c, cell) in row.cells.enumerated() where cell.number == nil {
                    let address = "\(table.id).\(row.key).\(c)"
                    let reason = reasons[address] ?? (unreadable.contains(address) ? "unreadable"
                        : CellValue.nullMarkers.contains(cell.raw) ? "null_marker" : "no_token")
                    out.append(NullCell(table: table.id, row: row.key, column: table.columns[c].key, reason: reason))
                }
            }
        }
        return out
    }

    /// Cells whose number could not be placed (`CellValue.unreadable`: a text-dump row with
    /// numbers run together in one cell, or with values on the lines of two rows) become null;
    /// one warning per row says so.
    static func nullUnreadable(_ tables: inout [CanonicalTable]) -> [String] {
        var warnings: [String] = []
        func clear(_ cells: inout [CellValue], at address: String) {
            let illegible = cells.filter { $0.unreadable && CellValue.isIllegible($0.raw) }.map(\.raw)
            let bad = cells.filter { $0.unreadable && !CellValue.isIllegible($0.raw) }.map(\.raw)
            guard !bad.isEmpty || !illegible.isEmpty else { return }
            for c in cells.indices where cells[c].unreadable { cells[c] = .missing }
            if !illegible.isEmpty {
                warnings.append("\(address): \(illegible.count) value\(illegible.count == 1 ? "" : "s") with an unreadable digit (\(illegible.joined(separator: " | ")); U+FFFD stands for a digit OCR was unsure of, or bytes that were not text) \(illegible.count == 1 ? "is" : "are") null")
            }
            guard !bad.isEmpty else { return }
            warnings.append("\(address): the row has numbers run together in one cell (\(bad.joined(separator: " | "))), as when an extraction merges columns, or its values lie on a line it shares with another row; its values cannot be placed and are null")
        }
        for t in tables.indices {
            for r in tables[t].rows.indices {
                clear(&tables[t].rows[r].cells, at: "\(tables[t].id).\(tables[t].rows[r].key)")
            }
            for r in tables[t].extraRows.indices {
                clear(&tables[t].extraRows[r].cells, at: "\(tables[t].id) extra row \(tables[t].extraRows[r].label)")
            }
        }
        return warnings
    }

    /// The edition whose tables the report uses: section 二's column headers decide; then
    /// the layout of （六）其他处理; then the year (2021 and later use the 2021 edition).
    static func edition(disclosure: DisclosureReading, applications: ApplicationsReading, year: Int?) -> Edition {
        let vote = disclosure.editionVote
        if vote > 0 { return .e2021 }
        if vote < 0 { return .e2019 }
        let keys = applications.items.compactMap(\.key)
        if keys.contains(where: { $0.hasPrefix("other_handling.") }) { return .e2021 }
        if applications.items.contains(where: { $0.key == "other_handling" && $0.hasValues }) { return .e2019 }
        if let year, year < 2021 { return .e2019 }
        return .e2021
    }
}
