import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Waits for files to change, through inotify. It watches folders, not files: an editor
/// that saves by writing a new file and renaming it over the old one replaces the file's
/// inode, which a watch on the file itself would lose. Blocks in poll(2) while nothing
/// happens (no polling loop), then gathers the burst a save makes until it has been quiet
/// for `quiet` milliseconds (the debounce). A save that has visibly ended (the file closed
/// after writing, or renamed into place) needs only `settle` milliseconds of quiet: what an
/// editor does around a save comes within a millisecond or two, and the editor is waiting.
final class SourceWatcher {
    struct Failure: Error, CustomStringConvertible { var description: String }

    private let descriptor: Int32
    /// Watch descriptor → the folder it watches.
    private var folders: [Int32: String] = [:]
    private let quiet: Int32
    private let settle: Int32

    /// Writes, closes after writing, renames in and out, creation, deletion: what a save
    /// (in place or by rename) and a deletion make.
    private static let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_ATTRIB)

    init(quietMilliseconds: Int32 = 100, settleMilliseconds: Int32 = 20) throws {
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { throw Failure(description: "cannot watch files: \(String(cString: strerror(errno)))") }
        quiet = quietMilliseconds
        settle = settleMilliseconds
    }

    deinit { close(descriptor) }

    /// Adds a watch on each folder not yet watched (a folder that is not there is skipped;
    /// it is tried again on the next call).
    func watch(folders wanted: Set<String>) {
        for folder in wanted.sorted() where !folders.values.contains(folder) {
            let watch = inotify_add_watch(descriptor, folder, SourceWatcher.mask)
            if watch >= 0 { folders[watch] = folder }
        }
    }

    /// Blocks until a file in a watched folder changes and the burst is over; returns the
    /// paths that changed, or nil when the kernel dropped events (its queue overflowed)
    /// and anything may have changed.
    func waitForChanges() -> Set<String>? {
        var changed: Set<String> = []
        var overflowed = false
        var timeout: Int32 = -1
        while true {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&request, 1, timeout)
            if ready < 0, errno == EINTR { continue }
            if ready <= 0 { break }
            let (sawOverflow, sawSaveEnd) = readEvents(into: &changed)
            overflowed = overflowed || sawOverflow
            if timeout < 0, changed.isEmpty, !overflowed { continue }
            timeout = sawSaveEnd ? settle : quiet
        }
        return overflowed ? nil : changed
    }

    /// Reads the queued events; returns whether the queue had overflowed and whether the
    /// last event ended a save.
    private func readEvents(into changed: inout Set<String>) -> (overflowed: Bool, saveEnded: Bool) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return (false, false) }
        var overflowed = false, saveEnded = false
        var offset = 0
        let header = MemoryLayout<inotify_event>.size
        buffer.withUnsafeBytes { bytes in
            while offset + header <= count {
                let watch = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                if mask & UInt32(IN_Q_OVERFLOW) != 0 { overflowed = true }
                if mask & UInt32(IN_IGNORED) != 0 { folders[watch] = nil }  // the folder went away
                saveEnded = mask & UInt32(IN_CLOSE_WRITE | IN_MOVED_TO) != 0
                if length > 0, let folder = folders[watch] {
                    let name = bytes[(offset + header)..<(offset + header + length)].prefix { $0 != 0 }
                    changed.insert(folder + "/" + String(decoding: name, as: UTF8.self))
                }
                offset += header + length
            }
        }
        return (overflowed, saveEnded)
    }
}
