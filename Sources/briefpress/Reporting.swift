import ArgumentParser
import BriefPress
import Foundation

/// Prints a library failure as the library reports it and exits with its status; the
/// mapping from error to message and status lives in BriefPress (FailureReport).
enum Reporting {
    static func fail(_ error: Error) -> Error {
        let report = FailureReport(error)
        printError(report.message)
        return ExitCode(report.exitStatus)
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
