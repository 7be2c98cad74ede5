import Foundation

/// Runs a program to the end and keeps what it printed: the one way the test targets run the
/// tools that judge outputs (qpdf, pdftotext, mutool, pdfua, curl, epubcheck, the binary).
public enum ToolProcess {
    public struct Result {
        public var status: Int32
        public var output: Data
        public var errors: String
        public var text: String { String(decoding: output, as: UTF8.self) }
    }

    public static func run(_ executable: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
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
