import ArgumentParser
import BriefModel
import Foundation

/// What `briefpress preview` and the `briefpress-preview` server it execs are given, declared
/// once: the first parses them (and shows them in its `--help`), then hands them on as
/// `arguments`, which the second parses with this same declaration.
public struct PreviewOptions: ParsableArguments {
    @Argument(help: "The edition file (editions/YYYY-MM-DD.md).")
    public var edition: String

    @Option(help: "Port to listen on (0: any free port).")
    public var port: UInt16 = 8000

    @Option(help: "Address to listen on; anything but loopback lets other machines see your drafts.")
    public var host: String = "127.0.0.1"

    public init() {}

    /// Checked by both before anything starts: the edition file is missing.
    public func missingEdition() -> MissingSourceFile? {
        FileManager.default.fileExists(atPath: edition) ? nil : MissingSourceFile(path: edition, hint: "editions are files like editions/2026-05-28.md")
    }

    /// The command line that gives these values back.
    public var arguments: [String] { [edition, "--port", String(port), "--host", host] }
}
