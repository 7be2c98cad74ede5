/// An href for a URL the editor typed. Spaces and the few ASCII characters a URL may not
/// hold (`"<>\^`{|}`, controls) are percent-encoded, so a sloppy URL still makes a valid
/// link; everything else, including Chinese (IRIs are allowed) and existing `%xx`, is kept.
enum ExternalLink {
    static let forbidden: Set<Unicode.Scalar> = [" ", "\"", "<", ">", "\\", "^", "`", "{", "|", "}"]

    static func href(_ url: String) -> String {
        var out = ""
        for scalar in url.trimmingWhitespace.unicodeScalars {
            if forbidden.contains(scalar) || scalar.value < 0x20 || scalar.value == 0x7F {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// True when a link's text is its own address (an autolink): the text is a URL.
    static func showsItsAddress(url: String, text: String) -> Bool {
        text == url || "mailto:" + text == url
    }
}

private extension String {
    var trimmingWhitespace: Substring {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return Substring(scalars[start...end])
    }
}
