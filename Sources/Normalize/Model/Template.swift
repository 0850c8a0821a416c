/// The national format's tables (`shared/spec/report-json.md` §1), for both editions.

/// An edition of the national format.
public enum Edition: String, Sendable, Equatable, CaseIterable {
    /// 国办公开办函〔2021〕30号, for report years 2021 and later.
    case e2021 = "2021"
    /// The earlier edition, for report years 2019 and 2020.
    case e2019 = "2019"
}

/// One column or row of a canonical table: a stable key and the edition's label.
public struct TemplateEntry: Sendable, Equatable {
    public let key: String
    public let label: String
}

/// A canonical table of one edition.
public struct TemplateTable: Sendable, Equatable {
    public let id: String
    public let title: String
    public let columns: [TemplateEntry]
    public let rows: [TemplateEntry]
}

/// The canonical tables of each edition, in the contract's order.
public enum Template {
    public static func tables(_ edition: Edition) -> [TemplateTable] {
        edition == .e2021 ? tables2021 : tables2019
    }

    public static func table(_ id: String, _ edition: Edition) -> TemplateTable? {
        tables(edition).first { $0.id == id }
    }

    static func e(_ key: String, _ label: String) -> TemplateEntry { TemplateEntry(key: key, label: label) }

    static let decisions2021 = [e("decisions", "本年处理决定数量")]
    static let items2019 = [e("previous_year", "上一年项目数量"), e("change", "本年增/减"), e("decisions", "处理决定数量")]

    static let tables2021: [TemplateTable] = [
        TemplateTable(id: "disclosure_rules", title: "第二十条第（一）项",
                      columns: [e("issued", "本年制发件数"), e("repealed", "本年废止件数"), e("in_force", "现行有效件数")],
                      rows: [e("regulations", "规章"), e("normative_documents", "行政规范性文件")]),
        TemplateTable(id: "disclosure_licensing", title: "第二十条第（五）项",
                      columns: decisions2021, rows: [e("administrative_licensing", "行政许可")]),
        TemplateTable(id: "disclosure_enforcement", title: "第二十条第（六）项",
                      columns: decisions2021,
                      rows: [e("administrative_penalty", "行政处罚"), e("administrative_coercion", "行政强制")]),
        TemplateTable(id: "disclosure_fees", title: "第二十条第（八）项",
                      columns: [e("amount", "本年收费金额（单位：万元）")],
                      rows: [e("administrative_fees", "行政事业性收费")]),
        applications(.e2021),
        reviewLitigation,
    ]

    static let tables2019: [TemplateTable] = [
        TemplateTable(id: "disclosure_rules", title: "第二十条第（一）项",
                      columns: [e("newly_made", "本年新制作数量"), e("newly_published", "本年新公开数量"),
                                e("total_published", "对外公开总数量")],
                      rows: [e("regulations", "规章"), e("normative_documents", "规范性文件")]),
        TemplateTable(id: "disclosure_licensing", title: "第二十条第（五）项",
                      columns: items2019,
                      rows: [e("administrative_licensing", "行政许可"), e("other_external_management", "其他对外管理服务事项")]),
        TemplateTable(id: "disclosure_enforcement", title: "第二十条第（六）项",
                      columns: items2019,
                      rows: [e("administrative_penalty", "行政处罚"), e("administrative_coercion", "行政强制")]),
        TemplateTable(id: "disclosure_fees", title: "第二十条第（八）项",
                      columns: [e("previous_year", "上一年项目数量"), e("change", "本年增/减")],
                      rows: [e("administrative_fees", "行政事业性收费")]),
        TemplateTable(id: "disclosure_procurement", title: "第二十条第（九）项",
                      columns: [e("items", "采购项目数量"), e("amount", "采购总金额（单位：万元）")],
                      rows: [e("government_procurement", "政府集中采购")]),
        applications(.e2019),
        reviewLitigation,
    ]

