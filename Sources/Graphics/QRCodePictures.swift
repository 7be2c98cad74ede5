import Foundation

/// The PNGs of the QR codes drawn last, by code and drawing. A publication's contact codes
/// are the same on every edition, and drawing one (every pixel of every module, then
/// deflate) was a fifth of a preview rebuild and is repeated for each edition of a bundle
/// and each output (article and EPUB). A PNG is a pure function of the modules, the scale
/// and the quiet zone, so a kept one has the bytes a new one would.
/// Bounded to the `capacity` most recently drawn (a publication has a handful of codes);
/// locked, as editions render in parallel.
final class QRCodePictures: @unchecked Sendable {
    static let shared = QRCodePictures()
    static let capacity = 8

    private struct Key: Hashable {
        var code: QRCode
        var scale: Int
        var quietZone: Int
    }

    private let lock = NSLock()
    private var pictures: [Key: [UInt8]] = [:]
    /// Keys from least to most recently used.
    private var recency: [Key] = []

    /// The PNG of `code` drawn so, from `draw` unless kept.
    func png(_ code: QRCode, scale: Int, quietZone: Int, draw: () -> [UInt8]) -> [UInt8] {
        let key = Key(code: code, scale: scale, quietZone: quietZone)
        if let kept = lock.withLock({ () -> [UInt8]? in
            guard let kept = pictures[key] else { return nil }
            recency.removeAll { $0 == key }
            recency.append(key)
            return kept
        }) {
            return kept
        }
        // Drawn outside the lock: two threads may draw the same code once each, alike.
        let drawn = draw()
        lock.withLock {
            if pictures.updateValue(drawn, forKey: key) == nil { recency.append(key) }
            if recency.count > QRCodePictures.capacity { pictures[recency.removeFirst()] = nil }
        }
        return drawn
    }
}
