import BriefModel
import XMLKit

/// Writes the model's blocks and inlines of one edition as XHTML elements. It remembers the
/// last character written, because a soft line break is a space only between Latin words,
/// and the citations met inside a link, because a note reference cannot sit inside a link.
/// Block writing is in `ContentWriter+Blocks.swift`.
final class ContentWriter {
    let anchors: Anchors
    let resources: ResourceCatalog
    /// Path from the chapter file back to the package document's folder.
    let rootPath: String

    /// The last Unicode scalar written as text, for soft breaks.
    private var lastScalar: Unicode.Scalar?
    /// Citations held back while writing the content of a link.
    private var deferredCitations: [Citation]?

    init(anchors: Anchors, resources: ResourceCatalog, rootPath: String = "../") {
        self.anchors = anchors
        self.resources = resources
        self.rootPath = rootPath
    }

    /// Writes a run of inlines. A citation right after text is tied to the text's last
    /// character (a `nobreak` span), because a note number must not begin a line, and CJK
    /// text otherwise allows a break before any inline element.
    func inlines(_ inlines: [Inline], into parent: XMLNode) {
        var i = 0
        while i < inlines.count {
            if deferredCitations == nil, i + 1 < inlines.count, case .text(let s) = inlines[i], let last = s.last,
               case .citation = inlines[i + 1] {
                text(String(s.dropLast()), into: parent)
                let tie = parent.element("span", ["class": "nobreak"])
                text(String(last), into: tie)
                inline(inlines[i + 1], into: tie)
                i += 2
                continue
            }
            inline(inlines[i], into: parent)
            i += 1
        }
    }

    func inline(_ inline: Inline, into parent: XMLNode) {
        switch inline {
        case .text(let s):
            text(s, into: parent)
        case .strong(let c):
            inlines(c, into: parent.element("strong"))
        case .emphasis(let c):
            inlines(c, into: parent.element("em"))
        case .strikethrough(let c):
            inlines(c, into: parent.element("del"))
        case .code(let s):
            text(s, into: parent.element("code"))
        case .link(let url, let content):
            link(url: url, content, into: parent)
        case .citation(let citation):
            if deferredCitations != nil { deferredCitations!.append(citation) } else { self.citation(citation, into: parent) }
        case .lineBreak:
            parent.element("br")
            lastScalar = "\n"
        case .softBreak:
            if let last = lastScalar, last.isASCII, !last.properties.isWhitespace { text(" ", into: parent) }
        }
    }

    private func text(_ s: String, into parent: XMLNode) {
        parent.text(s)
        if let last = s.unicodeScalars.last { lastScalar = last }
    }

    /// A link; citations inside it are written right after it, since interactive content
    /// may not nest.
    private func link(url: String, _ content: [Inline], into parent: XMLNode) {
        let a = parent.element("a", ["href": ExternalLink.href(url)])
        let outer = deferredCitations
        deferredCitations = []
        inlines(content, into: a)
        let held = deferredCitations ?? []
        deferredCitations = outer
        for c in held { inline(.citation(c), into: parent) }
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
