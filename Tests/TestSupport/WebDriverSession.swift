import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// Headless Chromium driven through chromedriver's W3C WebDriver HTTP API on 127.0.0.1:
/// enough of the protocol to open a page at phone size (the WeChat article) or in a desktop
/// window (the preview page), run scripts, click and screenshot.
/// Requests go over a plain socket (`HTTPExchange`): FoundationNetworking's URLSession on
/// Linux rejects chromedriver's responses ("Failed writing header"), whose header lines
/// have no space after the colon (`Content-Length:250`).
public final class WebDriverSession {
    /// The phone the preview is judged on: WeChat's 375 px column, an iPhone-sized height.
    public static let viewport = (width: 375, height: 812)
    /// How long chromedriver may take to start listening, in seconds.
    static let startupTimeout = 20.0

    private let process: Process
    private let base: URL
    private var sessionID = ""

    public struct Failure: Error, CustomStringConvertible { public var description: String }

    /// A page at phone size: `width` CSS px wide, `viewport.height` high.
    public convenience init(width: Int = WebDriverSession.viewport.width) throws {
        try self.init(window: "800,900", phoneWidth: width)
    }

    /// A desktop window of 1400 × 900 px, where the preview page shows its views side by side.
    public static func desktop() throws -> WebDriverSession {
        try WebDriverSession(window: "1400,900", phoneWidth: nil)
    }

    /// Starts chromedriver and a headless Chromium, both found on PATH; when either is absent
    /// the test is skipped locally and fails on CI. `phoneWidth` (CSS px) emulates a phone.
    private init(window: String, phoneWidth: Int?) throws {
        let chromium = try Prerequisite.tool("chromium"), chromedriver = try Prerequisite.tool("chromedriver")
        let port = try WebDriverSession.freePort()
        base = URL(string: "http://127.0.0.1:\(port)")!
        process = Process()
        process.executableURL = URL(fileURLWithPath: chromedriver)
        process.arguments = ["--port=\(port)", "--allowed-ips=127.0.0.1"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(WebDriverSession.startupTimeout)
        while true {
            if let status = try? send("GET", "/status") as? [String: Any], (status["ready"] as? Bool) == true { break }
            if Date() > deadline { process.terminate(); throw Failure(description: "chromedriver did not start on port \(port)") }
            usleep(100_000)
        }
        var options: [String: Any] = [
            "binary": chromium,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                     "--force-device-scale-factor=1", "--lang=zh-CN", "--window-size=\(window)"],
        ]
        if let phoneWidth {
            // Chromium will not make a window narrower than 500 px; device emulation gives
            // the page the phone's viewport instead.
            options["mobileEmulation"] = ["deviceMetrics": ["width": phoneWidth, "height": WebDriverSession.viewport.height, "pixelRatio": 1]]
        }
        let capabilities: [String: Any] = ["capabilities": ["alwaysMatch": ["browserName": "chrome", "goog:chromeOptions": options]]]
        do {
            let created = try XCTUnwrap(send("POST", "/session", capabilities) as? [String: Any])
            sessionID = try XCTUnwrap(created["sessionId"] as? String)
        } catch {
            process.terminate()
            throw error
        }
    }

    deinit { quit() }

    public func quit() {
        if !sessionID.isEmpty { _ = try? send("DELETE", "/session/\(sessionID)"); sessionID = "" }
        if process.isRunning { process.terminate(); process.waitUntilExit() }
    }

    // MARK: Commands

    public func navigate(to url: URL) throws { try command("POST", "url", ["url": url.absoluteString]) }

    /// Grants a permission (clipboard-read, clipboard-write) to the current page's origin.
    public func grant(_ permission: String) throws {
        try command("POST", "permissions", ["descriptor": ["name": permission], "state": "granted"])
    }

    @discardableResult
    public func execute(_ script: String, _ arguments: [Any] = []) throws -> Any? {
        try command("POST", "execute/sync", ["script": script, "args": arguments])
    }

    /// Runs `script`, which must call `arguments[arguments.length - 1]` with its result.
    public func executeAsync(_ script: String, _ arguments: [Any] = []) throws -> Any? {
        try command("POST", "execute/async", ["script": script, "args": arguments])
    }

    public func click(css selector: String) throws {
        let found = try XCTUnwrap(command("POST", "element", ["using": "css selector", "value": selector]) as? [String: Any])
        let element = try XCTUnwrap(found.values.first as? String)
        try command("POST", "element/\(element)/click", [String: Any]())
    }

    /// The visible part of the page as PNG.
    public func screenshot() throws -> Data {
        let encoded = try XCTUnwrap(command("GET", "screenshot") as? String)
        return try XCTUnwrap(Data(base64Encoded: encoded))
    }

    /// Polls `script` until it returns true, up to `timeout` seconds.
    public func wait(until script: String, timeout: Double = 5) throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if (try execute(script) as? Bool) == true { return true }
            usleep(50_000)
        } while Date() < deadline
        return false
    }

    // MARK: Protocol

    @discardableResult
    private func command(_ method: String, _ path: String, _ body: Any? = nil) throws -> Any? {
        try send(method, "/session/\(sessionID)/\(path)", body)
    }

    /// One WebDriver request; returns the response's `value`, or throws its error.
    private func send(_ method: String, _ path: String, _ body: Any? = nil) throws -> Any? {
        let payload = try body.map { try JSONSerialization.data(withJSONObject: $0) } ?? Data()
        let data = try HTTPExchange.send(method: method, port: base.port ?? 0, path: path, body: payload)
        let json = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? [String: Any]
        let value = json?["value"]
        if let error = value as? [String: Any], let kind = error["error"] as? String {
            throw Failure(description: "WebDriver \(method) \(path): \(kind): \(error["message"] ?? "")")
        }
        return value is NSNull ? nil : value
    }

    /// A TCP port nobody listens on now: bind port 0 and read back what the kernel chose.
    private static func freePort() throws -> Int {
        var (fd, address) = try HTTPExchange.loopbackSocket(port: 0)
        defer { close(fd) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw Failure(description: "cannot bind a local port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
