import Normalize
import Review

/// A small review as the page gets it: two organs (某某县人民政府, 某某县教育局) over three
/// years (2021–2023), findings of the three severities, one dismissed, one confirmed, two
/// across reports, one message with a `<script>` in it, and two checks that hold or cannot
/// be decided on one report (never listed).
enum PageFixture {
    static let government = "某某县人民政府"
    static let education = "某某县教育局"

    static let gov2021 = "某某县人民政府/2021年政府信息公开工作年度报告.docx"
    static let gov2022 = "某某县人民政府/2022年政府信息公开工作年度报告.pdf"
    static let gov2023 = "某某县人民政府/2023年政府信息公开工作年度报告.pdf"
    static let gov2023Copy = "某某县人民政府/2023年年度报告（修订）.pdf"
    /// A path with characters HTML must escape.
    static let edu2022 = "某某县教育局/2022 年报&附件\"终稿\".docx"
    static let edu2023 = "某某县教育局/2023年年度报告.pdf"

    static let applicantLabels = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    static let applicantKeys = ["natural_person", "commercial_enterprise", "research_institution",
                                "social_welfare_organization", "legal_service_organization", "other_organization", "total"]

    /// Section 三's table, cut to the rows the findings name (a dotted row key among them).
    static func applications(_ rows: [(String, String, [String?])]) -> PageTable {
        PageTable(id: "applications", title: "三、收到和处理政府信息公开申请情况",
                  columnLabels: applicantLabels, columnKeys: applicantKeys,
                  rows: rows.map { PageRow(key: $0.0, label: $0.1, raw: $0.2) })
    }

    static func applicationRows(new: [String?], carried: [String?], disclosed: [String?], secret: [String?],
                                total: [String?], forward: [String?]) -> PageTable {
        applications([
            ("new_received", "一、本年新收政府信息公开申请数量", new),
            ("carried_over", "二、上年结转政府信息公开申请数量", carried),
            ("disclosed", "三、本年度办理结果 / （一）予以公开", disclosed),
            ("withheld.state_secret", "三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密", secret),
            ("result_total", "三、本年度办理结果 / （七）总计", total),
            ("carried_forward", "四、结转下年度继续办理", forward),
        ])
    }

    static let reviewLitigation = PageTable(
        id: "review_litigation", title: "四、政府信息公开行政复议、行政诉讼情况",
        columnLabels: ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
        columnKeys: ["upheld", "corrected", "other", "pending", "total"],
        rows: [PageRow(key: "administrative_review", label: "行政复议", raw: ["1", "0", "0", nil, "1"])])

    static let reports: [PageReport] = [
        PageReport(path: gov2021, organ: government, year: 2021, edition: "2021", title: "某某县人民政府2021年政府信息公开工作年度报告", status: .ok,
                   tables: [applicationRows(new: ["30", "2", "0", "0", "1", "0", "33"], carried: ["0", "0", "0", "0", "0", "0", "0"],
                                            disclosed: ["20", "1", "0", "0", "1", "0", "22"], secret: ["0", "0", "0", "0", "0", "0", "0"],
                                            total: ["27", "2", "0", "0", "1", "0", "30"], forward: ["3", "0", "0", "0", "0", "0", "3"])]),
        PageReport(path: gov2022, organ: government, year: 2022, edition: "2021", title: "某某县人民政府2022年政府信息公开工作年度报告", status: .findings,
                   tables: [applicationRows(new: ["41", "3", "0", "1", "0", "2", "47"], carried: ["5", "0", "0", "0", "0", "0", "5"],
                                            disclosed: ["30", "2", "0", "1", "0", "1", "34"], secret: ["1", "0", "0", "0", "0", "0", "1"],
                                            total: ["40", "3", "0", "1", "0", "2", "46"], forward: ["4", "0", "0", "0", "0", "0", "4"]),
                            reviewLitigation]),
        PageReport(path: gov2023, organ: government, year: 2023, edition: "2021", status: .findings,
                   tables: [applicationRows(new: ["212", "3", "0", "0", "0", "1", "216"], carried: ["4", "0", "0", "0", "0", "0", "4"],
                                            disclosed: ["150", "2", "0", "0", "0", "1", "153"], secret: ["0", "0", "0", "0", "0", "0", "0"],
                                            total: ["216", "3", "0", "0", "0", "1", "220"], forward: ["0", "0", "0", "0", "0", "0", "0"])]),
        PageReport(path: gov2023Copy, organ: government, year: 2023, edition: "2021", status: .findings, tables: []),
        PageReport(path: edu2022, organ: education, year: 2022, edition: "2021", title: "某某县教育局2022年政府信息公开工作年度报告", status: .findings,
                   tables: [applicationRows(new: ["12", nil, "0", "0", "0", "0", "12"], carried: ["1", "0", "0", "0", "0", "0", "1"],
                                            disclosed: ["8", "0", "0", "0", "0", "0", "8"], secret: ["0", "0", "0", "0", "0", "0", "0"],
                                            total: ["10", "0", "0", "0", "0", "0", "13"], forward: ["0", "0", "0", "0", "0", "0", "0"])]),
        PageReport(path: edu2023, organ: education, year: 2023, edition: "2021", status: .failed, tables: []),
    ]

