/// The links an article cannot keep clickable, numbered for the 引用链接 list at its end.
/// WeChat keeps only `mp.weixin.qq.com` links; every other one becomes its text plus `[n]`,
/// with the URL written out in the list. Numbers follow first use and a URL cited twice
/// keeps its first number, so the list is sequential and has no duplicates.
struct LinkNotes {
    struct Note: Hashable {
        var number: Int
        var url: String
        /// The link text at the URL's first use.
        var text: String
    }

    private(set) var notes: [Note] = []

    /// The note number of `url`, assigning the next one on first use.
    mutating func number(for url: String, text: String) -> Int {
        if let existing = notes.first(where: { $0.url == url }) { return existing.number }
        let note = Note(number: notes.count + 1, url: url, text: text)
        notes.append(note)
        return note.number
    }

    /// The heading of the list (the name doocs, wenyan and WeChat writers use).
    static let heading = "引用链接"

    static let articlePrefix = "https://mp.weixin.qq.com/"

    /// The URL to keep as a clickable `<a>`, or nil when the editor would strip or refuse it.
    /// An `http://` article link is the same article over https.
    static func articleLink(_ url: String) -> String? {
        if url.hasPrefix(articlePrefix) { return url }
        let insecure = "http://mp.weixin.qq.com/"
        if url.hasPrefix(insecure) { return articlePrefix + url.dropFirst(insecure.count) }
        return nil
    }

    /// True when the link's text already shows its address (an autolink), so a note would
    /// only repeat it: such links are written as text with no number, as doocs does.
    static func showsItsAddress(url: String, text: String) -> Bool {
        text == url || "mailto:" + text == url
    }
}
