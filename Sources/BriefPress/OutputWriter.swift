import BriefModel
import Foundation

/// Writes outputs so that a reader never sees a half-written file: each file goes to a
/// temporary name in the same folder and is renamed into place (rename is atomic on one
/// file system). Callers render everything first and write only when all succeeded.
public struct OutputWriter {
    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    public struct Failure: StatusCarryingError, CustomStringConvertible {
        public var description: String
        public var exitStatus: ExitStatus { .cannotCreate }
        public var failureMessage: String { description }
    }

    @discardableResult
    public func write(_ files: [OutputFile]) throws -> [URL] {
        // Two files of one name would be staged to one temporary path and the second
        // rename would fail after the first landed: refuse before anything is written.
        var counts: [String: Int] = [:]
        for file in files { counts[file.name, default: 0] += 1 }
        let repeated = counts.filter { $0.value > 1 }.keys.sorted()
        if !repeated.isEmpty {
            throw Failure(description: repeated.map { "\(directory.appendingPathComponent($0).path): error: two outputs have this name" }
                .joined(separator: "\n") + "\n  hint: editions of different publications with the same date write the same file names; build them into different folders with -o")
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "\(directory.path): error: cannot create the output folder (\(error.localizedDescription))")
        }
        // Stage every file first, then rename them all: a failure while staging leaves the
        // outputs already on disk untouched.
        var staged: [(URL, URL)] = []
        defer { for (temp, _) in staged { try? FileManager.default.removeItem(at: temp) } }
        for file in files {
            let target = directory.appendingPathComponent(file.name)
            let temp = directory.appendingPathComponent(".\(file.name).partial-\(getpid())")
            guard FileManager.default.createFile(atPath: temp.path, contents: Data(file.bytes)) else {
                throw Failure(description: "\(target.path): error: cannot write the file (is the folder writable?)")
            }
            staged.append((temp, target))
        }
        var written: [URL] = []
        for (temp, target) in staged {
            guard rename(temp.path, target.path) == 0 else {
                throw Failure(description: "\(target.path): error: cannot move the finished file into place (\(String(cString: strerror(errno))))")
            }
            written.append(target)
        }
        staged.removeAll()
        return written
    }
}
