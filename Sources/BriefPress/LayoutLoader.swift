import BriefModel
import Foundation

/// Finds the layout a publication names: a layout embedded in the binary (built from the
/// project's `layouts/`), or a folder given by path, relative to the publication folder.
public enum LayoutLoader {
    public struct Failure: StatusCarryingError, CustomStringConvertible {
        public var description: String
        public var exitStatus: ExitStatus { .configuration }
        public var failureMessage: String { description }
    }

    /// Names of the layouts built into this binary.
    public static var embeddedNames: [String] { EmbeddedLayouts.base64.keys.sorted() }

    public static func embedded(_ name: String) -> Layout? {
        guard let files = EmbeddedLayouts.base64[name] else { return nil }
        return Layout(name: name, files: files.mapValues { encoded in
            // The build plugin wrote this text; a bad decode is a broken build, not an empty file.
            guard let data = Data(base64Encoded: encoded) else {
                preconditionFailure("embedded layout \(name) holds text that is not base64")
            }
            return [UInt8](data)
        })
    }

    /// `reference` is a bare name (`default`) for an embedded layout, or a path (it holds a
    /// `/` or starts with `.`) to a layout folder.
    public static func load(_ reference: String, publicationDirectory: URL) throws -> Layout {
        let isPath = reference.contains("/") || reference.hasPrefix(".")
        if !isPath {
            if let layout = embedded(reference) { return layout }
            throw Failure(description: "\(publicationDirectory.appendingPathComponent("publication.yaml").path): error: unknown layout `\(reference)`\n  hint: built-in layouts: \(embeddedNames.joined(separator: ", ")); or give a path to a layout folder (`layout: ./looks/mine`)")
        }
        let dir = reference.hasPrefix("/") ? URL(fileURLWithPath: reference)
                                           : publicationDirectory.appendingPathComponent(reference)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(description: "\(publicationDirectory.appendingPathComponent("publication.yaml").path): error: layout folder `\(reference)` does not exist\n  hint: paths are relative to the publication folder; copy layouts/default from BriefPress to start one")
        }
        var files: [String: [UInt8]] = [:]
        let root = dir.standardizedFileURL.resolvingSymlinksInPath().path + "/"
        if let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true,
                      let data = FileManager.default.contents(atPath: url.path) else { continue }
                let path = url.standardizedFileURL.resolvingSymlinksInPath().path
                files[String(path.dropFirst(root.count))] = [UInt8](data)
            }
        }
        // A layout folder may hold only what it changes; the rest comes from the default.
        if let base = embedded("default") {
            for (name, bytes) in base.files where files[name] == nil { files[name] = bytes }
        }
        return Layout(name: dir.lastPathComponent, files: files, directory: dir)
    }
}
