import BriefModel
import Foundation

extension Layout {
    /// The project's default layout, read from `layouts/default` of this checkout: the same
    /// files the build embeds in the binary, so backend tests need not go through the pipeline
    /// (BriefPress) to get them.
    public static func projectDefault() throws -> Layout {
        let folder = Checkout.root.appendingPathComponent("layouts/default")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        var files: [String: [UInt8]] = [:]
        for name in names {
            files[name] = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
        }
        return Layout(name: "default", files: files)
    }
}
