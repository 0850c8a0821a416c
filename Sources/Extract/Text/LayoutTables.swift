/// Finds and reads space-aligned tables (`pdftotext -layout` output).
///
/// A region is a run of lines whose text falls into segments separated by two or more
/// spaces, with at least two such lines and some numbers. Single-segment lines between them
/// (wrapped label fragments, vertical label characters) belong to the region; a top-level
/// heading (`四、…`) or a line of prose ends it.
///
/// Cells are placed in column slots. `pdftotext -layout` keeps columns aligned by character
/// offset within a page but not across pages, so slots are found per page of the region:
/// value slots from the rows holding the most values (their segment centres), label slots
/// from the start offsets of the labels in front of the values. Pages are then put side by
/// side by slot order, label slots aligned from the right (the innermost label level is the
/// one every page has).
enum LayoutTables {
    typealias Segment = TextShapes.Segment

    struct Region: Equatable {
        var start: Int
        /// Exclusive; `end - 1` is the region's last non-blank line.
        var end: Int
    }

    /// What region finding needs to know about each line.
    struct LineFacts {
        var segments: [Segment]
        var isBlank: Bool
        var hasTab: Bool
        var isHeading: Bool
        /// A line that reads as prose: long (near the typical width) or ending a sentence.
        var isProse: Bool
        /// A line of prose near the typical line width.
        var isLongProse: Bool

        var isMulti: Bool { !isBlank && !hasTab && segments.count >= 2 }
        var isFragment: Bool { !isBlank && !hasTab && segments.count == 1 && !isHeading && !isProse }
    }

    static func findRegions(_ facts: [LineFacts]) -> [Region] {
        var regions: [Region] = []
        var lastEnd = 0
        var i = 0
        let n = facts.count
        while i < n {
            guard facts[i].isMulti else { i += 1; continue }
            var last = i
            var k = i + 1
            scan: while k < n {
                let f = facts[k]
                if f.isBlank { k += 1; continue }
                if f.isMulti { last = k; k += 1; continue }
                guard f.isFragment else { break }
                // Fragments belong to the table only when another aligned line follows.
                var m = k + 1
                var seen = 0
                while m < n, seen < 8 {
                    if facts[m].isBlank { m += 1; continue }
                    if facts[m].isMulti { last = m; k = m + 1; continue scan }
                    if !facts[m].isFragment { break }
                    seen += 1
                    m += 1
                }
                break
            }
            var first = i
            var b = i - 1
            var taken = 0
            while b >= lastEnd, taken < 6 {
                if facts[b].isBlank { b -= 1; continue }
                guard facts[b].isFragment else { break }
                // The last line of a wrapped paragraph sits right under a long prose line.
                if b > 0, facts[b - 1].isLongProse { break }
                first = b
                taken += 1
                b -= 1
            }
            let multis = (first...last).filter { facts[$0].isMulti }
            let hasNumbers = multis.contains { facts[$0].segments.contains { $0.isNumeric } }
            if multis.count >= 2 && hasNumbers {
                regions.append(Region(start: first, end: last + 1))
                lastEnd = last + 1
            }
            i = last + 1
        }
        return regions
    }

    // MARK: - Slots

    /// One non-blank line of a region.
    private struct Row {
        var segments: [Segment]
        var part: Int
        var firstValue: Int? { segments.firstIndex { $0.isNumeric } }
    }

    /// The column geometry of one page of a region.
    private struct PartGeometry {
        /// Start offsets of the label levels, left to right.
        var labelStarts: [Int] = []
        /// Centres of the value columns, left to right.
        var valueCenters: [Double] = []
        /// Segments of rows without numbers that end to the right of this are values.
        var valueAreaStart = 0
        var hasData = false
    }

