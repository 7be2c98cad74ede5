import Foundation
#if canImport(Glibc)
import Glibc
#endif
import TestSupport
import XCTest

/// Headless Chromium driven through chromedriver's W3C WebDriver API, with curl for the
/// requests (URLSession on Linux rejects chromedriver's header lines): open a page, run a
/// script in it.
final class PreviewBrowser {
    private let driver: Process
    private let base: String
    private let curl: String
    private var session = ""

    struct Failure: Error, CustomStringConvertible { var description: String }

    init() throws {
        let chromium = try Prerequisite.tool("chromium"), chromedriver = try Prerequisite.tool("chromedriver")
        curl = try Prerequisite.tool("curl", package: "curl")
        let port = try PreviewBrowser.freePort()
        base = "http://127.0.0.1:\(port)"
        driver = Process()
        driver.executableURL = URL(fileURLWithPath: chromedriver)
        driver.arguments = ["--port=\(port)", "--allowed-ips=127.0.0.1"]
        driver.standardOutput = FileHandle.nullDevice
        driver.standardError = FileHandle.nullDevice
        try driver.run()
        let deadline = Date().addingTimeInterval(RunningPreview.timeout)
        while (try? send("GET", "/status"))?["value"].flatMap({ ($0 as? [String: Any])?["ready"] as? Bool }) != true {
            if Date() > deadline { driver.terminate(); throw Failure(description: "chromedriver did not start") }
            usleep(100_000)
        }
        let capabilities: [String: Any] = ["capabilities": ["alwaysMatch": [
            "browserName": "chrome",
            "goog:chromeOptions": [
                "binary": chromium,
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,900"],
            ],
        ]]]
        let created = try send("POST", "/session", capabilities)
        guard let value = created["value"] as? [String: Any], let id = value["sessionId"] as? String else {
            driver.terminate()
            throw Failure(description: "no WebDriver session: \(created)")
        }
        session = id
    }

    deinit {
        _ = try? send("DELETE", "/session/\(session)")
        driver.terminate()
        driver.waitUntilExit()
    }

    func open(_ url: String) throws {
        _ = try send("POST", "/session/\(session)/url", ["url": url])
    }

    /// Runs `script` (a function body) in the page and returns its result.
    func evaluate(_ script: String) throws -> Any? {
        try send("POST", "/session/\(session)/execute/sync", ["script": script, "args": []])["value"]
    }

    private func send(_ method: String, _ path: String, _ body: [String: Any]? = nil) throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: curl)
        var arguments = ["-s", "--max-time", "60", "-X", method, base + path]
        if let body {
            arguments += ["-H", "Content-Type: application/json", "--data-binary",
                          String(decoding: try JSONSerialization.data(withJSONObject: body), as: UTF8.self)]
        }
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }

    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket() failed") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw Failure(description: "cannot bind a local port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
