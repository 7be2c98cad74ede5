import BriefModel
import Foundation

/// Where each image of the article comes from. By default the bytes travel inside the
/// article as `data:` URIs, which the editor accepts on paste. With an image base, each
/// image is referenced as `base + file name` and handed back as a file the editor uploads
/// there first; the same bytes used twice become one file.
struct ImageSources {
    let base: String?
    /// Prefix of every uploaded file name, so editions never overwrite each other's images.
    let namePrefix: String
    private(set) var uploads: [OutputFile] = []

    /// `base` must be an https URL (WeChat drops other images); a missing final `/` is added.
    init(base: String?, namePrefix: String) throws {
        if let base {
            guard base.hasPrefix("https://"), base.count > "https://".count,
                  !base.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" }) else {
                throw WeChatError.invalidImageBase(base)
            }
            self.base = base.hasSuffix("/") ? base : base + "/"
        } else {
            self.base = nil
        }
        self.namePrefix = namePrefix
    }

    /// The `src` of an image; `name` is a suggested file name (its extension is replaced).
    mutating func source(for bytes: [UInt8], format: ImageAsset.Format, name: String) -> String {
        guard let base else {
            return "data:\(format.mediaType);base64," + Data(bytes).base64EncodedString()
        }
        if let existing = uploads.first(where: { $0.bytes == bytes }) { return base + existing.name }
        let stem = namePrefix + "-" + ImageSources.safeStem(name)
        var fileName = stem + "." + format.fileExtension
        var n = 2
        while uploads.contains(where: { $0.name == fileName }) {
            fileName = "\(stem)-\(n).\(format.fileExtension)"
            n += 1
        }
        uploads.append(OutputFile(name: fileName, bytes: bytes))
        return base + fileName
    }

    /// The file name without folder or extension, reduced to characters that need no
    /// escaping in a URL: letters, digits, `-` and `_`.
    static func safeStem(_ path: String) -> String {
        var stem = Substring(path.split(separator: "/").last ?? "")
        if let dot = stem.lastIndex(of: ".") { stem = stem[..<dot] }
        var out = ""
        for c in stem {
            if c.isASCII, c.isLetter || c.isNumber || c == "-" || c == "_" {
                out.append(c)
            } else if !out.hasSuffix("-") {
                out.append("-")
            }
        }
        while out.hasPrefix("-") { out.removeFirst() }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "image" : out
    }
}
