import CHarfBuzz

/// What to keep of a face: the glyphs or characters, and the tables to drop. The PDF asks
/// by glyph (shaping is done, some glyphs have no code point); the EPUB asks by character
/// (the reader shapes, through the subset's cmap).
public struct SubsetRequest {
    public enum Keep {
        /// These glyph ids only (no closure over GSUB: nothing else is drawn).
        case glyphs([UInt32])
        /// The glyphs the cmap gives these code points.
        case codePoints([UInt32])
    }

    public var keep: Keep
    /// OpenType tags (`"GSUB"`, `"OS/2"`) left out of the subset and hidden from hb-subset.
    public var droppedTables: [String]
    /// Desubroutinize CFF charstrings (smaller once deflated when the font is compressed whole).
    public var desubroutinize: Bool
    /// Drop hinting instructions and CFF hints.
    public var dropHinting: Bool

    public init(keep: Keep, droppedTables: [String], desubroutinize: Bool, dropHinting: Bool) {
        self.keep = keep
        self.droppedTables = droppedTables
        self.desubroutinize = desubroutinize
        self.dropHinting = dropHinting
    }
}
