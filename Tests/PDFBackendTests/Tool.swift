import Foundation
import TestSupport

/// Runs a command-line tool (qpdf, pdffonts, pdftotext, pdftoppm, mutool) the way a user
/// would, and returns what it printed. A tool that is not installed is a missing prerequisite
/// (skipped locally, a failure on CI).
enum Tool {
    static func run(_ name: String, _ arguments: [String]) throws -> ToolProcess.Result {
        try ToolProcess.run(Prerequisite.tool(name), arguments)
    }
}
