import ArgumentParser
import BriefModel
import BriefPress
import Foundation
import PreviewServer

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

    func run() throws {
        guard FileManager.default.fileExists(atPath: edition) else {
            throw Reporting.fail(MissingSourceFile(path: edition, hint: "editions are files like editions/2026-05-28.md"))
        }
        if !PreviewServer.isLoopback(host) {
            Reporting.printError("warning: --host \(host) is not loopback: anyone who can reach this machine on port \(port) can read the edition")
        }
        let server: PreviewServer
        do {
            server = PreviewServer(editionPath: edition, host: host, port: port, sourceDate: try BuildOptions.sourceDate())
        } catch {
            throw Reporting.fail(error)
        }
        // The server runs on Swift's task pool; this thread waits for it to listen, then
        // parks in dispatchMain until a signal ends the process.
        let started = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var outcome: Result<String, Error> = .failure(CancellationError())
        Task.detached {
            do { outcome = .success(try await server.start()) } catch { outcome = .failure(error) }
            started.signal()
        }
        started.wait()
        let address: String
        do { address = try outcome.get() } catch { throw Reporting.fail(error) }
        // Nothing is on disk to clean up (outputs live in memory), so a signal ends the
        // process at once with status 0. A plain handler, not a dispatch source: those need
        // the signal blocked in every thread, and the server's threads already run.
        for number in [SIGINT, SIGTERM] {
            signal(number) { _ in _exit(0) }
        }
        print("Preview of \(edition) at \(address)")
        for problem in server.problems { Reporting.printError(problem) }
        fflush(stdout)
        dispatchMain()
    }
}
