import FoundationEssentials

/// The checks a reviewer makes on one report besides the identities and the prose: the values'
/// domain, blanks, the edition against the year, rows the edition lacks, the six sections,
/// what 五 and 六 must say, and the title's year against the body's.
enum ReportChecks {
    /// Columns whose values are amounts (万元) and may have decimals; every other cell is a count.
    static let amountColumns: Set<String> = ["disclosure_fees.amount", "disclosure_procurement.amount"]
    /// Columns whose values may be negative: the 2019 edition's 本年增/减.
    static let signedColumns: Set<String> = ["change"]
    /// Section 五 shorter than this (characters, spaces aside) says nothing a reviewer can use:
    /// a sentence naming one problem and one measure is about 60.
    static let minimumSection5 = 50
    /// The section titles of the format, each with the words a title must keep to be that section's.
    static let sectionWords: [(number: String, title: String, words: [String])] = [
        ("一", "总体情况", ["总体"]),
        ("二", "主动公开政府信息情况", ["主动公开"]),
        ("三", "收到和处理政府信息公开申请情况", ["申请"]),
        ("四", "政府信息公开行政复议、行政诉讼情况", ["复议", "诉讼"]),
        ("五", "存在的主要问题及改进情况", ["问题", "改进"]),
        ("六", "其他需要报告的事项", ["其他"]),
    ]
    /// 条例第五十条: a 人民政府's report states the results of 考核、社会评议和责任追究 (written
    /// also 考评, 问责).
    static let accountabilityWords = ["考核", "考评", "评议", "责任追究", "问责"]

    struct Context {
        var tables: [CanonicalTable]
        var sections: [Section]
        var edition: Edition
        var year: Int?
        var titleYear: Int?
        var bodyYear: Int?
        var organ: String?
        var nullReasons: [String: String]
    }

    static func checks(_ c: Context) -> [Check] {
        values(c) + blanks(c) + edition(c) + extraRows(c) + sections(c) + section5(c) + section6(c) + titleYear(c)
    }

    static func values(_ c: Context) -> [Check] {
        var out: [Check] = []
        for table in c.tables {
            var bad: [Check] = []
            for row in table.rows + table.extraRows.map({ CanonicalRow(key: "+" + ($0.key ?? ""), label: $0.label, cells: $0.cells) }) {
                for (column, cell) in zip(table.columns, row.cells) {
                    let address = "\(table.id).\(row.key).\(column.key)"
                    let input = [CheckInput.cell(address, cell)]
                    if let value = cell.fixed {
                        if value.less(than: .zero) && !signedColumns.contains(column.key) {
                            bad.append(Check(rule: "value.domain", at: address, ok: false, message: "\(row.label) / \(column.label): 负数 \(value)（计数不能为负）",
                                             inputs: input, expected: "≥ 0", actual: value.description))
                        } else if !value.isInteger && !amountColumns.contains("\(table.id).\(column.key)") {
                            bad.append(Check(rule: "value.domain", at: address, ok: false, message: "\(row.label) / \(column.label): 非整数 \(value)（件数应为整数）",
                                             inputs: input, expected: "整数", actual: value.description))
                        }
                    } else if !Checks.isBlank(cell), c.nullReasons[address] == nil || c.nullReasons[address] == "no_token" {
                        bad.append(Check(rule: "value.domain", at: address, ok: false, severity: .warning,
                                         message: "\(row.label) / \(column.label): 数值单元格中是文字“\(cell.raw)”", inputs: input,
                                         expected: "数字", actual: cell.raw))
                    }
                }
            }
            out += bad.isEmpty ? [Check(rule: "value.domain", at: table.id, ok: true, message: "\(table.title): 每个数值都是非负整数或金额")] : bad
        }
        return out
    }

