import BriefModel
import CCmarkGFM

/// How deeply an edition's body may nest. No briefing comes near these (a quote in a list
/// in a quote is already rare), but without a bound a 20 KB file of `> > > …` or `*****x`
/// builds a tree thousands of levels deep that every later stage must walk. Checked on
/// cmark's tree with cmark's own iterator (no recursion), before anything is converted.
enum NestingLimits {
    /// Quotes and lists inside one another.
    static let blockDepth = 16
    /// Emphasis, strong, strikethrough and links inside one another.
    static let inlineDepth = 16

    /// The first node nested deeper than the limits, with what is too deep, or nil.
    static func firstViolation(in document: OpaquePointer) -> (node: OpaquePointer, message: String, hint: String)? {
        guard let iterator = cmark_iter_new(document) else { return nil }
        defer { cmark_iter_free(iterator) }
        var blocks = 0, inlines = 0
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let kind = CmarkNodeKind(node)
            let step = event == CMARK_EVENT_ENTER ? 1 : -1
            if kind.nestsBlocks {
                blocks += step
                if blocks > blockDepth {
                    return (node, "quotes and lists nested more than \(blockDepth) levels deep",
                            "a briefing needs a few levels at most; flatten the nesting")
                }
            } else if kind.nestsInlines {
                inlines += step
                if inlines > inlineDepth {
                    return (node, "emphasis, strong text and links nested more than \(inlineDepth) levels deep",
                            "a briefing needs a few levels at most; remove the extra `*`, `_`, `~` or `[` marks")
                }
            }
        }
        return nil
    }
}
