import ArgumentParser
import BriefPress
import Foundation

struct BundleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundle",
        abstract: "Bundle every edition of a month into one EPUB (out/YYYY-MM.epub).",
        discussion: "Reports the days with no edition. An edition that fails to read stops the bundle unless --skip-invalid is given.")

    @Argument(help: "The publication folder.")
    var publication: String = "."

    @Option(help: "The month, YYYY-MM.")
    var month: String

    @Option(name: [.short, .customLong("output")], help: "Output folder.")
    var output: String = "out"

    @Flag(help: "Bundle the editions that read, leaving out those with errors (which are still reported).")
    var skipInvalid = false

    func run() throws {
        do {
            let result = try Pipeline.bundle(publicationDirectory: URL(fileURLWithPath: publication), month: month,
                                             outputDirectory: URL(fileURLWithPath: output), skipInvalid: skipInvalid,
                                             progress: BundleCommand.progressLine())
            for note in result.notes { Reporting.printError(note) }
            print(result.written.path)
        } catch {
            throw Reporting.fail(error)
        }
    }

    /// A progress line that rewrites itself, on a terminal only (logs stay clean).
    static func progressLine() -> (Int, Int, String) -> Void {
        guard isatty(STDERR_FILENO) != 0 else { return { _, _, _ in } }
        return { index, total, path in
            let name = URL(fileURLWithPath: path).lastPathComponent
            let line = index + 1 < total ? "\r\u{1B}[K[\(index + 1)/\(total)] \(name)" : "\r\u{1B}[K"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}
