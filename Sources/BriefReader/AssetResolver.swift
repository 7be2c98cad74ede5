import BriefModel
import Foundation
import ImageFacts

/// Finds an image the publication names, refuses anything that would make the output
/// depend on files outside the publication folder or on the network, and reads the file in
/// full, so that `check` reports every image problem a build would meet, at the line that
/// names the image.
struct AssetResolver {
    let publicationDirectory: URL

    enum Failure: Error {
        case remote, outside, missing
        /// Not a regular file, or reading failed: why, in plain words.
        case unreadable(String)
        /// The file is there but cannot be used as it is: what `ImageFile.read` found.
        case unusable(ImageProblem)
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
            let relative = String(resolved.path.dropFirst(root.path.count + 1))
            return read(resolved, as: relative)
        }
        return .failure(sawOutside ? .outside : .missing)
    }

    /// Reads and checks the file. Its size on disk is checked first, so a huge file given an
    /// image's name is refused without being read; a pipe or device is refused unread.
    private func read(_ url: URL, as relative: String) -> Result<ImageAsset, Failure> {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
              let size = (attributes[.size] as? NSNumber)?.intValue else { return .failure(.unreadable("its size cannot be read")) }
        guard size <= ImageLimits.maxFileBytes else { return .failure(.unusable(ImageFile.tooLarge(size))) }
        let data: Data
        do {
            data = try SourceFile.contents(of: url, displayPath: relative, maximumSize: ImageLimits.maxFileBytes)
        } catch let error as UnreadableSourceFile {
            return .failure(.unreadable(error.reason))
        } catch {
            return .failure(.unreadable("reading it failed"))
        }
        let file: ImageFile
        do {
            file = try data.withUnsafeBytes { try ImageFile.read($0) }
        } catch let problem as ImageProblem {
            return .failure(.unusable(problem))
        } catch {
            return .failure(.unreadable("reading it failed"))
        }
        let format: ImageAsset.Format
        switch file {
        case .png: format = .png
        case .jpeg: format = .jpeg
        }
        // pHYs gives pixels per metre; a figure is sized in inches-based points.
        let perInch = file.pixelsPerMetre.map { ImageAsset.PixelsPerInch(horizontal: Double($0.x) * 0.0254, vertical: Double($0.y) * 0.0254) }
        return .success(ImageAsset(path: relative, format: format, pixelWidth: file.width, pixelHeight: file.height,
                                   pixelsPerInch: perInch, data: data))
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
        case .unreadable(let reason):
            return ("image `\(path)` cannot be read (\(reason))", "check that it is an image file and that it may be read")
        case .unusable(let problem):
            return ("image `\(path)` cannot be used: \(problem.message)", problem.hint)
        }
    }
}
