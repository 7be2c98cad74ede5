import Foundation
import PackagePlugin

/// Generates `EmbeddedLayouts.swift` from the package's `layouts/` folder at build time, so the
/// binary carries the default layout and `layouts/` stays the only place it is edited.
@main
struct EmbedLayouts: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let layouts = context.package.directoryURL.appendingPathComponent("layouts")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: layouts, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                inputs.append(url)
            }
        }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedLayouts.swift")
        return [
            .buildCommand(
                displayName: "Embedding layouts/ into \(target.name)",
                executable: try context.tool(named: "layout-embedder").url,
                arguments: [layouts.path, output.path],
                inputFiles: inputs.sorted { $0.path < $1.path },
                outputFiles: [output]
            )
        ]
    }
}
