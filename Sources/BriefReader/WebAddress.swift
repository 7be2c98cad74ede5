/// The only addresses a briefing holds: web pages (`http:`, `https:`) and mail (`mailto:`).
/// Every output turns an address into something a reader can activate (a PDF link, an
/// EPUB `href`, a QR code), so `javascript:`, `file:`, `data:` and the rest never reach the
/// model: in a field they are a source error at the value, in the body a link becomes text.
enum WebAddress {
    /// Longer addresses are refused: browsers stop around 2,000 characters, and a QR code
    /// of a longer one is too dense to scan from paper.
    static let maximumLength = 2_000

    /// What is wrong with `text` as an address, or nil when it is one.
    static func problem(_ text: String) -> String? {
        if text.count > maximumLength {
            return "the address is \(text.count) characters long; at most \(maximumLength) are allowed"
        }
        if let bad = text.unicodeScalars.first(where: { $0.properties.isWhitespace || $0.properties.generalCategory == .control }) {
            return "the address holds \(bad == " " ? "a space" : String(format: "U+%04X", bad.value)); write spaces as %20"
        }
        let lower = text.lowercased()
        for scheme in ["https://", "http://"] where lower.hasPrefix(scheme) {
            let rest = lower.dropFirst(scheme.count)
            let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            return host.isEmpty ? "`\(scheme)` is not followed by a host name" : nil
        }
        if lower.hasPrefix("mailto:") {
            return lower.count > "mailto:".count ? nil : "`mailto:` is not followed by an address"
        }
        let scheme = text.prefix { $0 != ":" }
        return scheme.count < text.count && !scheme.isEmpty
            ? "`\(scheme.prefix(20)):` addresses are not allowed; only http://, https:// and mailto: are"
            : "not a web address; write it in full, starting with https:// (or http://, mailto:)"
    }
}

extension YAMLMapping {
    /// A text value that must be a web or mail address; anything else is reported at the value.
    func webAddress(_ key: String) -> String? {
        guard let text = string(key) else { return nil }
        if let problem = WebAddress.problem(text) {
            document.error(document.location(valueNode(key)!), "`\(key)` in \(what): \(problem)",
                           hint: "links in a briefing go to web pages (https://…) or mail (mailto:…)")
            return nil
        }
        return text
    }
}
