import Normalize

// The page's Chinese words for the inputs' codes, in one place so every part of the page
// (header, grid, filters, list) names a code the same way.

extension Check.Severity {
    /// 错误, 警告, 提示.
    var pageLabel: String {
        switch self {
        case .error: "错误"
        case .warning: "警告"
        case .info: "提示"
        }
    }
}

extension PageDecision {
    /// 已确认, 已排除.
    var pageLabel: String {
        switch self {
        case .confirmed: "已确认"
        case .dismissed: "已排除"
        }
    }
}

extension PageCoverageStatus {
    /// 已有, 缺失, 失败, 重复.
    var pageLabel: String {
        switch self {
        case .present: "已有"
        case .missing: "缺失"
        case .failed: "转换失败"
        case .duplicate: "重复"
        }
    }
}

extension PageReportStatus {
    /// 通过, 有问题, 转换失败.
    var pageLabel: String {
        switch self {
        case .ok: "通过"
        case .findings: "有问题"
        case .failed: "转换失败"
        }
    }
}

/// What the page says for a finding without a decision.
let pageUndecidedLabel = "未审核"
