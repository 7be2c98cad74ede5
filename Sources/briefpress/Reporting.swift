import ArgumentParser
import BriefModel
import BriefPress
import Foundation

/// Turns library errors into the messages and exit statuses the CLI promises (sysexits.h).
enum Reporting {
    static func fail(_ error: Error) -> Error {
        switch error {
        case let e as SourceErrors:
            printError(e.description)
            let count = e.diagnostics.filter { $0.severity == .error }.count
            printError("\(count) error\(count == 1 ? "" : "s"); nothing was written")
            return ExitCode(65)
        case let e as MissingSourceFile:
            printError(e.description)
            return ExitCode(66)
        case let e as OutputWriter.Failure:
            printError(e.description)
            return ExitCode(73)
        case let e as LayoutLoader.Failure:
            printError(e.description)
            return ExitCode(78)
        case let e as EditionTemplate.Refusal:
            printError(e.description)
            return ExitCode(73)
        case let e as MonthCollection.Failure:
            printError(e.description)
            return ExitCode(66)
        case let e as CustomStringConvertible:
            printError(e.description.hasPrefix("error") || e.description.contains(": error: ") ? e.description : "error: \(e.description)")
            return ExitCode(78)
        default:
            printError("error: \(error)")
            return ExitCode(70)
        }
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
