import Foundation
import TestSupport

/// Runs a command-line tool (qpdf, pdffonts, pdftotext, pdftoppm, mutool) the way a user
/// would, and returns what it printed. A tool that is not installed is a missing prerequisite
/// (skipped locally, a failure on CI).
enum Tool {
    struct Result {
        var status: Int32
        var output: Data
        var errors: String
        var text: String { String(decoding: output, as: UTF8.self) }
    }

    static func run(_ name: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Prerequisite.tool(name))
        process.arguments = arguments
        let out = Pipe()
        let errorFile = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("tool-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let err = try FileHandle(forUpdating: errorFile)
        defer { try? err.close() }
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Errors go to a file rather than a second pipe, so neither stream can fill up
        // and block the tool while the other is read.
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errors = (try? Data(contentsOf: errorFile)) ?? Data()
        return Result(status: process.terminationStatus, output: output, errors: String(decoding: errors, as: UTF8.self))
    }
}
