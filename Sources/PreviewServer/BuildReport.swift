import BriefModel
import BriefPress
import Foundation

/// What `/events` says after a rebuild: that it succeeded (in how long, and which views
/// changed) or the problems, each as the `FILE:LINE:COL: error: …` line `build` prints with
/// the source line it points at quoted, for the page's overlay.
struct BuildReport: Codable, Sendable {
    struct Problem: Codable, Sendable {
        var line: String
        var hint: String?
        /// The source line the problem is on, as the file has it now.
        var source: String?
    }

    /// Counts rebuilds, so a client can tell a new report from one it has seen.
    var version: Int
    var ok: Bool
    var milliseconds: Int
    /// The views whose output changed: `pdf`, `wechat`, `epub`.
    var changed: [String]
    /// Where the latest good outputs are served, by view.
    var outputs: [String: String]
    var problems: [Problem]

    var json: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and arrays cannot fail.
        return Array((try? encoder.encode(self)) ?? Data("{}".utf8))
    }

    /// The problems of a failed rebuild: source problems one by one, anything else as the
    /// lines `build` would print for it.
    static func problems(of error: Error) -> [Problem] {
        if let errors = error as? SourceErrors {
            return errors.diagnostics.prefix(SourceErrors.maximumListed).map { diagnostic in
                Problem(line: "\(diagnostic.location): \(diagnostic.severity.rawValue): \(diagnostic.message)",
                        hint: diagnostic.hint, source: quotedLine(diagnostic.location))
            }
        }
        return FailureReport(error).message.split(separator: "\n").map { Problem(line: String($0)) }
    }

    /// Line `location.line` of the file, without its line end; nil when it cannot be read.
    static func quotedLine(_ location: SourceLocation) -> String? {
        guard location.line >= 1, let data = FileManager.default.contents(atPath: location.file) else { return nil }
        var line = 1
        var start = data.startIndex
        for index in data.indices where data[index] == UInt8(ascii: "\n") {
            if line == location.line { return String(decoding: data[start..<index], as: UTF8.self).trimmingCharacters(in: .newlines) }
            line += 1
            start = data.index(after: index)
        }
        return line == location.line ? String(decoding: data[start...], as: UTF8.self) : nil
    }
}
