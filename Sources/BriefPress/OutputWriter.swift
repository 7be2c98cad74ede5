import BriefModel
import Foundation

/// Puts a run's outputs into the output folder all or nothing. Each finished file is
/// staged at once in a private folder inside the output folder (so it leaves memory, and
/// the final moves are renames on one file system); nothing is moved until every output
/// is staged and every destination is known to be free for it; then a commit mark is
/// written and the files are renamed into place.
///
/// What a crash can leave (kill -9, not power loss): before the commit mark, the old
/// outputs untouched and a staging folder; after it, some files moved and the rest staged.
/// Every staging folder holds a lock its process keeps while it runs, so the next run
/// knows a dead one: it finishes the moves of a committed staging (the run had succeeded)
/// and deletes an uncommitted one. After the next run the folder holds only complete
/// outputs of one run or the other, and no staging leftovers. A reader of the folder never
/// sees a half-written file, as each rename is atomic.
public final class OutputWriter {
    public let directory: URL
    public struct Failure: StatusCarryingError, CustomStringConvertible {
        public var description: String
        public var exitStatus: ExitStatus { .cannotCreate }
        public var failureMessage: String { description }
    }

    static let stagingPrefix = ".briefpress-staging-"
    static let lockName = "lock"
    static let commitName = "commit"

    private var staging: URL?
    private var lock: Int32 = -1
    private var names: [String] = []
    private let mutex = NSLock()

    public init(directory: URL) { self.directory = directory }

    deinit { discard() }

    /// Stages every file and commits them: the convenience for a run with few outputs.
    @discardableResult
    public func write(_ files: [OutputFile]) throws -> [URL] {
        do {
            for file in files { try stage(file) }
            return try commit()
        } catch {
            discard()
            throw error
        }
    }

    /// Writes `file` to the staging folder (made on first use). Safe to call from several
    /// threads. Two outputs of one name are refused here, before anything is moved.
    public func stage(_ file: OutputFile) throws {
        mutex.lock()
        defer { mutex.unlock() }
        let folder = try stagingFolder()
        guard !names.contains(file.name) else {
            throw Failure(description: "\(directory.appendingPathComponent(file.name).path): error: two outputs have this name\n"
                + "  hint: editions of different publications with the same date write the same file names; build them into different folders with -o")
        }
        let url = folder.appendingPathComponent(file.name)
        guard FileManager.default.createFile(atPath: url.path, contents: Data(file.bytes)) else {
            throw Failure(description: "\(directory.appendingPathComponent(file.name).path): error: cannot write the file (is the folder writable? is the disk full?)")
        }
        names.append(file.name)
    }

    /// Checks every destination, marks the staging committed and moves every file into
    /// place; returns the written paths in the order staged.
    public func commit() throws -> [URL] {
        mutex.lock()
        defer { mutex.unlock() }
        guard let staging else { return [] }
        let blocked = names.filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }
        guard blocked.isEmpty else {
            discardLocked()
            throw Failure(description: blocked.map { "\(directory.appendingPathComponent($0).path): error: a folder of this name is in the way" }
                .joined(separator: "\n") + "\n  hint: move or rename it; nothing was written")
        }
        let mark = staging.appendingPathComponent(OutputWriter.commitName)
        guard FileManager.default.createFile(atPath: mark.path, contents: Data(names.joined(separator: "\n").utf8)) else {
            throw Failure(description: "\(directory.path): error: cannot write to the output folder (is the disk full?)")
        }
        var written: [URL] = []
        for name in names {
            let target = directory.appendingPathComponent(name)
            guard rename(staging.appendingPathComponent(name).path, target.path) == 0 else {
                throw Failure(description: "\(target.path): error: cannot move the finished file into place (\(String(cString: strerror(errno))))")
            }
            written.append(target)
        }
        names = []
        discardLocked()
        return written
    }

    /// Removes the staging folder and what it holds; the output folder keeps what it had.
    public func discard() {
        mutex.lock()
        defer { mutex.unlock() }
        discardLocked()
    }

    private func discardLocked() {
        if let staging { try? FileManager.default.removeItem(at: staging) }
        if lock >= 0 { close(lock) }
        staging = nil
        lock = -1
    }

    /// The staging folder, made (with its lock held) on first use, after the leftovers of
    /// earlier runs are dealt with.
    private func stagingFolder() throws -> URL {
        if let staging { return staging }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "\(directory.path): error: cannot create the output folder (\(error.localizedDescription))")
        }
        OutputWriter.recoverStaleStagings(in: directory)
        var template = Array(directory.appendingPathComponent(OutputWriter.stagingPrefix + "XXXXXX").path.utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw Failure(description: "\(directory.path): error: cannot write to the output folder (\(String(cString: strerror(errno))))")
        }
        let folder = URL(fileURLWithPath: String(cString: template))
        let descriptor = open(folder.appendingPathComponent(OutputWriter.lockName).path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0, flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            try? FileManager.default.removeItem(at: folder)
            throw Failure(description: "\(directory.path): error: cannot lock the staging folder (\(String(cString: strerror(errno))))")
        }
        staging = folder
        lock = descriptor
        return folder
    }

    /// Finishes or removes the staging folders of runs that died (their lock is free), and
    /// removes the `.NAME.partial-PID` files the writer of earlier versions staged with.
    static func recoverStaleStagings(in directory: URL) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for entry in entries.sorted() {
            let url = directory.appendingPathComponent(entry)
            if entry.hasPrefix(stagingPrefix) {
                let descriptor = open(url.appendingPathComponent(lockName).path, O_RDWR | O_CLOEXEC)
                // No lock file: the run died between making the folder and locking it.
                if descriptor >= 0 {
                    defer { close(descriptor) }
                    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { continue }  // a live run
                    if let list = try? String(contentsOf: url.appendingPathComponent(commitName), encoding: .utf8) {
                        // Committed: that run succeeded; complete its moves.
                        for name in list.split(separator: "\n") where !name.contains("/") {
                            _ = rename(url.appendingPathComponent(String(name)).path, directory.appendingPathComponent(String(name)).path)
                        }
                    }
                }
                try? FileManager.default.removeItem(at: url)
            } else if entry.hasPrefix("."), let range = entry.range(of: ".partial-", options: .backwards),
                      let pid = Int32(entry[range.upperBound...]), kill(pid, 0) != 0, errno == ESRCH {
                try? FileManager.default.removeItem(at: url)
            }
        }
    }
}
