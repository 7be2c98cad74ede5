import ArgumentParser
import BriefModel
import BriefPress
import Foundation
import PreviewOptions
import PreviewServer

/// The preview server's own executable, started by `briefpress preview` (which execs it, so
/// signals reach it directly). It is a program of its own because the HTTP server links
/// Foundation's networking and libcurl with their dozens of shared libraries: in the
/// `briefpress` binary they doubled the start-up time of every `build`.
@main
struct BriefPressPreview: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefpress-preview",
        abstract: "The server behind `briefpress preview`; run that instead.")

    @OptionGroup var options: PreviewOptions

    func run() throws {
        if let missing = options.missingEdition() { throw fail(missing) }
        let (edition, port, host) = (options.edition, options.port, options.host)
        if !PreviewServer.isLoopback(host) {
            printError("warning: --host \(host) is not loopback: anyone who can reach this machine on port \(port) can read the edition")
        }
        let server: PreviewServer
        do {
            server = PreviewServer(editionPath: edition, host: host, port: port, sourceDate: try BuildOptions.sourceDate())
        } catch {
            throw fail(error)
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
        do { address = try outcome.get() } catch { throw fail(error) }
        // Nothing is on disk to clean up (outputs live in memory), so a signal ends the
        // process at once with status 0. A plain handler, not a dispatch source: those need
        // the signal blocked in every thread, and the server's threads already run.
        for number in [SIGINT, SIGTERM] {
            signal(number) { _ in _exit(0) }
        }
        print("Preview of \(edition) at \(address)")
        for problem in server.problems { printError(problem) }
        fflush(stdout)
        dispatchMain()
    }

    private func fail(_ error: Error) -> Error {
        let report = FailureReport(error)
        printError(report.message)
        return ExitCode(report.exitStatus)
    }

    private func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
