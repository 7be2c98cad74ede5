import ArgumentParser
import BriefModel
import Foundation

struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Serve a live preview of an edition (PDF, WeChat article, EPUB) that follows every save.",
        discussion: "Open the printed address in a browser. Nothing is written; Ctrl-C stops it.")

    @Argument(help: "The edition file (editions/YYYY-MM-DD.md).")
    var edition: String

    @Option(help: "Port to listen on (0: any free port).")
    var port: UInt16 = 8000

    @Option(help: "Address to listen on; anything but loopback lets other machines see your drafts.")
    var host: String = "127.0.0.1"

    /// The server is `briefpress-preview`, installed beside this binary: exec'd, it becomes
    /// this process (same pid, signals, terminal), and `briefpress` itself stays free of the
    /// HTTP stack, which would slow the start of every build.
    func run() throws {
        guard FileManager.default.fileExists(atPath: edition) else {
            throw Reporting.fail(MissingSourceFile(path: edition, hint: "editions are files like editions/2026-05-28.md"))
        }
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let server = URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("briefpress-preview").path
        let arguments = [server, edition, "--port", String(port), "--host", host]
        var cArguments = arguments.map { strdup($0) } + [nil]
        execv(server, &cArguments)
        let reason = String(cString: strerror(errno))
        throw Reporting.fail(PreviewServerMissing(path: server, reason: reason))
    }
}

/// `briefpress-preview` is not where `briefpress` expects it: an installation fault (70).
struct PreviewServerMissing: StatusCarryingError {
    var path: String
    var reason: String
    var exitStatus: ExitStatus { .software }
    var failureMessage: String {
        "error: cannot start the preview server \(path): \(reason)\n  hint: `make install` puts briefpress-preview beside briefpress"
    }
}
