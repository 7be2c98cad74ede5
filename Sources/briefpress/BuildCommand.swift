import ArgumentParser
import BriefPress
import Foundation

extension OutputFormat: ExpressibleByArgument {
    /// Shown beside each value in `--help` (ArgumentParser lists CaseIterable values once).
    public var defaultValueDescription: String { summary }
}

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Render editions into out/ (PDF, WeChat HTML with its covers, EPUB).",
        discussion: "Outputs are written only when every edition rendered. SOURCE_DATE_EPOCH, when set, is the date "
            + "every output records (reproducible builds).")

    @Argument(help: "Edition files (editions/YYYY-MM-DD.md); publication.yaml is found in the nearest folder above each.")
    var editions: [String]

    @Option(name: .customLong("format"), help: "Output format; repeat for several (default: all).")
    var formats: [OutputFormat] = []

    @Option(name: [.short, .customLong("output")], help: "Output folder.")
    var output: String = "out"

    @Option(help: "URL prefix the WeChat editor can fetch images from; images are then written beside the article instead of embedded.")
    var imageBase: String?

    @Flag(help: "Embed the layout's serif and sans faces in the EPUB, subset to its characters (adds their size; see README).")
    var embedFonts = false

    func validate() throws {
        if editions.isEmpty { throw ValidationError("name at least one edition file") }
        // The WeChat editor fetches images only over https and drops the rest.
        if let imageBase, !imageBase.hasPrefix("https://") {
            throw ValidationError("--image-base must be an https:// URL the WeChat editor can fetch")
        }
    }

    func run() throws {
        do {
            let options = BuildOptions(formats: formats.isEmpty ? OutputFormat.allCases : formats,
                                       outputDirectory: URL(fileURLWithPath: output), imageBase: imageBase,
                                       sourceDate: try BuildOptions.sourceDate(), embedFonts: embedFonts)
            let (written, notes) = try Pipeline.build(editions, options: options)
            for url in written { print(url.path) }
            for note in notes { Reporting.printError(note) }
        } catch {
            throw Reporting.fail(error)
        }
    }
}
