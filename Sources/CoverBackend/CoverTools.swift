import Foundation
import Raster
import Typesetting

/// The fonts and the rasterizer every cover of a run is drawn with, opened once. Every
/// edition's covers opened faces of their own (fontconfig lookups, file checks, FreeType and
/// HarfBuzz over CJK collections, for setting the text and again for drawing it): about
/// 4 ms of the 15 ms of CPU an edition's covers took. Setting a cover's text is the short
/// part, and the font store may not be used by two threads at once, so editions drawn in
/// parallel take turns for it; drawing the glyphs and writing the PNG, most of a cover's
/// time, run side by side (the rasterizer locks only its FreeType work).
final class CoverTools: @unchecked Sendable {
    private let layout: CoverLayout
    /// The store the text is set with and the faces found in it; opened by the first cover,
    /// so a missing font fails a cover, as a build reports it, not the reading of the layout.
    private var text: (store: FontStore, fonts: CoverFonts)?
    private var rasterizer: GlyphRasterizer?
    /// Memory of written canvases, for the next ones (see `Canvas.init`); at most `spareCount`.
    private var spares: [[UInt8]] = []
    /// An edition's two covers on each of two threads.
    private static let spareCount = 4
    /// Guards `text`, every use of its store, `rasterizer` and `spares`.
    private let lock = NSLock()

    init(layout: CoverLayout) {
        self.layout = layout
    }

    /// `content` drawn on each canvas of `specs`, in order, as PNGs. Its text is set with a
    /// new typesetter (so what it keeps of one edition's text is not kept for the run).
    func pictures(_ content: CoverContent, on specs: [CoverLayout.Canvas]) throws -> [[UInt8]] {
        var memory: [[UInt8]] = []
        let (painter, arranged) = try lock.withLock { () throws -> (CoverPainter, [[CoverPainter.Mark]]) in
            let text = try openedText()
            let painter = CoverPainter(layout: layout, fonts: text.fonts, fitter: TextFitter(typesetter: Typesetter(fonts: text.store)),
                                       rasterizer: try openedRasterizer())
            let arranged = specs.map { painter.arrange(content, on: $0) }
            // A face that failed to open set nothing: refuse the cover rather than print it blank.
            if let failure = text.store.openFailures.first { throw CoverError.font(failure) }
            while memory.count < specs.count { memory.append(spares.popLast() ?? []) }
            return (painter, arranged)
        }
        var pictures: [[UInt8]] = []
        for index in specs.indices {
            // Moved out, not copied: a canvas reuses memory only when it is the one holder.
            var own: [UInt8] = []
            swap(&own, &memory[index])
            let canvas = try painter.draw(arranged[index], on: specs[index], reusing: &own)
            pictures.append(canvas.png())
            memory[index] = canvas.memoryToReuse()
        }
        lock.withLock {
            spares += memory
            if spares.count > CoverTools.spareCount { spares.removeFirst(spares.count - CoverTools.spareCount) }
            memory = []
        }
        return pictures
    }

    /// Called with the lock held.
    private func openedText() throws -> (store: FontStore, fonts: CoverFonts) {
        if let text { return text }
        let store = FontStore()
        do {
            let opened = (store: store, fonts: try CoverFonts(layout.fonts, directory: layout.directory, store: store))
            text = opened
            return opened
        } catch let error as FontError {
            throw CoverError.font(error)
        }
    }

    /// Called with the lock held.
    private func openedRasterizer() throws -> GlyphRasterizer {
        if let rasterizer { return rasterizer }
        do {
            let made = try GlyphRasterizer()
            rasterizer = made
            return made
        } catch let failure as GlyphRasterizer.Failure {
            throw CoverError.rasterizer(failure.description)
        }
    }
}
