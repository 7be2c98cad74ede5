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
        // One entry per entered inline: the element its children go into, and the note of a
        // link that is written after its text.
        var open: [(element: XMLNode, note: (url: String, text: String)?)] = []
        // The span a citation goes into when the text before it was tied to it.
        var tie: XMLNode?
        ModelWalker.walk(inlines.map(ModelNode.inline), enter: { model, next in
            guard case .inline(let inline) = model else { return .visitChildren }
            let parent = open.last?.element ?? node
            var entry: (element: XMLNode, note: (url: String, text: String)?) = (parent, nil)
            switch inline {
            case .text(let text):
                if case .inline(.citation)? = next, let last = text.last, !last.isWhitespace {
                    appendText(String(text.dropLast()), to: parent, state: &state)
                    tie = parent.element("span", ["style": ArticleBuilder.noBreak])
                    appendText(String(last), to: tie!, state: &state)
                } else {
                    appendText(text, to: parent, state: &state)
                }
            // Bold and struck through are what these elements are by default, in the editor
            // as in every browser: a style repeating it would only cost characters.
            case .strong:
                entry.element = parent.element("strong")
            case .emphasis:
                // Chinese has no italic: a slanted Han face is a mechanical oblique. Chinese
                // emphasis reads as bold on a phone (the article cannot draw 着重号 dots).
                entry.element = parent.element("em", ["style": styles.emphasis.css])
            case .strikethrough:
                entry.element = parent.element("del")
            case .code(let code):
                let element = parent.element("code", ["style": styles.inlineCode.css])
                appendText(ArticleBuilder.protectSpaceRuns(code), to: element, state: &state)
            case .link(let url, let content):
                // An `mp.weixin.qq.com` link stays a link. Any other becomes its text in the
                // link colour plus a superscript note number; the URL is listed under 引用链接.
                // A link whose text is its own address is only that text: a note would repeat it.
                // A link to a reference's URL is followed by that reference's citation mark,
                // clickable or not.
                let text = content.plainText
                if let article = LinkNotes.articleLink(url) {
                    let a = parent.element("a", ["href": article, "style": styles.link.css])
                    entry = (a, notes.reference(for: url) == nil ? nil : (url, text))
                } else if LinkNotes.showsItsAddress(url: url, text: text) {
                    entry.element = parent.element("span", ["style": styles.urlText.css])
                } else {
                    entry = (parent.element("span", ["style": styles.linkText.css]), (url, text))
                }
            case .citation(let citation):
                superscript("[\(citation.label)]", into: tie ?? parent, state: &state)
                tie = nil
            case .lineBreak:
                parent.element("br")
                state.lastCharacter = "\n"
            case .softBreak:
                if let last = state.lastCharacter, last.isASCII, !last.isWhitespace {
                    appendText(" ", to: parent, state: &state)
                }
            }
            open.append(entry)
            return .visitChildren
        }, leave: { _ in
            let entry = open.removeLast()
            if let note = entry.note {
                let into = open.last?.element ?? node
                switch notes.mark(for: note.url, text: note.text) {
                case .reference(let number): superscript("[\(number)]", into: into, state: &state)
                case .note(let number):
                    into.element("sup", ["style": styles.linkNoteMark.css], text: LinkNotes.label(number))
                    state.lastCharacter = Character(String(number % 10))
                }
            }
        })
    }

    /// Keeps a character and its note number on one line (`white-space` is among the
    /// properties the editor keeps, wechat.md §1c).
    static let noBreak = "white-space:nowrap"

    func appendText(_ text: String, to node: XMLNode, state: inout InlineState) {
        guard !text.isEmpty else { return }
        node.text(ArticleBuilder.removingInvisibleBreaks(text))
        state.lastCharacter = text.last
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
