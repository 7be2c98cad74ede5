import BriefModel
import BriefReader
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
    /// `/` or starts with `.`) to a layout folder. `location` is where publication.yaml
    /// writes it; problems are reported there.
    public static func load(_ reference: String, publicationDirectory: URL, at location: SourceLocation? = nil) throws -> Layout {
        let place = location.map(\.description) ?? publicationDirectory.appendingPathComponent("publication.yaml").path
        let isPath = reference.contains("/") || reference.hasPrefix(".")
        if !isPath {
            if let layout = embedded(reference) { return layout }
            throw Failure(description: "\(place): error: unknown layout `\(reference)`\n  hint: built-in layouts: \(embeddedNames.joined(separator: ", ")); or give a path to a layout folder (`layout: ./looks/mine`)")
        }
        let dir = reference.hasPrefix("/") ? URL(fileURLWithPath: reference)
                                           : publicationDirectory.appendingPathComponent(reference)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(description: "\(place): error: layout folder `\(reference)` does not exist\n  hint: paths are relative to the publication folder; copy layouts/default from BriefPress to start one")
        }
        // A layout folder is read by the names a layout's files have, never walked: `layout: /`
        // reads three files at most, not the whole file system.
        guard let base = embedded("default") else { preconditionFailure("the default layout is not embedded") }
        var files: [String: [UInt8]] = [:]
        for name in base.files.keys.sorted() {
            let url = dir.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            // A pipe or device named like a layout file is refused (66) rather than read.
            files[name] = [UInt8](try SourceFile.contents(of: url, displayPath: url.standardizedFileURL.path))
        }
        guard !files.isEmpty else {
            let names = base.files.keys.sorted().filter { $0 != "README.md" }.joined(separator: ", ")
            throw Failure(description: "\(place): error: `\(reference)` is not a layout folder: it holds none of \(names)\n  hint: copy layouts/default from BriefPress to start one, then change what you need")
        }
        // A layout folder may hold only what it changes; the rest comes from the default.
        for (name, bytes) in base.files where files[name] == nil { files[name] = bytes }
        return Layout(name: dir.lastPathComponent, files: files, directory: dir)
    }
}
