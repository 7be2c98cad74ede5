import BriefModel
import Foundation

/// Reads a source file's bytes, telling "not there" apart from "there but unreadable", so
/// the editor is not sent looking for a file that exists. Only regular files are read: a
/// FIFO or a device named like an edition would block a read forever, so the file is
/// opened without blocking and refused unless `fstat` says it is a regular file; the size
/// is checked before anything is allocated for it.
public enum SourceFile {
    /// The largest source read: an edition is tens of kilobytes; 16 MiB is far beyond any
    /// briefing and keeps a mistaken file (a video named .md) from being read whole.
    public static let maximumSize = 16 << 20

    public static func contents(of url: URL, displayPath: String, maximumSize: Int = SourceFile.maximumSize) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw MissingSourceFile(path: displayPath)
        }
        if isDirectory.boolValue { throw UnreadableSourceFile(path: displayPath, reason: "it is a folder") }
        // open(2) first: its errno says why in plain words ("Permission denied").
        let descriptor = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw UnreadableSourceFile(path: displayPath, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw UnreadableSourceFile(path: displayPath, reason: String(cString: strerror(errno)))
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFIFO: throw UnreadableSourceFile(path: displayPath, reason: "it is a pipe, not a regular file")
        case S_IFSOCK: throw UnreadableSourceFile(path: displayPath, reason: "it is a socket, not a regular file")
        default: throw UnreadableSourceFile(path: displayPath, reason: "it is a device, not a regular file")
        }
        guard status.st_size <= maximumSize else {
            throw UnreadableSourceFile(path: displayPath,
                                       reason: "it is \(status.st_size) bytes long; a source may be at most \(maximumSize) bytes")
        }
        // Read to the end, not to st_size: the file may change while it is read, and a
        // read past the limit is refused rather than allocated.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(status.st_size))
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw UnreadableSourceFile(path: displayPath, reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            guard bytes.count + count <= maximumSize else {
                throw UnreadableSourceFile(path: displayPath, reason: "it grew past \(maximumSize) bytes while it was read")
            }
            bytes += chunk[0..<count]
        }
        return Data(bytes)
    }
}
