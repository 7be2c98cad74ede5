/// Which `Host` headers the preview answers: a loopback name with the server's port, or the
/// address literal the editor bound with `--host`. A page on another site that resolves its
/// own name to 127.0.0.1 (DNS rebinding) sends its own name as Host and is refused (403).
struct LoopbackHostCheck: Sendable {
    let port: UInt16
    /// The `--host` value when it is not a loopback name; requests naming it are allowed.
    let boundHost: String?

    static let loopbackNames = ["localhost", "127.0.0.1", "[::1]"]

    static func isLoopback(_ host: String) -> Bool {
        ["localhost", "127.0.0.1", "::1", "[::1]"].contains(host.lowercased())
    }

    func allows(_ host: String?) -> Bool {
        guard let host else { return false }
        var names = LoopbackHostCheck.loopbackNames
        if let boundHost { names.append(boundHost.contains(":") ? "[\(boundHost)]" : boundHost) }
        return names.contains { host.lowercased() == "\($0):\(port)" }
    }
}
