import Typesetting

/// What a tagged run of glyphs means beyond its look: where it links, whether it is struck
/// through. The engine carries the tag to every glyph; the painter turns tags into link
/// rectangles and rules.
struct Annotation: Hashable {
    enum Target: Hashable {
        case uri(String)
        case destination(String)
    }

    var target: Target?
    var strike: Bool = false
    /// Emphasis: a dot (着重号) under each Han character.
    var emphasisDots: Bool = false
    /// A citation number linking to its reference entry (a Reference in the structure).
    var citation: Bool = false
    /// Which link the run belongs to (`AnnotationTable.newLink()`): the runs of one link,
    /// set in several styles or broken over lines, share it and make one Link element.
    var link: Int?
}

/// Numbers annotations for `TextStyle.tag`, in the order they are made (so the output does
/// not depend on hashing).
final class AnnotationTable {
    private(set) var entries: [Annotation] = []

    func tag(_ annotation: Annotation) -> Int {
        entries.append(annotation)
        return entries.count - 1
    }

    subscript(tag: Int) -> Annotation { entries[tag] }

    private var links = 0

    /// A number for a new link, distinct from every other link's.
    func newLink() -> Int {
        links += 1
        return links
    }
}
