import Foundation

/// A layout: the look of every output (page geometry, fonts, WeChat theme, EPUB stylesheet),
/// as a set of named files. Each backend reads and decodes its own file; the model does not
/// interpret them. The default layout is embedded in the binary; others come from a folder.
public struct Layout: Hashable, Sendable {
    public var name: String
    /// File name (relative to the layout folder, `/`-separated) → contents.
    public var files: [String: [UInt8]]
    /// The folder the layout was read from, for files it names by relative path (fonts);
    /// nil for the embedded default.
    public var directory: URL?

    public init(name: String, files: [String: [UInt8]], directory: URL? = nil) {
        self.name = name
        self.files = files
        self.directory = directory
    }

    /// A file of the layout as a user finds it, for messages: its path in the layout folder,
    /// or `default layout/pdf.yaml` for a layout built into the program.
    public func displayPath(_ file: String) -> String {
        directory?.standardizedFileURL.appendingPathComponent(file).path ?? "\(name) layout/\(file)"
    }

    public func text(_ file: String) -> String? {
        files[file].map { String(decoding: $0, as: UTF8.self) }
    }
}
