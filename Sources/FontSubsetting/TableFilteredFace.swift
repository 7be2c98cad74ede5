import CHarfBuzz

/// A face that shows hb-subset only the tables the subset keeps. hb-subset 6.0 reads the
/// tables it is told to drop anyway (the whole cmap for Unicode bookkeeping, GSUB for
/// layout closure): about 5 ms per Noto CJK face whatever the glyph count, and closure
/// glyphs nobody drew. Hidden tables give byte-identical output without that cost.
final class TableFilteredFace {
    let face: OpaquePointer?

    private final class Source {
        let face: OpaquePointer?
        let hidden: Set<hb_tag_t>
        init(face: OpaquePointer?, hidden: Set<hb_tag_t>) {
            self.face = hb_face_reference(face)
            self.hidden = hidden
        }
        deinit { hb_face_destroy(face) }
    }

    init(_ original: OpaquePointer?, hiding hidden: Set<hb_tag_t>) {
        let source = Unmanaged.passRetained(Source(face: original, hidden: hidden)).toOpaque()
        face = hb_face_create_for_tables({ _, tag, userData in
            let source = Unmanaged<Source>.fromOpaque(userData!).takeUnretainedValue()
            return source.hidden.contains(tag) ? hb_blob_get_empty() : hb_face_reference_table(source.face, tag)
        }, source, { userData in
            Unmanaged<Source>.fromOpaque(userData!).release()
        })
    }

    deinit { hb_face_destroy(face) }
}
