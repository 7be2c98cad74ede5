import BriefModel
import BriefPress
import FlyingFox
import FlyingSocks
import Foundation

/// `briefpress preview`: renders an edition in memory, serves the outputs and a page that
/// shows them on a loopback HTTP server (FlyingFox), and renders again whenever a source
/// changes. Writes no file.
public final class PreviewServer: @unchecked Sendable {
    public struct Failure: StatusCarryingError, CustomStringConvertible {
        public var description: String
        public var exitStatus: ExitStatus { .cannotCreate }
        public var failureMessage: String { description }
    }

    private let session: PreviewSession
    private let host: String
    private let port: UInt16
    private let state = PreviewState()
    private let events = EventStream()

    /// `host` is an IP address literal (`127.0.0.1`, `::1`) or `localhost`; port 0 takes a free port.
    public init(editionPath: String, host: String = "127.0.0.1", port: UInt16 = 8000, sourceDate: UTCTimestamp? = nil) {
        session = PreviewSession(editionPath: editionPath, sourceDate: sourceDate)
        self.host = host
        self.port = port
    }

    /// Whether `host` keeps the server on this machine.
    public static func isLoopback(_ host: String) -> Bool { LoopbackHostCheck.isLoopback(host) }

    /// Renders the edition once, starts watching its sources and listening; returns the
    /// page's address once the server listens. A broken source does not stop it: the page
    /// shows the problems until they are mended.
    public func start() async throws -> String {
        let loop = try RebuildLoop(session: session, state: state, events: events)
        loop.renderFirst()
        let address: any SocketAddress
        do {
            switch host.lowercased() {
            case "localhost", "127.0.0.1": address = try sockaddr_in.inet(ip4: "127.0.0.1", port: port)
            case "::1", "[::1]": address = try sockaddr_in6.inet6(ip6: "::1", port: port)
            default: address = host.contains(":") ? try sockaddr_in6.inet6(ip6: host, port: port) : try sockaddr_in.inet(ip4: host, port: port)
            }
        } catch {
            throw Failure(description: "error: --host \(host) is not an IP address (give one, such as 127.0.0.1, or localhost)")
        }
        let server = HTTPServer(address: address, logger: .disabled)
        let listening = Task { try await server.run() }
        do {
            try await server.waitUntilListening(timeout: 10)
        } catch {
            listening.cancel()
            throw Failure(description: "error: cannot listen on \(host) port \(port) (is the port in use?)")
        }
        guard let bound = await server.listeningAddress else { throw Failure(description: "error: the server stopped at once") }
        let actualPort: UInt16
        switch bound {
        case .ip4(_, let p), .ip6(_, let p): actualPort = p
        case .unix: actualPort = port
        }
        let title = ((session.editionPath as NSString).lastPathComponent as NSString).deletingPathExtension
        await server.appendRoute("*", to: PreviewRoutes(
            state: state, events: events,
            hostCheck: LoopbackHostCheck(port: actualPort, boundHost: PreviewServer.isLoopback(host) ? nil : host),
            title: title))
        loop.start()
        let shownHost = host.contains(":") ? "[\(host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")))]" : (host == "localhost" ? "127.0.0.1" : host)
        return "http://\(shownHost):\(actualPort)/"
    }

    /// The problems of the latest render, as `build` prints them; empty after a good one.
    public var problems: [String] { state.current.report.problems.map(\.line) }
}