    /// Blanks per table, as `info`: a blank is never 0, but a reviewer wants to know where they are.
    static func blanks(_ c: Context) -> [Check] {
        c.tables.map { table in
            var blank: [CheckInput] = []
            for row in table.rows {
                for (column, cell) in zip(table.columns, row.cells) where Checks.isBlank(cell) {
                    let address = "\(table.id).\(row.key).\(column.key)"
                    if let reason = c.nullReasons[address], !FindingContext.blankReasons.contains(reason) { continue }
                    blank.append(.cell(address, cell))
                }
            }
            let names = blank.prefix(8).compactMap(\.cell).joined(separator: ", ") + (blank.count > 8 ? " …" : "")
            return Check(rule: "blanks", at: table.id, ok: blank.isEmpty, severity: .info,
                         message: blank.isEmpty ? "\(table.title): 无空白单元格" : "\(table.title): \(blank.count) 个空白单元格（不计为 0）: \(names)",
                         inputs: blank, actual: String(blank.count))
        }
    }

    static func edition(_ c: Context) -> [Check] {
        guard let year = c.year else {
            return [Check(rule: "edition.year", at: "edition", ok: nil, severity: .warning, message: "报告年度不明，无法核对表格版本 \(c.edition.rawValue)")]
        }
        let expected: Edition = year >= 2021 ? .e2021 : .e2019
        return [Check(rule: "edition.year", at: "edition", ok: c.edition == expected, severity: .warning,
                      message: c.edition == expected ? "\(year) 年度报告使用 \(c.edition.rawValue) 版格式"
                                                    : "\(year) 年度报告应使用 \(expected.rawValue) 版格式，实际为 \(c.edition.rawValue) 版",
                      expected: expected.rawValue, actual: c.edition.rawValue)]
    }

    /// Rows the source prints that the edition's grid lacks (kept under `extra_rows`).
    static func extraRows(_ c: Context) -> [Check] {
        c.tables.map { table in
            let labels = table.extraRows.map(\.label)
            return Check(rule: "rows.edition", at: table.id, ok: labels.isEmpty, severity: .warning,
                         message: labels.isEmpty ? "\(table.title): 行与 \(c.edition.rawValue) 版格式一致"
                                                 : "\(table.title): 有 \(c.edition.rawValue) 版格式没有的行: \(labels.joined(separator: "；"))",
                         inputs: table.extraRows.enumerated().map { i, r in
                             CheckInput(cell: "\(table.id).+\(i + 1)", value: nil, raw: r.label, section: nil, text: nil, report: nil)
                         })
        }
    }

    static func sections(_ c: Context) -> [Check] {
        var out: [Check] = []
        let numbers = c.sections.map(\.number)
        for (number, title, words) in sectionWords {
            guard let section = c.sections.first(where: { $0.number == number }) else {
                out.append(Check(rule: "sections.present", at: number, ok: false, severity: .warning, message: "缺少第\(number)部分（\(title)）",
                                 expected: title))
                continue
            }
            let ok = words.contains { section.title.contains($0) }
            out.append(Check(rule: "sections.present", at: number, ok: ok, severity: .warning,
                             message: ok ? "第\(number)部分：\(section.title)" : "第\(number)部分的标题“\(section.title)”不是格式的“\(title)”",
                             inputs: [.text(section.title, section: number)], expected: title, actual: section.title))
        }
        let canonical = sectionWords.map(\.number)
        let inOrder = numbers == canonical.filter(numbers.contains) && Set(numbers).count == numbers.count
        out.append(Check(rule: "sections.order", at: "sections", ok: inOrder, severity: .warning,
                         message: inOrder ? "各部分按一至六的顺序出现" : "各部分的顺序或编号不对：\(numbers.joined(separator: "、"))",
                         expected: canonical.joined(separator: "、"), actual: numbers.joined(separator: "、")))
        return out
    }

