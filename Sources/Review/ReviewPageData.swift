import Batch
import FoundationEssentials
import Normalize

/// A review's result as the review page takes it (`ReviewPage.write`): each report with its
/// rebuilt tables, each finding with the cells of its report it read, and each organ's years.
/// Fed one path's entry at a time (`add`) as the review's records are read; each listed
/// finding's item, which holds its report's tables, is rendered then and kept in a
/// `SpillFile` until `write` puts the items in the page's order. What stays in memory is a
/// line per report and, per listed finding, its facts (`PageFindingFacts`) and its item's
/// place in the spill file.
final class ReviewPageData {
    private let result: ReviewResult
    /// The reports as the page lists them (no tables), failed inputs last.
    private let reports: [PageReport]
    /// Renders the items; its `reports` are the page's reports by path (no tables).
    private let list: PageFindingList
    private let organOf: [String: (organ: String?, year: Int?)]
    private let spill: SpillFile
    /// The listed findings so far: `rank` is a finding's place among its path's in the page's
    /// order (the rule, at and id that order them are in its item only).
    private var listed: [(facts: PageFindingFacts, rank: Int, item: SpillFile.Chunk)] = []
    /// The rules met, so that the facts of every finding of a rule share one string.
    private var rules: Set<String> = []

    /// `directory` (which must exist) holds the spill file while the page is made.
    init(_ result: ReviewResult, directory: URL) throws {
        self.result = result
        var organOf: [String: (organ: String?, year: Int?)] = [:]
        for r in result.sources { organOf[r.path] = (r.organ, r.year) }
        var reports = result.sources.map { r in
            PageReport(path: r.path, organ: r.organ, year: r.year, edition: r.edition, title: r.title,
                       status: result.openPaths.contains(r.path) ? .findings : .ok)
        }
        for path in result.failedPaths where organOf[path] == nil {
            reports.append(PageReport(path: path, edition: "", status: .failed))
        }
        var byPath: [String: PageReport] = [:]
        for report in reports where byPath[report.path] == nil { byPath[report.path] = report }
        self.reports = reports
        list = PageFindingList(reports: byPath)
        self.organOf = organOf
        spill = try SpillFile(in: directory)
    }

    /// Renders the listed findings of one path with its first report's tables (rebuilt
    /// only when the path has one).
    func add(_ entry: ReviewResult.Entry) throws {
        guard entry.findings.contains(where: \.isFailing) else { return }
        var report = list.reports[entry.path]
        if let record = entry.reports.first?.record { report?.tables = Self.tables(record) }
        let findings = entry.findings.filter(\.isFailing).map { f in
            PageFinding(
                id: f.fingerprint, path: f.path, organ: organOf[f.path]?.organ, year: organOf[f.path]?.year,
                rule: f.check.rule, at: f.check.at, ok: f.check.ok, severity: f.check.severity, message: f.check.message,
                cells: f.check.inputs.compactMap { $0.report == nil ? $0.cell : nil },
                otherPath: f.check.inputs.lazy.compactMap(\.report).first, location: Self.location(f.check.location),
                decision: f.decision.flatMap { PageDecision(rawValue: $0.rawValue) }, comment: f.comment)
        }
        for (rank, finding) in findings.sorted(by: PageFindingList.precedes).enumerated() {
            var facts = finding.facts
            facts.rule = rules.insert(facts.rule).memberAfterInsert
            listed.append((facts, rank, try spill.append(list.item(finding, in: report))))
        }
    }

    /// Writes the page to `url` atomically.
    func write(to url: URL, generated: String? = nil) throws {
        let ordered = listed.sorted { a, b in PageFindingList.precedes(a.facts, b.facts) ?? (a.rank < b.rank) }
        try AtomicFile.write(to: url) { emit in
            try ReviewPage.write(reports: reports, listed: ordered.map(\.facts), coverage: Self.coverage(result),
                                 generated: generated, emit: { try emit(Data($0.utf8)) },
                                 item: { try spill.read(ordered[$0].item) })
        }
    }

    /// `第3页，表 applications 行 new_received，规范化文本第 27 行`.
    static func location(_ l: CheckLocation?) -> String {
        guard let l else { return "" }
        var parts: [String] = []
        if let page = l.page { parts.append("第\(page)页") }
        if let table = l.table { parts.append(l.row.map { "表 \(table) 行 \($0)" } ?? "表 \(table)") }
        if let section = l.section { parts.append("第\(section)部分") }
        if let line = l.line { parts.append("规范化文本第 \(line) 行") }
        return parts.joined(separator: "，")
    }

    /// The report's canonical tables rebuilt from its cells, grid rows in order.
    static func tables(_ r: ReportRecord) -> [PageTable] {
        var order: [String] = []
        var cellsOf: [String: [CellRecord]] = [:]
        for cell in r.cells where !cell.isExtra {
            if cellsOf[cell.table] == nil { order.append(cell.table) }
            cellsOf[cell.table, default: []].append(cell)
        }
        let edition = Edition(rawValue: r.edition) ?? .e2021
        return order.map { id in
            let cells = cellsOf[id] ?? []
            var columns: [(key: String, label: String)] = []
            var rows: [(key: String, label: String, raw: [String: String])] = []
            for cell in cells {
                if !columns.contains(where: { $0.key == cell.column }) { columns.append((cell.column, cell.columnLabel)) }
                if rows.last?.key != cell.row { rows.append((cell.row, cell.label, [:])) }
                rows[rows.count - 1].raw[cell.column] = cell.raw
            }
            return PageTable(id: id, title: Template.table(id, edition)?.title ?? id, columnLabels: columns.map(\.label),
                             columnKeys: columns.map(\.key),
                             rows: rows.map { row in
                                 PageRow(key: row.key, label: row.label,
                                         raw: columns.map { row.raw[$0.key].flatMap { $0.isEmpty ? nil : $0 } })
                             })
        }
    }

    /// Each organ's years from its first report to its last: present, duplicate (two reports),
    /// missing; an input that failed to convert names no organ and is listed as a report.
    static func coverage(_ result: ReviewResult) -> [PageCoverage] {
        var years: [String: [Int: Int]] = [:]
        var names: [String: String] = [:]
        for r in result.sources {
            guard let organ = r.organ, !organ.isEmpty, let year = r.year else { continue }
            let key = result.organs.key(of: organ)
            years[key, default: [:]][year, default: 0] += 1
            if names[key] == nil { names[key] = result.organs.organs[key]?.name ?? organ }
        }
        return years.keys.sorted().map { key in
            let counts = years[key]!
            let span = counts.keys.min()!...counts.keys.max()!
            var statuses: [Int: PageCoverageStatus] = [:]
            for year in span {
                let n = counts[year] ?? 0
                statuses[year] = n == 0 ? .missing : n == 1 ? .present : .duplicate
            }
            return PageCoverage(organ: names[key]!, statuses: statuses)
        }
    }
}
