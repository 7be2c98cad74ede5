import Foundation
import TestSupport
import XCTest

/// The real `briefpress preview` on a scratch copy of the in-repo fixture publication, on a
/// free port (`--port 0`; the address is read from what it prints), with curl for HTTP.
/// Everything waits by polling with a deadline, so a loaded machine slows the tests down
/// instead of failing them.
final class RunningPreview {
    static let timeout: TimeInterval = 20

    let publication: URL
    let edition: URL
    let address: String
    let port: Int
    let process: Process
    private let curl: String
    private let scratch: URL
    private var listeners: [Process] = []

    struct Failure: Error, CustomStringConvertible { var description: String }

    struct Response {
        var status: Int
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    static var binary: URL {
        // swift test runs the .xctest bundle from the products folder, next to the executable.
        let products = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL.deletingLastPathComponent()
            ?? Bundle.main.bundleURL
        return products.appendingPathComponent("briefpress")
    }

    init(arguments extra: [String] = []) throws {
        guard FileManager.default.isExecutableFile(atPath: RunningPreview.binary.path) else {
            throw Prerequisite.missing("the briefpress binary at \(RunningPreview.binary.path)", remedy: "run swift build --build-tests")
        }
        curl = try Prerequisite.tool("curl", package: "curl")
        scratch = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("bp-preview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        publication = scratch.appendingPathComponent("shuzhi")
        try FileManager.default.copyItem(at: SamplePublication.fixture.directory, to: publication)
        edition = publication.appendingPathComponent("editions/2026-05-28.md")

        process = Process()
        process.executableURL = RunningPreview.binary
        process.arguments = ["preview", "editions/2026-05-28.md", "--port", "0"] + extra
        process.currentDirectoryURL = publication
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line names the address once the server listens.
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let range = text.range(of: #"http://[^ \n]+/"#, options: .regularExpression),
              let portText = text[range].split(separator: ":").last?.dropLast(), let port = Int(portText) else {
            process.terminate()
            throw Failure(description: "preview printed no address: \(text)")
        }
        address = String(text[range])
        self.port = port
    }

    deinit {
        for listener in listeners where listener.isRunning { listener.terminate() }
        if process.isRunning { process.terminate(); process.waitUntilExit() }
        try? FileManager.default.removeItem(at: scratch)
    }

    /// GET `path`; `host` replaces the Host header.
    func get(_ path: String, host: String? = nil, follow: Bool = false) throws -> Response {
        let bodyFile = scratch.appendingPathComponent("response-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: bodyFile) }
        var arguments = ["-s", "--path-as-is", "--max-time", "20", "-o", bodyFile.path, "-w", "%{http_code}"]
        if let host { arguments += ["-H", "Host: \(host)"] }
        if follow { arguments.append("-L") }
        let status = try run(curl, arguments + [address + path.dropFirst()])
        return Response(status: Int(status) ?? 0, body: (try? Data(contentsOf: bodyFile)) ?? Data())
    }

    /// Opens `/events` and returns a function that gives everything received so far.
    func listen() throws -> () -> String {
        let listener = Process()
        listener.executableURL = URL(fileURLWithPath: curl)
        listener.arguments = ["-sN", address + "events"]
        let out = Pipe()
        listener.standardOutput = out
        let received = Received()
        out.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            received.append(data)
        }
        try listener.run()
        listeners.append(listener)
        return { received.text }
    }

    /// The `build` reports received on a stream, decoded, in order.
    static func reports(_ stream: String) -> [[String: Any]] {
        stream.components(separatedBy: "\n").compactMap { line in
            guard line.hasPrefix("data: ") else { return nil }
            return (try? JSONSerialization.jsonObject(with: Data(line.dropFirst(6).utf8))) as? [String: Any]
        }
    }

    /// Polls `condition` until it holds or the timeout passes.
    func waitFor(_ what: String, _ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(RunningPreview.timeout)
        while Date() < deadline {
            if try condition() { return }
            usleep(100_000)
        }
        throw Failure(description: "timed out waiting for \(what)")
    }

    /// Replaces the edition the way many editors save: a new file renamed over the old one.
    func saveEdition(_ change: (String) -> String) throws {
        let text = try String(contentsOf: edition, encoding: .utf8)
        try change(text).write(to: edition, atomically: true, encoding: .utf8)
    }

    /// Runs `briefpress build` on the edition into a scratch folder outside the publication;
    /// returns that folder.
    func build() throws -> URL {
        let output = scratch.appendingPathComponent("built-\(UUID().uuidString)")
        try run(RunningPreview.binary.path, ["build", edition.path, "--output", output.path])
        return output
    }

    /// Every file and folder under the publication, relative.
    func publicationListing() -> [String] {
        (FileManager.default.enumerator(atPath: publication.path)?.allObjects as? [String] ?? []).sorted()
    }

    @discardableResult
    func run(_ tool: String, _ arguments: [String]) throws -> String {
        try ToolProcess.run(tool, arguments).text
    }

    /// The text of a PDF, as pdftotext reads it, without white space (lines break anywhere).
    func pdfText(_ pdf: Data) throws -> String {
        let pdftotext = try Prerequisite.tool("pdftotext")
        let file = scratch.appendingPathComponent("out-\(UUID().uuidString).pdf")
        try pdf.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try run(pdftotext, ["-enc", "UTF-8", file.path, "-"]).filter { !$0.isWhitespace }
    }

    /// The XHTML pages of an EPUB, concatenated, as unzip reads them.
    func epubText(_ epub: Data) throws -> String {
        let unzip = try Prerequisite.tool("unzip")
        let file = scratch.appendingPathComponent("out-\(UUID().uuidString).epub")
        try epub.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try run(unzip, ["-p", file.path, "*.xhtml"])
    }
}

/// Bytes a reading handler appends while a test reads them.
private final class Received: @unchecked Sendable {
    private var data = Data()
    private let lock = NSLock()
    func append(_ more: Data) { lock.withLock { data += more } }
    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
}
