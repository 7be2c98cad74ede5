import BriefModel
import XMLKit

/// What inline rendering remembers along a paragraph: the last character written, which
/// decides whether a soft line break is a space (between Latin words) or nothing (between
/// Chinese characters), the same rule as `Inline.plainText`.
struct InlineState {
    var lastCharacter: Character?
}

extension ArticleBuilder {
    /// A note number must not begin a line (it would read as belonging to the next word),
    /// and a phone browser breaks before a `<sup>` after a Chinese character: so a citation
    /// right after text is tied to the text's last character.
    func inlines(_ inlines: [Inline], into node: XMLNode, state: inout InlineState) {
        var i = 0
        while i < inlines.count {
            if case .text(let text) = inlines[i], i + 1 < inlines.count, case .citation = inlines[i + 1],
               let last = text.last, !last.isWhitespace {
                appendText(String(text.dropLast()), to: node, state: &state)
                let tie = node.element("span", ["style": ArticleBuilder.noBreak])
                appendText(String(last), to: tie, state: &state)
                inline(inlines[i + 1], into: tie, state: &state)
                i += 2
            } else {
                inline(inlines[i], into: node, state: &state)
                i += 1
            }
        }
    }

    /// Keeps a character and its note number on one line (`white-space` is among the
    /// properties the editor keeps, wechat.md §1c).
    static let noBreak = "white-space:nowrap"

    func appendText(_ text: String, to node: XMLNode, state: inout InlineState) {
        guard !text.isEmpty else { return }
        node.text(ArticleBuilder.removingInvisibleBreaks(text))
        state.lastCharacter = text.last
    }

    private func inline(_ inline: Inline, into node: XMLNode, state: inout InlineState) {
        switch inline {
        case .text(let text):
            appendText(text, to: node, state: &state)
        case .strong(let content):
            inlines(content, into: node.element("strong", ["style": "font-weight:bold"]), state: &state)
        case .emphasis(let content):
            inlines(content, into: node.element("em", ["style": "font-style:italic"]), state: &state)
        case .strikethrough(let content):
            inlines(content, into: node.element("del", ["style": "text-decoration:line-through"]), state: &state)
        case .code(let code):
            let element = node.element("code", ["style": styles.inlineCode.css])
            appendText(ArticleBuilder.protectSpaceRuns(code), to: element, state: &state)
        case .link(let url, let content):
            link(url: url, content: content, into: node, state: &state)
        case .citation(let citation):
            superscript("[\(citation.label)]", into: node, state: &state)
        case .lineBreak:
            node.element("br")
            state.lastCharacter = "\n"
        case .softBreak:
            if let last = state.lastCharacter, last.isASCII, !last.isWhitespace {
                appendText(" ", to: node, state: &state)
            }
        }
    }

    /// An `mp.weixin.qq.com` link stays a link. Any other becomes its text in the link
    /// colour plus a superscript note number; the URL is listed under 引用链接. A link whose
    /// text is its own address is only that text: a note would repeat it.
    private func link(url: String, content: [Inline], into node: XMLNode, state: inout InlineState) {
        if let article = LinkNotes.articleLink(url) {
            inlines(content, into: node.element("a", ["href": article, "style": styles.link.css]), state: &state)
            return
        }
        let text = content.plainText
        if LinkNotes.showsItsAddress(url: url, text: text) {
            inlines(content, into: node.element("span", ["style": styles.urlText.css]), state: &state)
            return
        }
        inlines(content, into: node.element("span", ["style": styles.linkText.css]), state: &state)
        let number = notes.number(for: url, text: text)
        superscript("[\(number)]", into: node, state: &state)
    }

    func superscript(_ text: String, into node: XMLNode, state: inout InlineState) {
        node.element("sup", ["style": styles.superscript.css], text: text)
        state.lastCharacter = "]"
    }

    /// A URL written as text: clickable only on mp.weixin.qq.com.
    func urlText(_ url: String, into node: XMLNode) {
        if let article = LinkNotes.articleLink(url) {
            node.element("a", ["href": article, "style": styles.urlText.css], text: url)
        } else {
            node.element("span", ["style": styles.urlText.css], text: url)
        }
    }

    /// Runs of two or more spaces made no-break spaces, which the editor keeps.
    static func protectSpaceRuns(_ text: String) -> String {
        var out = "", run = 0
        func flush() {
            out += run >= 2 ? String(repeating: "\u{00A0}", count: run) : String(repeating: " ", count: run)
            run = 0
        }
        for c in text {
            if c == " " { run += 1 } else { flush(); out.append(c) }
        }
        flush()
        return out
    }

    /// Zero-width spaces and joiners cause stray line breaks in the editor (wechat.md §3).
    static func removingInvisibleBreaks(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { invisibleBreaks.contains($0) }) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { !invisibleBreaks.contains($0) })
        return String(scalars)
    }

    private static let invisibleBreaks: Set<Unicode.Scalar> = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}"]
}