    /// Reads a region's lines into rows of cells, every row as wide as the table.
    static func rows(of region: Region, lines: [TextLine], facts: [LineFacts]) -> (rows: [[String]], unaligned: Set<Int>) {
        var rows: [Row] = []
        var part = 0
        for index in region.start..<region.end {
            if index > region.start && lines[index].breakBefore { part += 1 }
            if facts[index].isBlank { continue }
            rows.append(Row(segments: facts[index].segments, part: part))
        }
        let parts = part + 1
        var geometry = (0..<parts).map { p in measure(rows.filter { $0.part == p }) }
        // A page without numbers borrows the geometry of the nearest page that has them.
        for p in 0..<parts where !geometry[p].hasData {
            let donor = (p + 1..<parts).first { geometry[$0].hasData } ?? (0..<p).last { geometry[$0].hasData }
            if let donor { geometry[p] = geometry[donor] }
        }
        let labelSlots = geometry.map(\.labelStarts.count).max() ?? 0
        let valueSlots = geometry.map(\.valueCenters.count).max() ?? 0

        var table: [[String]] = []
        var unaligned: Set<Int> = []
        var width = labelSlots + valueSlots
        for row in rows {
            let g = geometry[row.part]
            let split: Int
            if let firstValue = row.firstValue {
                split = firstValue
            } else {
                // A header segment reaching into the value area heads a value column; a lone
                // segment (a sub-table title, a wrapped label) is a value only if it starts there.
                split = row.segments.count == 1
                    ? (row.segments[0].start >= g.valueAreaStart ? 0 : 1)
                    : row.segments.firstIndex { $0.end > g.valueAreaStart } ?? row.segments.count
            }
            var cells = [String](repeating: "", count: width)
            func put(_ text: String, at slot: Int) {
                while cells.count <= slot { cells.append("") }
                cells[slot] = cells[slot].isEmpty ? text : cells[slot] + " " + text
            }
            // Labels: the level whose start is nearest at or left of the segment.
            var previous = -1
            let shift = labelSlots - g.labelStarts.count
            for segment in row.segments[..<split] {
                guard labelSlots > 0 else { break }
                let level = g.labelStarts.lastIndex { $0 <= segment.start + 2 } ?? 0
                var slot = max(level + shift, previous + 1)
                if slot >= labelSlots { slot = max(previous, 0) }
                put(segment.text, at: slot)
                previous = slot
            }
            // Values: in order when the row has them all, else by nearest column centre.
            let values = labelSlots > 0 ? Array(row.segments[split...]) : row.segments
            previous = -1
            // Too few numbers that show no column: where they belong is unknown. They stay
            // together in the first value cell, which reads as numbers run together (null, warned).
            // So do numbers that sit left of every value column (a line the dump did not align,
            // `pdftotext -raw`): their offset says nothing of their column.
            let leftOfValues = values.contains { $0.end <= g.valueAreaStart - Self.valueAreaTolerance }
            if !values.isEmpty, values.count < g.valueCenters.count, values.allSatisfy(\.unplaced) || leftOfValues {
                if leftOfValues { unaligned.insert(table.count) }
                put(values.map(\.text).joined(separator: " "), at: labelSlots)
                width = max(width, cells.count)
                table.append(cells)
                continue
            }
            // More numbers than columns, some one space apart: a number may be spaced out. The
            // row's numbers stay together, with their spacing, for the solver to read.
            if values.count > g.valueCenters.count, !g.valueCenters.isEmpty, hasSingleSpaceGap(values[...]) {
                put(spacedText(values), at: labelSlots)
                width = max(width, cells.count)
                table.append(cells)
                continue
            }
            for (ordinal, segment) in values.enumerated() {
                var slot: Int
                if values.count == g.valueCenters.count {
                    slot = ordinal
                } else if g.valueCenters.isEmpty {
                    slot = ordinal
                } else {
                    slot = nearest(segment.center, in: g.valueCenters)
                }
                slot = max(slot, previous + 1)
                put(segment.text, at: labelSlots + slot)
                previous = slot
            }
            width = max(width, cells.count)
            table.append(cells)
        }
        return (table.map { $0.count < width ? $0 + Array(repeating: "", count: width - $0.count) : $0 }, unaligned)
    }