    static let coverage: [PageCoverage] = [
        PageCoverage(organ: government, statuses: [2021: .present, 2022: .present, 2023: .duplicate]),
        PageCoverage(organ: education, statuses: [2021: .missing, 2022: .present, 2023: .failed]),
    ]

    /// The finding whose message tries to open a script.
    static let scriptMessage = "正文称“本年新收申请 15 件”<script>alert(\"x\")</script>，表三为 12 件"

    static let findings: [PageFinding] = [
        PageFinding(id: "balance-gov-2022", path: gov2022, organ: government, year: 2022,
                    rule: "applications.balance", at: "total", ok: false, severity: .error,
                    message: "一 + 二 = 47 + 5 = 52，三（七）+ 四 = 46 + 4 = 50，相差 2",
                    cells: ["applications.new_received.total", "applications.carried_over.total",
                            "applications.result_total.total", "applications.carried_forward.total"],
                    location: "第3页"),
        PageFinding(id: "total-edu-2022", path: edu2022, organ: education, year: 2022,
                    rule: "applications.result_total", at: "total", ok: false, severity: .error,
                    message: "（一）至（六）之和为 8，（七）总计为 13",
                    cells: ["applications.disclosed.total", "applications.result_total.total"],
                    location: "表 applications 行 result_total", decision: .confirmed, comment: "已通知教育局更正"),
        PageFinding(id: "secret-gov-2022", path: gov2022, organ: government, year: 2022,
                    rule: "applications.withheld", at: "natural_person", ok: false, severity: .error,
                    message: "属于国家秘密 1 件，但（三）不予公开合计未列",
                    cells: ["applications.withheld.state_secret.natural_person"], location: "第3页"),
        PageFinding(id: "carry-gov-2022", path: gov2022, organ: government, year: 2022,
                    rule: "cross_year.carried_over", at: "total", ok: false, severity: .warning,
                    message: "二、上年结转 5 ≠ 2021 年报告四、结转下年度 3",
                    cells: ["applications.carried_over.total"], otherPath: gov2021, location: "第3页"),
        PageFinding(id: "text-edu-2022", path: edu2022, organ: education, year: 2022,
                    rule: "text.new_received", at: "total", ok: false, severity: .warning,
                    message: scriptMessage, cells: ["applications.new_received.total"],
                    location: "规范化文本第 41 行"),
        PageFinding(id: "section5-edu-2022", path: edu2022, organ: education, year: 2022,
                    rule: "sections.five_generic", at: "五", ok: false, severity: .warning,
                    message: "第五部分只有“无”", location: "规范化文本第 88 行",
                    decision: .dismissed, comment: "教育局确无复议，已核实"),
        PageFinding(id: "duplicate-gov-2023", path: gov2023, organ: government, year: 2023,
                    rule: "cross_report.duplicate", at: "report", ok: nil, severity: .warning,
                    message: "同一机关同一年度有两份报告，表三有 2 处不同",
                    cells: ["applications.new_received.natural_person"], otherPath: gov2023Copy, location: "第1页"),
        PageFinding(id: "sharp-gov-2023", path: gov2023, organ: government, year: 2023,
                    rule: "cross_year.sharp_change", at: "applications.new_received.total", ok: false, severity: .info,
                    message: "本年新收 216 件，是上年 47 件的 4.6 倍以上", cells: ["applications.new_received.total"],
                    otherPath: gov2022, location: "第2页"),
        // Never listed: a check that holds, and one undecided on one report (a blank).
        PageFinding(id: "holds-gov-2021", path: gov2021, organ: government, year: 2021,
                    rule: "applications.balance", at: "total", ok: true, severity: .error,
                    message: "一 + 二 = 三（七）+ 四", location: "第3页"),
        PageFinding(id: "blank-edu-2022", path: edu2022, organ: education, year: 2022,
                    rule: "applications.balance", at: "commercial_enterprise", ok: nil, severity: .error,
                    message: "缺少 applications.new_received.commercial_enterprise", location: "第2页"),
    ]

    static func page(generated: String? = nil) -> String {
        ReviewPage.render(reports: reports, findings: findings, coverage: coverage, generated: generated)
    }
}
