import BriefModel
import XMLKit

/// Writes the model's blocks and inlines of one edition as XHTML elements. It remembers the
/// last character written, because a soft line break is a space only between Latin words,
/// while it walks the inlines of a run.
/// Block writing is in `ContentWriter+Blocks.swift`.
final class ContentWriter {
    let anchors: Anchors
    let resources: ResourceCatalog
    /// Path from the chapter file back to the package document's folder.
    let rootPath: String

    /// The last Unicode scalar written as text, for soft breaks.
    private var lastScalar: Unicode.Scalar?

    init(anchors: Anchors, resources: ResourceCatalog, rootPath: String = "../") {
        self.anchors = anchors
        self.resources = resources
        self.rootPath = rootPath
    }

    /// Writes a run of inlines. A citation right after text is tied to the text's last
    /// character (a `nobreak` span), because a note number must not begin a line, and CJK
    /// text otherwise allows a break before any inline element. Citations inside a link are
    /// written right after it, since interactive content may not nest.
    func inlines(_ inlines: [Inline], into parent: XMLNode) {
        // One entry per entered inline: the element its children go into, and for a link
        // the citations held back until it is closed.
        var open: [(element: XMLNode, heldCitations: [Citation]?)] = []
        var tie: XMLNode?
        var linkDepth: Int { open.reduce(0) { $0 + ($1.heldCitations == nil ? 0 : 1) } }
        ModelWalker.walk(inlines.map(ModelNode.inline), enter: { model, next in
            guard case .inline(let inline) = model else { return .visitChildren }
            let here = open.last?.element ?? parent
            var entry: (element: XMLNode, heldCitations: [Citation]?) = (here, nil)
            switch inline {
            case .text(let s):
                if linkDepth == 0, case .inline(.citation)? = next, let last = s.last {
                    text(String(s.dropLast()), into: here)
                    tie = here.element("span", ["class": "nobreak"])
                    text(String(last), into: tie!)
                } else {
                    text(s, into: here)
                }
            case .strong: entry.element = here.element("strong")
            case .emphasis: entry.element = here.element("em")
            case .strikethrough: entry.element = here.element("del")
            case .code(let s): text(s, into: here.element("code"))
            case .link(let url, let content):
                // A link that shows its own address is a URL in the text: `url` lets it break
                // at any character (epub.css).
                let a = here.element("a", ["href": ExternalLink.href(url)])
                if ExternalLink.showsItsAddress(url: url, text: content.plainText) { a.setAttribute("class", "url") }
                entry = (a, [])
            case .citation(let c):
                if let link = open.lastIndex(where: { $0.heldCitations != nil }) {
                    open[link].heldCitations!.append(c)
                } else {
                    citation(c, into: tie ?? here)
                    tie = nil
                }
            case .lineBreak:
                here.element("br")
                lastScalar = "\n"
            case .softBreak:
                if let last = lastScalar, last.isASCII, !last.properties.isWhitespace { text(" ", into: here) }
            }
            open.append(entry)
            return .visitChildren
        }, leave: { _ in
            let entry = open.removeLast()
            for c in entry.heldCitations ?? [] { citation(c, into: open.last?.element ?? parent) }
        })
    }

    private func text(_ s: String, into parent: XMLNode) {
        ContentWriter.languageText(s, into: parent)
        if let last = s.unicodeScalars.last { lastScalar = last }
    }

    /// Writes `text` with its English passages (`EnglishSpans`, the PDF's rule) as
    /// `<span lang="en">`, so readers hyphenate them and pick a Latin font.
    static func languageText(_ text: String, into parent: XMLNode) {
        for run in EnglishSpans.runs(text) {
            if run.english {
                parent.element("span", ["lang": EnglishSpans.language, "xml:lang": EnglishSpans.language], text: run.text)
            } else {
                parent.text(run.text)
            }
        }
    }

    /// A citation as a superscript of note references, printed like the model's label
    /// ("1, 2" or "1–3"): each printed number links to its entry in the reference list,
    /// and the superscript's ID is where the entries link back to.
    private func citation(_ citation: Citation, into parent: XMLNode) {
        let sup = parent.element("sup", ["class": "cite", "id": anchors.citation(citation.occurrence)])
        for (i, run) in ContentWriter.runs(citation.numbers).enumerated() {
            if i > 0 { sup.text(", ") }
            noteref(run.first, into: sup)
            if run.last != run.first {
                sup.text("–")
                noteref(run.last, into: sup)
            }
        }
    }

    private func noteref(_ number: Int, into parent: XMLNode) {
        let a = parent.element("a", ["href": "#" + anchors.note(number: number), "role": "doc-noteref"], text: String(number))
        a.setAttribute(prefix: "epub", "type", "noteref")
    }

    /// Groups reference numbers the way `Citation.label` prints them: three or more
    /// consecutive numbers become one range, anything else stays single.
    static func runs(_ numbers: [Int]) -> [(first: Int, last: Int)] {
        var out: [(Int, Int)] = []
        var i = 0
        while i < numbers.count {
            var j = i
            while j + 1 < numbers.count, numbers[j + 1] == numbers[j] + 1 { j += 1 }
            if j - i >= 2 {
                out.append((numbers[i], numbers[j]))
            } else {
                out.append(contentsOf: numbers[i...j].map { ($0, $0) })
            }
            i = j + 1
        }
        return out
    }
}