    static func section5(_ c: Context) -> [Check] {
        guard let five = c.sections.first(where: { $0.number == "五" }) else { return [] }
        let text = five.text.filter { !$0.isWhitespace }
        var out: [Check] = []
        let empty = text.isEmpty || ["无", "无。", "暂无", "暂无。", "没有"].contains(text)
        let short = text.count < minimumSection5
        out.append(Check(rule: "section5.content", at: "五", ok: !(empty || short), severity: .warning,
                         message: empty ? "第五部分（存在的主要问题及改进情况）为空或只写“无”"
                                        : short ? "第五部分只有 \(text.count) 字，少于 \(minimumSection5) 字" : "第五部分 \(text.count) 字",
                         inputs: [.text(String(five.text.prefix(200)), section: "五")], actual: String(text.count)))
        if let organ = c.organ, organ.hasSuffix("人民政府") {
            // The results may be stated anywhere (often in 一's 监督保障); the report must state them.
            let rest = c.sections.map(\.text).joined()
            let found = accountabilityWords.filter { rest.contains($0) }
            out.append(Check(rule: "section5.accountability", at: "五", ok: !found.isEmpty, severity: .warning,
                             message: found.isEmpty ? "人民政府的报告未写政府信息公开工作考核、社会评议和责任追究结果（条例第五十条）"
                                                    : "写有：\(found.joined(separator: "、"))",
                             expected: accountabilityWords.joined(separator: "、"), actual: found.joined(separator: "、")))
        }
        return out
    }

    /// 六 says whether 信息处理费 was charged (国办函〔2020〕109号); where it says none was, 三（六）2
    /// (applications dropped for a fee not paid) should be 0. 表二's 行政事业性收费 is another thing.
    /// `未发出收费通知`, `不涉及信息处理费`: no fee was asked for.
    static let noFeeNotice = TextPattern(anyOf: [
        [.word(["未", "没有", "不曾"]), .word(["发出", "下发", "送达", "开具"]), .gap(max: 6, except: TextPattern.clause),
         .word(["收费", "缴费"]), .word(["通知"])],
        [.word(["不", "未"]), .word(["涉及"]), .gap(max: 6, except: TextPattern.clause), .word(["信息处理费"])],
    ])

    static func section6(_ c: Context) -> [Check] {
        guard let six = c.sections.first(where: { $0.number == "六" }) else { return [] }
        let address = "applications.other_handling.overdue_fee.total"
        let cell = c.tables.first { $0.id == "applications" }?.row("other_handling.overdue_fee")?.cells.last
        guard let sentence = ProseChecks.sentences(six.text).first(where: { $0.contains("信息处理费") }) else {
            return [Check(rule: "section6.fee", at: "六", ok: false, severity: .warning,
                          message: "第六部分未说明信息处理费的收取情况", inputs: [.text(String(six.text.prefix(200)), section: "六")])]
        }
        var inputs = [CheckInput.text(String(sentence), section: "六")]
        // `未收取` agrees with applications dropped for a fee not paid (a notice was sent, nothing
        // was paid); `未发出收费通知` and `不涉及` do not.
        let noNotice = noFeeNotice.occurs(in: sentence)
        if c.edition == .e2021 {
            inputs.append(.cell(address, cell))
            if noNotice, let v = cell?.fixed, !v.sameValue(as: .zero) {
                return [Check(rule: "section6.fee", at: "六", ok: false, severity: .warning,
                              message: "第六部分称未发出收费通知，但表中 三（六）2 逾期未按收费通知缴费、不再处理 为 \(v)", inputs: inputs,
                              expected: "0", actual: v.description)]
            }
        }
        return [Check(rule: "section6.fee", at: "六", ok: true, severity: .warning, message: "第六部分：“\(sentence)”", inputs: inputs)]
    }

    static func titleYear(_ c: Context) -> [Check] {
        guard let t = c.titleYear, let b = c.bodyYear else {
            return [Check(rule: "title.year", at: "year", ok: nil, severity: .warning,
                          message: c.titleYear == nil ? "标题未写年度" : "正文未写年度")]
        }
        return [Check(rule: "title.year", at: "year", ok: t == b, severity: .warning,
                      message: t == b ? "标题与正文均为 \(t) 年度" : "标题为 \(t) 年度，正文所述为 \(b) 年",
                      expected: String(b), actual: String(t))]
    }
}
