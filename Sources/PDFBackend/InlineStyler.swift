import BriefModel
import Typesetting

/// Turns the model's inlines into the engine's styled runs: strong in bold 黑体 (Chinese
/// print sets bold in the sans, rarely in 宋体), emphasis in the face around it with a dot
/// under each Han character (着重号, clreq; the painter draws them) and its English in
/// 黑体 (there is no italic to set it in), code in the monospaced face, bare addresses in the sans and
/// broken only at their punctuation, links and
/// citations tagged so the painter can make them clickable, citations as superscript
/// numbers linked to their reference entry.
struct InlineStyler {
    var layout: PrintLayout
    var fonts: FontSet
    var annotations: AnnotationTable
    /// Reference number → the anchor of its entry in 参考文献.
    var referenceAnchors: [Int: String]

    /// The look of a run before markup changes it.
    struct Base {
        var role: FontSet.Role
        var size: Double
        var color: RGBColor
    }

    func style(_ role: FontSet.Role, size: Double, color: RGBColor, shift: Double = 0, tag: Int? = nil,
               code: Bool = false) -> TextStyle {
        TextStyle(fonts: fonts.chain(role), size: size, color: color, baselineShift: shift, tag: tag, isCode: code)
    }

    func runs(_ text: String, _ base: Base) -> [StyledText] {
        [StyledText(text: text, style: style(base.role, size: base.size, color: base.color))]
    }

    /// Hard line breaks split a paragraph in the model into several engine paragraphs;
    /// the returned pieces are in order, each a list of runs.
    func pieces(_ inlines: [Inline], _ base: Base) -> [[StyledText]] {
        var pieces: [[StyledText]] = [[]]
        var lastText = ""
        func append(_ text: String, role: FontSet.Role, color: RGBColor, annotation: Annotation?, code: Bool) {
            guard !text.isEmpty else { return }
            let tag = annotation.map { annotations.tag($0) }
            pieces[pieces.count - 1].append(StyledText(
                text: text, style: style(role, size: base.size, color: color, tag: tag, code: code)))
            lastText = text
        }
        // Each reference number is its own link, so "9, 10" links 9 and 10 separately; a
        // range "1–3" links its ends.
        func appendCitation(_ citation: Citation) {
            let size = base.size * layout.body.citationSize
            let shift = base.size * layout.body.citationShift
            let accent = layout.colors.accent.rgb
            var parts: [(String, Int?)] = []
            for (index, piece) in citation.label.components(separatedBy: ", ").enumerated() {
                if index > 0 { parts.append((",", nil)) }
                let ends = piece.components(separatedBy: "–")
                for (position, number) in ends.enumerated() {
                    if position > 0 { parts.append(("–", nil)) }
                    parts.append((number, Int(number)))
                }
            }
            for (text, number) in parts {
                let tag = number.flatMap { referenceAnchors[$0] }.map {
                    annotations.tag(Annotation(target: .destination($0), citation: true, link: annotations.newLink()))
                }
                pieces[pieces.count - 1].append(StyledText(
                    text: text, style: style(.body, size: size, color: accent, shift: shift, tag: tag)))
            }
            lastText = "]"
        }
        // What markup around a run changes; one entry per open strong/emphasis/strike/link.
        struct Context { var role: FontSet.Role, color: RGBColor, annotation: Annotation?, emphasis = false }
        var contexts = [Context(role: base.role, color: base.color, annotation: nil)]
        ModelWalker.walk(inlines.map(ModelNode.inline), enter: { node, _ in
            guard case .inline(let inline) = node else { return .visitChildren }
            let current = contexts[contexts.count - 1]
            var inner = current
            switch inline {
            case .text(let text) where current.emphasis:
                for run in EnglishSpans.runs(text) {
                    let role: FontSet.Role = run.english && current.role == .body ? .headingLight : current.role
                    append(run.text, role: role, color: current.color, annotation: current.annotation, code: false)
                }
            case .text(let text):
                append(text, role: current.role, color: current.color, annotation: current.annotation, code: false)
            case .code(let text):
                append(text, role: .code, color: current.color, annotation: current.annotation, code: true)
            case .strong:
                inner.role = current.role == .heading ? .heading : .bodyBold
            case .emphasis:
                inner.emphasis = true
                inner.annotation = current.annotation ?? Annotation()
                inner.annotation!.emphasisDots = true
            case .strikethrough:
                inner.annotation = current.annotation ?? Annotation()
                inner.annotation!.strike = true
            case .link(let url, let children):
                var linked = current.annotation ?? Annotation()
                linked.target = .uri(url)
                linked.link = annotations.newLink()
                if children.plainText == url {
                    // A link that prints its own address is an address: set as one.
                    append(url, role: .url, color: layout.colors.link.rgb, annotation: linked, code: true)
                    contexts.append(inner)
                    return .skipChildren
                }
                inner.color = layout.colors.link.rgb
                inner.annotation = linked
            case .citation(let citation):
                appendCitation(citation)
            case .lineBreak:
                pieces.append([])
                lastText = ""
            case .softBreak:
                // A line end in the source: a space between Latin words, nothing in Chinese.
                if let last = lastText.unicodeScalars.last, last.isASCII, !last.properties.isWhitespace {
                    append(" ", role: current.role, color: current.color, annotation: current.annotation, code: false)
                }
            }
            contexts.append(inner)
            return .visitChildren
        }, leave: { _ in contexts.removeLast() })
        return pieces
    }
}
