import ArgumentParser
import BriefModel
import Foundation
import PreviewOptions

struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Serve a live preview of an edition (PDF, WeChat article, EPUB) that follows every save.",
        discussion: "Open the printed address in a browser. Nothing is written; Ctrl-C stops it.")

    @OptionGroup var options: PreviewOptions

    /// The server is `briefpress-preview`, installed beside this binary: exec'd, it becomes
    /// this process (same pid, signals, terminal), and `briefpress` itself stays free of the
    /// HTTP stack, which would slow the start of every build.
    func run() throws {
        if let missing = options.missingEdition() { throw Reporting.fail(missing) }
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let server = URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("briefpress-preview").path
        let arguments = [server] + options.arguments
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
