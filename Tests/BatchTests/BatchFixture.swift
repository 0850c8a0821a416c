import Batch
import Foundation
import TestSupport

/// A scratch folder with input folders made from samples, one OUTDIR and one database, and
/// readers for what a batch leaves there.
struct BatchFixture {
    let work: URL
    let out: URL
    let database: String

    init(_ name: String) throws {
        work = try Scratch.directory(name)
        out = work.appendingPathComponent("out")
        database = work.appendingPathComponent("reports.db").path
    }

    func remove() { try? FileManager.default.removeItem(at: work) }

    /// A folder `name` holding copies of the given samples.
    func folder(_ name: String, _ samples: [String]) throws -> URL {
        let url = work.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for sample in samples {
            try FileManager.default.copyItem(atPath: Samples.path(sample),
                                             toPath: url.appendingPathComponent((sample as NSString).lastPathComponent).path)
        }
        return url
    }

    func run(_ paths: [String]) throws -> BatchSummary {
        try BatchEngine.run(BatchOptions(paths: paths, outputDirectory: out, jobs: 2, sqlitePath: database, version: "test"))
    }

    /// The `file` column of cells.csv, each file once, in order.
    func csvFiles() throws -> [String] {
        var files: [String] = []
        for row in try csvRows().dropFirst() where files.last != row[0] { files.append(row[0]) }
        return files
    }

    /// cells.csv, header included.
    func csvRows() throws -> [[String]] {
        readCSV(String(decoding: try Data(contentsOf: out.appendingPathComponent("cells.csv")).dropFirst(3), as: UTF8.self))
    }

    func indexPaths() throws -> [String] { try indexLines(out).map { $0["path"] as! String } }

    func reportsInDatabase() throws -> [String?] { try SQLiteDatabase(path: database).column("SELECT path FROM reports ORDER BY path") }
}
