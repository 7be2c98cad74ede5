import BriefModel
import Foundation

/// Share thumbnails drawn for the WeChat article and waiting for the EPUB of the same
/// edition, whose cover image is the same picture: drawing it once saves a third of a
/// build's cover work. Each is taken (and dropped) by the EPUB, so the store holds at most
/// the editions being rendered, however many a run has. Used only when a run makes `html`
/// before `epub`; editions render in parallel, hence the lock.
final class HandedOverCovers: @unchecked Sendable {
    private var pictures: [EditionDate: [UInt8]] = [:]
    private let lock = NSLock()

    func leave(_ picture: [UInt8], for date: EditionDate) {
        lock.withLock { pictures[date] = picture }
    }

    func take(for date: EditionDate) -> [UInt8]? {
        lock.withLock { pictures.removeValue(forKey: date) }
    }
}