    private static func measure(_ rows: [Row]) -> PartGeometry {
        var g = PartGeometry()
        let data = rows.filter { $0.firstValue != nil }
        guard !data.isEmpty else { return g }
        g.hasData = true
        let valueCounts = data.map { $0.segments.count - $0.firstValue! }
        var k = valueCounts.max()!
        var references = data.filter { $0.segments.count - $0.firstValue! == k }
        // Rows whose numbers are one space apart may hold a number spaced out (`３ ４` for 34),
        // which would add a column that is not there: where rows without such a gap show fewer
        // columns, they set the columns, and the spaced rows are left to the solver.
        let clean = data.filter { !hasSingleSpaceGap($0) }
        let cleanMax = clean.map({ $0.segments.count - $0.firstValue! }).max() ?? 0
        if cleanMax < k, cleanMax >= 2 {
            k = cleanMax
            references = clean.filter { $0.segments.count - $0.firstValue! == k }
        }
        g.valueCenters = (0..<k).map { column in
            median(references.map { $0.segments[$0.firstValue! + column].center })
        }
        // No row without such a gap to go by (every row has a number spaced out): the columns are
        // the groups of numbers two or more spaces apart, where rows show at least two of them.
        if cleanMax < 2 {
            let grouped = data.map { groups($0.segments[$0.firstValue!...]) }
            if let most = grouped.map(\.count).max(), most >= 2, most < k {
                let rows = grouped.filter { $0.count == most }
                g.valueCenters = (0..<most).map { column in median(rows.map { $0[column].center }) }
            }
        }
        // Where rows with a label start their values; numbers alone on a line may sit anywhere.
        let labelled = data.filter { $0.firstValue! > 0 }
        g.valueAreaStart = (labelled.isEmpty ? data : labelled).map { $0.segments[$0.firstValue!].start }.min()!
        // Label levels: chains of label start offsets no more than 2 characters apart.
        let starts = Set(data.flatMap { $0.segments[..<$0.firstValue!].map(\.start) }).sorted()
        var chainEnd = 0
        for start in starts {
            if g.labelStarts.isEmpty || start - chainEnd > 2 { g.labelStarts.append(start) }
            chainEnd = start
        }
        return g
    }

    /// How far left of the leftmost value column a number may start and still be read by its
    /// column (centred numbers in a wide column start a little left of the others).
    static let valueAreaTolerance = 2

    /// The character gap between two value segments that only one space separates.
    static let singleSpaceGap = 1

    private static func hasSingleSpaceGap(_ row: Row) -> Bool {
        guard let first = row.firstValue else { return false }
        return hasSingleSpaceGap(row.segments[first...])
    }

    private static func hasSingleSpaceGap(_ values: ArraySlice<Segment>) -> Bool {
        zip(values, values.dropFirst()).contains { $1.start - $0.end <= singleSpaceGap }
    }

    /// Value segments with the ones one space apart merged: the groups two or more spaces apart.
    private static func groups(_ values: ArraySlice<Segment>) -> [Segment] {
        var out: [Segment] = []
        for segment in values {
            if let last = out.last, segment.start - last.end <= singleSpaceGap {
                out[out.count - 1] = Segment(text: last.text + " " + segment.text, start: last.start, end: segment.end,
                                             isNumeric: true)
            } else {
                out.append(segment)
            }
        }
        return out
    }

    /// The segments' texts with the spacing they had: one space where one was, two where more were.
    private static func spacedText(_ values: [Segment]) -> String {
        var text = values.first?.text ?? ""
        for (a, b) in zip(values, values.dropFirst()) {
            text += (b.start - a.end <= singleSpaceGap ? " " : "  ") + b.text
        }
        return text
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }

    private static func nearest(_ x: Double, in centers: [Double]) -> Int {
        var best = 0
        for i in centers.indices where abs(centers[i] - x) < abs(centers[best] - x) { best = i }
        return best
    }
}
