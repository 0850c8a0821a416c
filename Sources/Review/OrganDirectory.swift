import FoundationEssentials

/// The organs file (`--organs FILE.csv`): which names are one organ, and which organs are
/// below which. Header `organ,alias,parent,sums_children` (any order, more columns ignored);
/// one row per alias (`alias` may be empty); `parent` names the organ above; `sums_children`
/// (`yes`/`no`, `true`/`false`, `1`/`0`) says whether the organ's section 三 is the sum of its
/// children's. Names are compared by `OrganName.key`. Without the file every organ stands
/// alone under its own (normalized) name.
public struct OrganDirectory: Sendable, Equatable {
    /// An organ as the file names it.
    public struct Organ: Sendable, Equatable {
        public var name: String
        /// The key of the organ above, if any.
        public var parent: String?
        public var sumsChildren: Bool
    }

    /// Organs by key.
    public private(set) var organs: [String: Organ] = [:]
    /// Alias key → organ key.
    public private(set) var aliases: [String: String] = [:]

    public init() {}

    /// Why an organs file cannot be used.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Reads an organs file; throws `Failure` for a header without `organ`, a bad
    /// `sums_children`, an alias given to two organs, or a row without an organ.
    public init(csv data: Data, name: String = "organs file") throws {
        let table = CSVTable(data: data)
        guard let organColumn = table.column("organ") else {
            throw Failure(description: "\(name): the header has no organ column (organ,alias,parent,sums_children)")
        }
        let alias = table.column("alias"), parent = table.column("parent"), sums = table.column("sums_children")
        var parentNames: [String: String] = [:]
        for (n, row) in table.rows.enumerated() {
            let line = n + 2
            let organName = CSVTable.field(row, organColumn)
            guard !organName.isEmpty else { throw Failure(description: "\(name), line \(line): no organ") }
            let key = OrganName.key(organName)
            var organ = organs[key] ?? Organ(name: organName, parent: nil, sumsChildren: false)
            let parentName = CSVTable.field(row, parent)
            if !parentName.isEmpty {
                organ.parent = OrganName.key(parentName)
                parentNames[OrganName.key(parentName)] = parentName
            }
            let flag = CSVTable.field(row, sums).lowercased()
            switch flag {
            case "": break
            case "yes", "true", "1", "y": organ.sumsChildren = true
            case "no", "false", "0", "n": break
            default: throw Failure(description: "\(name), line \(line): sums_children is \"\(flag)\", not yes or no")
            }
            organs[key] = organ
            let aliasName = CSVTable.field(row, alias)
            if !aliasName.isEmpty {
                let aliasKey = OrganName.key(aliasName)
                if let other = aliases[aliasKey], other != key {
                    throw Failure(description: "\(name), line \(line): the alias \(aliasName) is also \(organs[other]?.name ?? other)'s")
                }
                aliases[aliasKey] = key
            }
        }
        // A parent named only as a parent is an organ too (it may have reports).
        for organ in organs.values {
            if let p = organ.parent, organs[p] == nil, aliases[p] == nil {
                organs[p] = Organ(name: parentNames[p] ?? p, parent: nil, sumsChildren: false)
            }
        }
        // A parent written as an alias is the organ the alias names.
        for (key, organ) in organs {
            if let p = organ.parent, let target = aliases[p] { organs[key]?.parent = target }
        }
    }

    /// The key of the organ a report names: its alias's organ, else its own normalized name.
    public func key(of name: String) -> String {
        let k = OrganName.key(name)
        return aliases[k] ?? k
    }

    /// The key a report is grouped under: `nil` when it names no organ (or an empty one).
    public func key(ofReport organ: String?) -> String? {
        organ.flatMap { $0.isEmpty ? nil : key(of: $0) }
    }

    /// The keys of the organs whose parent is `key`, sorted.
    public func children(of key: String) -> [String] {
        organs.filter { $0.value.parent == key }.map(\.key).sorted()
    }
}
