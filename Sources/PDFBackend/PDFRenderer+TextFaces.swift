import Typesetting

extension PDFRenderer {
    /// The font files of the text faces this layout sets (serif and sans, regular and bold),
    /// looked up as rendering looks them up: the faces an EPUB embeds to look like the print.
    /// Mono is left out: code is rare in a briefing and readers have a monospace.
    public func textFaceFiles() throws -> [(path: String, index: Int)] {
        do {
            let fonts = try FontSet(layout.fonts, directory: layout.directory, store: FontStore())
            var seen: Set<FontFace> = []
            return [fonts.serif, fonts.serifBold, fonts.sans, fonts.sansBold]
                .filter { seen.insert($0).inserted }
                .map { ($0.path, $0.index) }
        } catch let error as FontError {
            throw PDFRenderError.font(error)
        }
    }
}
