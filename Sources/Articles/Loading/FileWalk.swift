#if canImport(Glibc)
import Glibc
#endif

/// A file as the file system names it. Names from zips made on Chinese Windows are often GBK,
/// which no String can hold, so the bytes open the file and people see `display`, where each
/// byte that is not UTF-8 is written \xHH. Empty bytes stand for standard input ("-").
struct FileName: Hashable {
    let bytes: [UInt8]
    let display: String

    static let standardInput = FileName(bytes: [], display: "-")
    var isStandardInput: Bool { bytes.isEmpty }

    init(bytes: [UInt8], display: String) {
        self.bytes = bytes
        self.display = display
    }

    init(_ path: String) {
        self.init(bytes: Array(path.utf8), display: path)
    }

    init(bytes: [UInt8]) {
        self.init(bytes: bytes, display: FileName.escaped(bytes))
    }

    func appending(_ name: [UInt8]) -> FileName {
        FileName(bytes: bytes + [UInt8(ascii: "/")] + name)
    }

    /// Calls `body` with the name as a C string.
    func withCString<R>(_ body: (UnsafePointer<CChar>) -> R) -> R {
        let terminated = bytes.map { CChar(bitPattern: $0) } + [0]
        return body(terminated)  // the array is passed as a pointer to its elements
    }

    /// UTF-8 as it is; every byte of an invalid sequence as \xHH.
    static func escaped(_ bytes: [UInt8]) -> String {
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        var text = ""
        var index = 0
        while index < bytes.count {
            let length = validSequenceLength(bytes, at: index)
            if length > 0 {
                text += String(decoding: bytes[index..<index + length], as: UTF8.self)
                index += length
            } else {
                text += "\\x" + String(bytes[index], radix: 16, uppercase: true).leftPadded(to: 2)
                index += 1
            }
        }
        return text
    }

    /// The length of the UTF-8 sequence starting at `index`, or 0 when it is not a valid one.
    private static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead >= 0xC2 && lead < 0xE0 ? 2 : lead >= 0xE0 && lead < 0xF0 ? 3 : lead >= 0xF0 && lead < 0xF5 ? 4 : 0
        guard length > 0, index + length <= bytes.count else { return 0 }
        return String(validating: bytes[index..<index + length], as: UTF8.self) == nil ? 0 : length
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

/// What walking a folder found: corpus files once each, and everything else by kind, so the
/// load report can name it.
struct FolderListing {
    var corpus: [FileName] = []
    /// Files whose extension is not a corpus format.
    var other: [FileName] = []
    /// Names starting with "." (.git, .DS_Store): not read, counted.
    var hidden: [FileName] = []
    /// Folders that could not be opened, with the reason.
    var unreadable: [(name: FileName, reason: String)] = []
    /// Second names (links) of a file already listed, with the first name.
    var repeated: [(name: FileName, first: FileName)] = []

    /// Walks `folder` recursively. Folders and files are known by (device, inode): a link back
    /// up the tree is walked once and a file reached by two names loads once, under its own name
    /// rather than a link's, else the name that sorts first. readdir's d_type and d_ino spare a
    /// stat per ordinary file.
    static func walk(_ folder: FileName) throws -> FolderListing {
        var listing = FolderListing()
        var found: [(name: FileName, identity: FileIdentity, viaLink: Bool)] = []
        var pending = [folder]
        var visitedFolders = Set<FileIdentity>()
        while let current = pending.popLast() {
            try Cancellation.check()  // a walk of "/" takes minutes: Ctrl-C must reach it
            var info = stat()
            guard current.withCString({ stat($0, &info) }) == 0 else {
                listing.unreadable.append((current, String(cString: strerror(errno))))
                continue
            }
            guard visitedFolders.insert(FileIdentity(info)).inserted else { continue }
            guard let directory = current.withCString({ opendir($0) }) else {
                listing.unreadable.append((current, String(cString: strerror(errno))))
                continue
            }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
                if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
                let path = current.appending(name)
                if name.first == UInt8(ascii: ".") {
                    listing.hidden.append(path)
                    continue
                }
                var type = entry.pointee.d_type
                let viaLink = type == UInt8(DT_LNK)
                var identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(entry.pointee.d_ino))
                if type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK) {
                    var target = stat()
                    if path.withCString({ stat($0, &target) }) == 0 {
                        type = (target.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : UInt8(DT_REG)
                        identity = FileIdentity(target)
                    } else {
                        type = UInt8(DT_REG)  // a broken link: reading it reports why
                    }
                }
                if type == UInt8(DT_DIR) {
                    pending.append(path)
                } else if Loader.extensions.contains(Loader.fileExtension(path.display)) {
                    found.append((path, identity, viaLink))
                } else {
                    listing.other.append(path)
                }
            }
        }
        var firstNames: [FileIdentity: FileName] = [:]
        let realNamesFirst = found.sorted { ($0.viaLink ? 1 : 0, $0.name.display) < ($1.viaLink ? 1 : 0, $1.name.display) }
        for (name, identity, _) in realNamesFirst {
            if let first = firstNames[identity] {
                listing.repeated.append((name, first))
            } else {
                firstNames[identity] = name
                listing.corpus.append(name)
            }
        }
        listing.other.sort { $0.display < $1.display }
        listing.hidden.sort { $0.display < $1.display }
        listing.corpus.sort { $0.display < $1.display }
        return listing
    }
}

/// A file's (device, inode): the same for every name that reaches it.
struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64

    init(device: UInt64, inode: UInt64) {
        self.device = device
        self.inode = inode
    }

    init(_ info: stat) {
        self.init(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}
