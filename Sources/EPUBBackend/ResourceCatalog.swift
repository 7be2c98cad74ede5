import BriefModel
import Digests
import Graphics

/// The images of the book (figures, QR codes), each stored once however often it is used,
/// under a name derived from its content: ASCII, stable across builds, and the same image
/// used by thirty editions of a month is one file.
final class ResourceCatalog {
    struct Resource {
        var href: String
        var mediaType: String
        var bytes: [UInt8]
    }

    /// Hex digits of the SHA-1 kept in a file name: 48 bits, ample for a book's few images.
    static let nameDigits = 12

    private var byHref: [String: Resource] = [:]

    /// The href (relative to the package document) of a publication image.
    func href(for image: ImageAsset) -> String {
        let bytes = [UInt8](image.data)
        let name = "img-" + String(SHA1.digest(bytes).hex.prefix(ResourceCatalog.nameDigits))
        return store(name: name + "." + image.format.fileExtension, mediaType: image.format.mediaType, bytes: bytes)
    }

    /// The href of a QR code encoding `url`, drawn as a PNG by libqrencode.
    func href(forQRCodeOf url: String) throws -> String {
        let name = "qr-" + String(SHA1.digest(Array(url.utf8)).hex.prefix(ResourceCatalog.nameDigits)) + ".png"
        if byHref["images/" + name] != nil { return "images/" + name }
        let code: QRCode
        do { code = try QRCode(encoding: url) } catch { throw EPUBError.qrCode(url: url, problem: "\(error)") }
        return store(name: name, mediaType: "image/png", bytes: code.png())
    }

    /// Every resource, sorted by href.
    var resources: [Resource] { byHref.keys.sorted().map { byHref[$0]! } }

    private func store(name: String, mediaType: String, bytes: [UInt8]) -> String {
        let href = "images/" + name
        if byHref[href] == nil { byHref[href] = Resource(href: href, mediaType: mediaType, bytes: bytes) }
        return href
    }
}
