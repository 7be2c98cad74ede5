import ArgumentParser
import BriefModel
import BriefPress
import Foundation

struct BundleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundle",
        abstract: "Bundle every edition of a month into one EPUB (out/YYYY-MM.epub).",
        discussion: "Reads editions/YYYY-MM-DD.md of the month from the publication folder and reports the days with no edition. "
            + "An edition that fails to read stops the bundle unless --skip-invalid is given.")

    @Argument(help: "The publication folder (the one holding publication.yaml).")
    var publication: String = "."

    @Option(help: "The month, YYYY-MM.")
    var month: String

    @Option(name: [.short, .customLong("output")], help: "Output folder.")
    var output: String = "out"

    @Flag(help: "Bundle the editions that read, leaving out those with errors (which are still reported).")
    var skipInvalid = false

    @Flag(help: "Embed the layout's serif and sans faces in the EPUB, subset to its characters (adds their size; see README).")
    var embedFonts = false

    func validate() throws {
        if EditionMonth(month) == nil { throw ValidationError("`\(month)` is not a month; write it as YYYY-MM, e.g. --month 2026-05") }
    }

    func run() throws {
        do {
            let result = try Pipeline.bundle(publicationDirectory: URL(fileURLWithPath: publication), month: EditionMonth(month)!,
                                             outputDirectory: URL(fileURLWithPath: output), skipInvalid: skipInvalid,
                                             sourceDate: try BuildOptions.sourceDate(), embedFonts: embedFonts,
                                             progress: BundleCommand.progressLine())
            for note in result.notes { Reporting.printError(note) }
            print(result.written.path)
        } catch {
            throw Reporting.fail(error)
        }
    }

    /// The library's progress line, drawn on a terminal only (logs stay clean).
    static func progressLine() -> (Int, Int, String) -> Void {
        guard isatty(STDERR_FILENO) != 0 else { return { _, _, _ in } }
        return { index, total, path in
            FileHandle.standardError.write(Data(Pipeline.progressLine(index: index, total: total, path: path).utf8))
        }
    }
}
