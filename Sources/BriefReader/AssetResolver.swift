import BriefModel
import Foundation

/// Finds an image the publication names, and refuses anything that would make the output
/// depend on files outside the publication folder or on the network.
struct AssetResolver {
    let publicationDirectory: URL

    enum Failure: Error {
        case remote, outside, missing, unreadable, notAnImage
    }

    /// `path` as written in a source: relative to the publication folder, or to `relativeTo`
    /// (the folder of the file that names it) when it is not found there.
    func resolve(_ path: String, relativeTo: URL? = nil) -> Result<ImageAsset, Failure> {
        if path.contains("://") || path.hasPrefix("data:") { return .failure(.remote) }
        let root = publicationDirectory.standardizedFileURL.resolvingSymlinksInPath()
        var candidates = [root.appendingPathComponent(path)]
        if let relativeTo, !path.hasPrefix("/") { candidates.append(relativeTo.appendingPathComponent(path)) }
        if path.hasPrefix("/") { candidates = [URL(fileURLWithPath: path)] }
        var sawOutside = false
        for candidate in candidates {
            let resolved = candidate.standardizedFileURL.resolvingSymlinksInPath()
            guard resolved.path.hasPrefix(root.path + "/") else { sawOutside = true; continue }
            guard FileManager.default.fileExists(atPath: resolved.path) else { continue }
            guard let data = FileManager.default.contents(atPath: resolved.path) else { return .failure(.unreadable) }
            guard let (format, w, h) = ImageAsset.probe(data) else { return .failure(.notAnImage) }
            let relative = String(resolved.path.dropFirst(root.path.count + 1))
            return .success(ImageAsset(path: relative, format: format, pixelWidth: w, pixelHeight: h, data: data))
        }
        return .failure(sawOutside ? .outside : .missing)
    }

    /// The diagnostic for a failure, in the editor's terms.
    func describe(_ failure: Failure, path: String) -> (String, String) {
        switch failure {
        case .remote:
            return ("image `\(path)` is not a file of the publication",
                    "download it into assets/ and write `assets/NAME.png`; outputs never fetch from the network")
        case .outside:
            return ("image `\(path)` lies outside the publication folder",
                    "copy it into \(publicationDirectory.lastPathComponent)/assets/ and refer to it as `assets/NAME`")
        case .missing:
            return ("image `\(path)` does not exist",
                    "paths are relative to the publication folder (\(publicationDirectory.path)); check the spelling")
        case .unreadable:
            return ("image `\(path)` cannot be read", "check the file's permissions")
        case .notAnImage:
            return ("`\(path)` is not a PNG or JPEG image", "convert it to PNG or JPEG")
        }
    }
}
