import FoundationEssentials

/// The stream names an OLE compound file (MS-CFB) lists in its directory, read far enough to
/// tell what the file is: a legacy `.doc`/`.wps`, or an Office Open XML document encrypted with
/// a password (MS-OFFCRYPTO: the encrypted package sits in a compound file beside its
/// `EncryptionInfo`).
///
/// Only the header, the sectors of the allocation table (FAT) that the directory's chain runs
/// through, and the directory sectors themselves are read. Every sector number is checked
/// against the file's length, every chain is followed at most once through each sector (a
/// loop ends it), so garbage after the OLE signature costs at most one pass over the file and
/// gives `nil`, never a trap.
struct CompoundFileDirectory {
    /// The names of the stream entries, in directory order.
    private(set) var streamNames: [String] = []
    /// Where each stream starts (its first sector) and how long it is, by name (the first
    /// entry of a name wins).
    private var streamStarts: [String: (sector: UInt32, size: UInt64)] = [:]

    /// The stream pair MS-OFFCRYPTO puts in a password-protected OOXML file (Word, Excel or
    /// PowerPoint alike: which one it is cannot be told without the password).
    var isEncryptedPackage: Bool {
        streamNames.contains("EncryptionInfo") && streamNames.contains("EncryptedPackage")
    }

    /// Header fields (MS-CFB 2.2), by byte offset.
    private enum Header {
        static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        static let size = 512
        static let sectorShift = 0x1E
        static let fatSectorCount = 0x2C
        static let firstDirectorySector = 0x30
        static let miniStreamCutoff = 0x38
        static let firstDIFATSector = 0x44
        static let difatSectorCount = 0x48
        static let difat = 0x4C
        /// FAT sector numbers held in the header itself.
        static let difatEntries = 109
    }

    /// Sector numbers from 0xFFFFFFFA up mark free sectors and chain ends, not sectors.
    private static let lastRegularSector: UInt32 = 0xFFFF_FFF9
    private static let directoryEntrySize = 128
    /// The object type of a stream entry (1 is a storage, 5 the root).
    private static let streamType: UInt8 = 2
    /// Entry names are at most 31 UTF-16 code units and a NUL: 64 bytes.
    private static let maxNameBytes = 64

    private let bytes: [UInt8]
    private let sectorSize: Int
    private let sectorCount: Int

    /// Reads the directory, or returns `nil` when the bytes are not a consistent compound file.
    init?(data: Data) {
        bytes = [UInt8](data)
        guard bytes.count >= Header.size, bytes.starts(with: Header.signature) else { return nil }
        let shift = Int(Self.uint16(bytes, Header.sectorShift))
        // Version 3 files use 512-byte sectors, version 4 files 4096-byte ones.
        guard shift == 9 || shift == 12 else { return nil }
        sectorSize = 1 << shift
        // The header takes the first sector's place: sector n starts at (n + 1) × the sector size.
        sectorCount = bytes.count / sectorSize - 1
        guard sectorCount > 0 else { return nil }
        guard let fatSectors = fatSectorNumbers() else { return nil }
        var visited = Set<UInt32>()
        var sector = Self.uint32(bytes, Header.firstDirectorySector)
        while sector <= Self.lastRegularSector {
            guard Int(sector) < sectorCount, visited.insert(sector).inserted else { return nil }
            let start = offset(of: sector)
            for entry in stride(from: start, to: start + sectorSize, by: Self.directoryEntrySize) {
                if let name = streamName(at: entry) {
                    streamNames.append(name)
                    if streamStarts[name] == nil {
                        streamStarts[name] = (Self.uint32(bytes, entry + 0x74), UInt64(Self.uint32(bytes, entry + 0x78)))
                    }
                }
            }
            guard let next = fatEntry(of: sector, fatSectors: fatSectors) else { return nil }
            sector = next
        }
        if streamNames.isEmpty { return nil }
    }

    /// The first `count` bytes of stream `name` when they lie in its first sector (streams of
    /// at least the mini-stream cutoff, 4096 bytes, live in regular sectors; smaller ones in
    /// the mini stream are not read), else `nil`.
    func streamHead(_ name: String, count: Int) -> [UInt8]? {
        guard let (sector, size) = streamStarts[name], count <= sectorSize, size >= UInt64(count),
              size >= UInt64(Self.uint32(bytes, Header.miniStreamCutoff)),
              sector <= Self.lastRegularSector, Int(sector) < sectorCount else { return nil }
        let start = offset(of: sector)
        guard start + count <= bytes.count else { return nil }
        return Array(bytes[start..<(start + count)])
    }

    /// The FAT's sector numbers: the header's 109, then those of the DIFAT sector chain.
    private func fatSectorNumbers() -> [UInt32]? {
        let declared = Int(Self.uint32(bytes, Header.fatSectorCount))
        guard declared <= sectorCount else { return nil }
        var numbers: [UInt32] = []
        for i in 0..<Header.difatEntries {
            let number = Self.uint32(bytes, Header.difat + 4 * i)
            if number <= Self.lastRegularSector { numbers.append(number) }
        }
        var visited = Set<UInt32>()
        var difat = Self.uint32(bytes, Header.firstDIFATSector)
        let perSector = sectorSize / 4 - 1  // the last entry names the next DIFAT sector
        while difat <= Self.lastRegularSector, numbers.count < declared {
            guard Int(difat) < sectorCount, visited.insert(difat).inserted else { return nil }
            let start = offset(of: difat)
            for i in 0..<perSector {
                let number = Self.uint32(bytes, start + 4 * i)
                if number <= Self.lastRegularSector { numbers.append(number) }
            }
            difat = Self.uint32(bytes, start + 4 * perSector)
        }
        return numbers
    }

    /// Where sector `number` (checked to be below `sectorCount`) starts.
    private func offset(of number: UInt32) -> Int { (Int(number) + 1) * sectorSize }

    /// The sector after `sector` in its chain, or `nil` when the FAT does not cover it.
    private func fatEntry(of sector: UInt32, fatSectors: [UInt32]) -> UInt32? {
        let perSector = sectorSize / 4
        let index = Int(sector) / perSector
        guard index < fatSectors.count, Int(fatSectors[index]) < sectorCount else { return nil }
        return Self.uint32(bytes, offset(of: fatSectors[index]) + 4 * (Int(sector) % perSector))
    }

    /// The name of the directory entry at `offset` when it is a stream.
    private func streamName(at offset: Int) -> String? {
        let nameBytes = Int(Self.uint16(bytes, offset + 0x40))
        guard bytes[offset + 0x42] == Self.streamType, nameBytes >= 2, nameBytes <= Self.maxNameBytes,
              nameBytes % 2 == 0 else { return nil }
        var units: [UInt16] = []
        for i in stride(from: 0, to: nameBytes - 2, by: 2) { units.append(Self.uint16(bytes, offset + i)) }
        return String(decoding: units, as: UTF16.self)
    }

    private static func uint16(_ b: [UInt8], _ at: Int) -> UInt16 { UInt16(b[at]) | UInt16(b[at + 1]) << 8 }

    private static func uint32(_ b: [UInt8], _ at: Int) -> UInt32 {
        UInt32(b[at]) | UInt32(b[at + 1]) << 8 | UInt32(b[at + 2]) << 16 | UInt32(b[at + 3]) << 24
    }
}
