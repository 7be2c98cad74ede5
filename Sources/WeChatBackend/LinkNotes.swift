import BriefModel

/// The marks that follow links in the article, so that a mark means one thing.
///
/// A link whose address is a reference's `url` cites that reference: it shows the
/// reference's number, `[n]`, exactly as a citation does, so one source never carries two
/// numbers. Every other link the editor cannot keep clickable (WeChat keeps only
/// `mp.weixin.qq.com` links) becomes its text plus a link note, `链接n`, with the URL
/// written out in the 引用链接 list at the end.
///
/// Link notes are a series of their own, not numbers continuing after the references:
/// a `[7]` after the six references would still read as a citation to a reader who sees
/// `[1]`–`[6]` cite sources, and would shift whenever a reference is added. `链接1` cannot be
/// mistaken for a citation, names the list it points to (引用链接), and needs no bracket.
/// Notes follow first use and a URL linked twice keeps its first note, so the list is
/// sequential and has no duplicates.
struct LinkNotes {
    struct Note: Hashable {
        var number: Int
        var url: String
        /// The link text at the URL's first use.
        var text: String
    }

    /// What follows a link's text.
    enum Mark: Hashable {
        /// The link's address is this reference's `url`: the citation mark `[n]`.
        case reference(Int)
        /// A link note: `链接n`, listed under 引用链接.
        case note(Int)
    }

    private(set) var notes: [Note] = []
    /// Reference number by URL; the first reference wins when two share a URL.
    private let referenceNumbers: [String: Int]

    init(references: [Reference]) {
        var numbers: [String: Int] = [:]
        for reference in references {
            if let url = reference.url, numbers[url] == nil { numbers[url] = reference.number }
        }
        referenceNumbers = numbers
    }

    /// The reference whose `url` is `url`, if any.
    func reference(for url: String) -> Int? { referenceNumbers[url] }

    /// The mark after a link to `url` that the editor will not keep clickable, assigning the
    /// next note number on a URL's first use.
    mutating func mark(for url: String, text: String) -> Mark {
        if let reference = referenceNumbers[url] { return .reference(reference) }
        if let existing = notes.first(where: { $0.url == url }) { return .note(existing.number) }
        let note = Note(number: notes.count + 1, url: url, text: text)
        notes.append(note)
        return .note(note.number)
    }

    /// The visible mark of link note `number`.
    static func label(_ number: Int) -> String { "链接\(number)" }

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
