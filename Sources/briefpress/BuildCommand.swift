import ArgumentParser
import BriefPress
import Foundation

extension OutputFormat: ExpressibleByArgument {}

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Render editions into out/ (PDF, WeChat HTML, EPUB).",
        discussion: "Formats in this build: " + Pipeline.availableFormats.map { "\($0.rawValue): \($0.summary)" }.joined(separator: "; ")
            + ". Outputs are written only when every edition rendered.")

    @Argument(help: "Edition files (editions/YYYY-MM-DD.md).")
    var editions: [String]

    @Option(name: .customLong("format"), help: ArgumentHelp("Output format; repeat for several (default: all).",
            valueName: Pipeline.availableFormats.map(\.rawValue).joined(separator: "|")))
    var formats: [OutputFormat] = []

    @Option(name: [.short, .customLong("output")], help: "Output folder.")
    var output: String = "out"

    @Option(help: "URL prefix the WeChat editor can fetch images from; images are then written beside the article instead of embedded.")
    var imageBase: String?

    func validate() throws {
        if editions.isEmpty { throw ValidationError("name at least one edition file") }
        if Pipeline.availableFormats.isEmpty { throw ValidationError("this build has no output backend") }
        for f in formats where !Pipeline.availableFormats.contains(f) {
            throw ValidationError("the \(f.rawValue) backend is not in this build; available: \(Pipeline.availableFormats.map(\.rawValue).joined(separator: ", "))")
        }
        // The WeChat editor fetches images only over https and drops the rest.
        if let imageBase, !imageBase.hasPrefix("https://") {
            throw ValidationError("--image-base must be an https:// URL the WeChat editor can fetch")
        }
    }

    func run() throws {
        let options = BuildOptions(formats: formats.isEmpty ? Pipeline.availableFormats : formats,
                                   outputDirectory: URL(fileURLWithPath: output), imageBase: imageBase)
        do {
            let (written, notes) = try Pipeline.build(editions, options: options)
            for url in written { print(url.path) }
            for note in notes { Reporting.printError(note) }
        } catch {
            throw Reporting.fail(error)
        }
    }
}
