import BriefModel

/// What the WeChat backend produces for one edition.
public struct WeChatArticle: Hashable, Sendable {
    /// The preview page, `2026-05-28.wechat.html`.
    public var page: OutputFile
    /// The article as pasted into the editor: one `<section>` with inline styles only.
    public var fragment: String
    /// The images to upload to the image base, named as the article references them;
    /// empty when images are embedded.
    public var uploads: [OutputFile]

    /// The most characters the draft API (`POST /cgi-bin/draft/add`) accepts as an
    /// article's `content` (wechat.md §0).
    public static let draftCharacterLimit = 20_000

    /// The fragment's length in characters, as the draft API counts them (each Chinese
    /// character is one).
    public var fragmentCharacters: Int { fragment.count }

    /// A warning for the editor when the fragment is over the draft API's limit, else nil.
    /// The article is still written: a paste into the editor has no such limit, and the
    /// editor decides whether to shorten it or to split it in two.
    public var sizeWarning: String? {
        guard fragmentCharacters > WeChatArticle.draftCharacterLimit else { return nil }
        return "warning: \(page.name): the article is \(fragmentCharacters.groupedDigits) characters, "
            + "over the \(WeChatArticle.draftCharacterLimit.groupedDigits)-character limit of the WeChat draft API "
            + "(draft/add refuses it); pasting into the editor still works, or shorten the edition"
    }
}

private extension Int {
    /// `21636` → `21,636`, the same in every locale.
    var groupedDigits: String {
        let digits = String(self)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}
