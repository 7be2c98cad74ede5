/// The last covers drawn and what they say, for a caller that draws the same edition's
/// covers again and again (the preview, after each save): a cover shows only the masthead
/// (title, subtitle, date line, publisher), which nearly every save leaves as it was, so
/// the PNGs are handed back instead of set, drawn and deflated again. The pictures are a
/// pure function of that text and the renderer's layout and fonts, so the caller keeps one
/// memory per CoverRenderer and drops it with the renderer. Not thread-safe.
public final class CoverMemory {
    var content: CoverContent?
    var pictures: [[UInt8]] = []

    public init() {}
}
