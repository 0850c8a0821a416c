/// The candidate readings of one row whose values do not sit in their columns, for `GridSolver`.
enum RowReadings {
    static let maxReadings = GridSolver.maxReadings

    /// Every way `values` (in source order) can fill `slots` cells: a run of digits cut into
    /// `slots` numbers; fewer values than cells with the blanks anywhere between them (order
    /// kept); more values than cells with some left out. `nil` when there are too many.
    static func readings(_ values: [CellValue], slots: Int) -> [[CellValue]]? {
        let filled = values.filter { !$0.raw.isEmpty }
        if filled.contains(where: \.isRun) {
            guard filled.count == 1, let run = filled[0].digitRun else { return [] }
            return run.readings(cells: slots)?.map { $0.map { CellValue(source: $0) } }
        }
        if values.count == slots { return [values] }
        var out: [[CellValue]] = []
        if values.count < slots {
            for positions in combinations(of: values.count, in: slots) {
                guard out.count < maxReadings else { return nil }
                var row = [CellValue](repeating: .missing, count: slots)
                for (value, position) in zip(values, positions) { row[position] = value }
                out.append(row)
            }
        } else {
            for kept in combinations(of: slots, in: values.count) {
                guard out.count < maxReadings else { return nil }
                out.append(kept.map { values[$0] })
            }
        }
        return out
    }

    /// The increasing `k`-tuples of `0..<n`, in lexicographic order.
    static func combinations(of k: Int, in n: Int) -> [[Int]] {
        guard k <= n else { return [] }
        var out: [[Int]] = []
        var current: [Int] = []
        func extend(from start: Int) {
            if out.count > maxReadings { return }
            if current.count == k { out.append(current); return }
            let needed = k - current.count
            guard start <= n - needed else { return }
            for i in start...(n - needed) {
                current.append(i)
                extend(from: i + 1)
                current.removeLast()
            }
        }
        extend(from: 0)
        return out
    }
}