    /// The applicant columns of section 三, in order; the last is 总计.
    static let applicantColumns = [
        e("natural_person", "自然人"), e("commercial_enterprise", "商业企业"), e("research_institution", "科研机构"),
        e("social_welfare_organization", "社会公益组织"), e("legal_service_organization", "法律服务机构"),
        e("other_organization", "其他"), e("total", "总计"),
    ]

    static let resultGroup = "三、本年度办理结果"

    /// Rows of section 三 shared by both editions, before （六）.
    static let applicationRowsHead: [TemplateEntry] = {
        let r = resultGroup
        let w = "\(r) / （三）不予公开"
        let u = "\(r) / （四）无法提供"
        let n = "\(r) / （五）不予处理"
        return [
            e("new_received", "一、本年新收政府信息公开申请数量"),
            e("carried_over", "二、上年结转政府信息公开申请数量"),
            e("disclosed", "\(r) / （一）予以公开"),
            e("partially_disclosed", "\(r) / （二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
            e("withheld.state_secret", "\(w) / 1.属于国家秘密"),
            e("withheld.prohibited_by_law", "\(w) / 2.其他法律行政法规禁止公开"),
            e("withheld.three_safeties_one_stability", "\(w) / 3.危及\u{201C}三安全一稳定\u{201D}"),
            e("withheld.third_party_rights", "\(w) / 4.保护第三方合法权益"),
            e("withheld.internal_affairs", "\(w) / 5.属于三类内部事务信息"),
            e("withheld.process_information", "\(w) / 6.属于四类过程性信息"),
            e("withheld.enforcement_files", "\(w) / 7.属于行政执法案卷"),
            e("withheld.query_items", "\(w) / 8.属于行政查询事项"),
            e("unavailable.not_held", "\(u) / 1.本机关不掌握相关政府信息"),
            e("unavailable.needs_creation", "\(u) / 2.没有现成信息需要另行制作"),
            e("unavailable.unclear_after_correction", "\(u) / 3.补正后申请内容仍不明确"),
            e("not_processed.petition_complaint", "\(n) / 1.信访举报投诉类申请"),
            e("not_processed.duplicate", "\(n) / 2.重复申请"),
            e("not_processed.publication", "\(n) / 3.要求提供公开出版物"),
            e("not_processed.mass_repeated", "\(n) / 4.无正当理由大量反复申请"),
            e("not_processed.confirm_or_reissue", "\(n) / 5.要求行政机关确认或重新出具已获取信息"),
        ]
    }()

    static let otherHandling2021: [TemplateEntry] = {
        let o = "\(resultGroup) / （六）其他处理"
        return [
            e("other_handling.overdue_correction", "\(o) / 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
            e("other_handling.overdue_fee", "\(o) / 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
            e("other_handling.other", "\(o) / 3.其他"),
        ]
    }()

    static let otherHandling2019 = e("other_handling", "\(resultGroup) / （六）其他处理")

    static func applications(_ edition: Edition) -> TemplateTable {
        let middle = edition == .e2021 ? otherHandling2021 : [otherHandling2019]
        return TemplateTable(
            id: "applications", title: "三、收到和处理政府信息公开申请情况", columns: applicantColumns,
            rows: applicationRowsHead + middle + [
                e("result_total", "\(resultGroup) / （七）总计"),
                e("carried_forward", "四、结转下年度继续办理"),
            ])
    }

    static let reviewLitigation = TemplateTable(
        id: "review_litigation", title: "四、政府信息公开行政复议、行政诉讼情况",
        columns: [e("upheld", "结果维持"), e("corrected", "结果纠正"), e("other", "其他结果"),
                  e("pending", "尚未审结"), e("total", "总计")],
        rows: [e("administrative_review", "行政复议"), e("litigation_direct", "行政诉讼 / 未经复议直接起诉"),
               e("litigation_after_review", "行政诉讼 / 复议后起诉")])

    /// The keys of the result rows under 三 that （七）总计 sums, for an edition.
    static func resultRowKeys(_ edition: Edition) -> [String] {
        let rows = applications(edition).rows.map(\.key)
        let start = rows.firstIndex(of: "disclosed")!
        let end = rows.firstIndex(of: "result_total")!
        return Array(rows[start..<end])
    }
}
