import FoundationEssentials

/// Why a workbook was not written, in one sentence naming the file (and the cell, where one
/// cell was the cause). No part of the file is left behind.
public struct WorkbookError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
    public var errorDescription: String? { message }
}
