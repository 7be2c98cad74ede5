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
}
