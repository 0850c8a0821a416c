/// One finding: the outcome of a check on one report (an identity of the format, a value's
/// domain, the prose against the tables, the structure) or across reports (`Review`). Every
/// check is reported, passing or not; a finding never changes a printed number.
public struct Check: Sendable, Equatable {
    /// The rule's name (`applications.balance`, `text.new_received`, `cross_year.carried_over`).
    public var rule: String
    /// Where the rule applies: a column or row key, a cell address, a section number, `report`.
    public var at: String
    /// `true` holds, `false` broken, `nil` cannot be decided (the message names what is missing;
    /// a blank is never counted as 0).
    public var ok: Bool?
    public var severity: Severity
    public var message: String
    /// The cells and text the finding read.
    public var inputs: [CheckInput] = []
    /// What the rule expects (the other side of the formula, or the table's number a
    /// statement is checked against) and what the source has, as decimal text or words.
    public var expected: String? = nil
    public var actual: String? = nil
    /// For a failing or undecided finding: `conversion` where an input was touched by a repair
    /// or named in a warning (the fault may be nianbao's reading), else `source`.
    public var cause: Cause? = nil
    /// For an identity undecided only because of blank cells: whether it would hold with them as 0.
    public var ifBlankZero: Bool? = nil
    public var location: CheckLocation? = nil

    /// Whether a finding is something to look at: broken (`ok: false`), or undecided on a rule
    /// across reports (`cross_year.*`, `cross_report.*`: a chain that cannot be followed; a
    /// one-report check's `null` is its own blanks' matter). The review's lists, `--fail-on` and
    /// the review page all use this.
    public static func isFailing(rule: String, ok: Bool?) -> Bool {
        ok == false || (ok == nil && rule.hasPrefix("cross_"))
    }

    public var isFailing: Bool { Check.isFailing(rule: rule, ok: ok) }

    /// One of the format's identities (contract §4: `applications.*`, `review_litigation.*`).
    public var isFormatIdentity: Bool { rule.hasPrefix("applications.") || rule.hasPrefix("review_litigation.") }

    public init(rule: String, at: String, ok: Bool?, severity: Severity = .error, message: String,
                inputs: [CheckInput] = [], expected: String? = nil, actual: String? = nil) {
        self.rule = rule
        self.at = at
        self.ok = ok
        self.severity = severity
        self.message = message
        self.inputs = inputs
        self.expected = expected
        self.actual = actual
    }

    public enum Severity: String, Sendable, CaseIterable, Comparable {
        /// The format's identities and impossible values.
        case error
        /// The prose against the tables, the structure, findings across reports.
        case warning
        /// Plausibility: sharp changes, blanks.
        case info

        public static func < (a: Severity, b: Severity) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    public enum Cause: String, Sendable {
        case conversion, source
    }
}

/// An input of a finding: a cell (address `table.row.column`, its value and raw text, and the
/// report it is in when that is another one), or a span of a section's text.
public struct CheckInput: Sendable, Equatable {
    public var cell: String?
    public var value: String?
    public var raw: String?
    public var section: String?
    public var text: String?
    /// The path of the other report, for a finding across reports.
    public var report: String?

    public static func cell(_ address: String, _ value: CellValue?, report: String? = nil) -> CheckInput {
        CheckInput(cell: address, value: value?.number, raw: value?.raw ?? "", section: nil, text: nil, report: report)
    }

    public static func text(_ span: String, section: String) -> CheckInput {
        CheckInput(cell: nil, value: nil, raw: nil, section: section, text: span, report: nil)
    }

    public init(cell: String?, value: String?, raw: String?, section: String?, text: String?, report: String?) {
        self.cell = cell
        self.value = value
        self.raw = raw
        self.section = section
        self.text = text
        self.report = report
    }
}

/// Where a reviewer finds a finding: the canonical table and row, or the section, the line of
/// the normalized text (`--to text`, from 1) that shows it, and for a PDF the page its table starts on.
public struct CheckLocation: Sendable, Equatable {
    public var table: String?
    public var row: String?
    public var section: String?
    public var line: Int?
    /// The page of the source the table starts on (PDF).
    public var page: Int?

    public init(table: String? = nil, row: String? = nil, section: String? = nil, line: Int? = nil, page: Int? = nil) {
        self.table = table
        self.row = row
        self.section = section
        self.line = line
        self.page = page
    }
}
