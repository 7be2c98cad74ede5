import Foundation
import Raster
import Typesetting

/// The fonts and the rasterizer covers are drawn with, kept from one cover to the next.
/// Opening the faces (fontconfig, FreeType and HarfBuzz over a CJK collection, once for
/// setting the text and once for drawing it) cost more than drawing a cover, and a build of
/// many editions drew every edition's covers with faces of its own. The rasterizer serves
/// every thread (it locks its FreeType work). A font store may not be used by two threads
/// at once, so a cover takes one no other thread holds (or opens one when all are busy)
/// and gives it back when done: a run opens the text's faces once per thread that draws
/// covers at the same time, not once per edition.
final class PainterPool: @unchecked Sendable {
    /// One thread's faces: the store the text is set with, and the faces found in it.
    private struct Tools {
        var store: FontStore
        var fonts: CoverFonts
    }

    private let layout: CoverLayout
    private var idle: [Tools] = []
    /// Made by the first cover, so a FreeType that cannot start fails a cover, not the layout.
    private var rasterizer: GlyphRasterizer?
    /// Guards `idle` and `rasterizer`.
    private let lock = NSLock()

    init(layout: CoverLayout) {
        self.layout = layout
    }

    /// Runs `work` with a painter no other thread is using. Its typesetter is new (so what
    /// it keeps of one cover's text is not kept for the run); its faces and glyph masks may
    /// have drawn earlier covers, which changes nothing in the pixels.
    func withPainter<T>(_ work: (CoverPainter) throws -> T) throws -> T {
        let tools = try lock.withLock { idle.popLast() } ?? open()
        let painter = CoverPainter(layout: layout, fonts: tools.fonts, fitter: TextFitter(typesetter: Typesetter(fonts: tools.store)),
                                   rasterizer: try sharedRasterizer())
        let result = try work(painter)
        // A face that failed to open set nothing: refuse the cover rather than print it blank.
        // The store keeps the failure, so its tools are dropped, not given back.
        if let failure = tools.store.openFailures.first { throw CoverError.font(failure) }
        lock.withLock { idle.append(tools) }
        return result
    }

    private func open() throws -> Tools {
        let store = FontStore()
        do {
            return Tools(store: store, fonts: try CoverFonts(layout.fonts, directory: layout.directory, store: store))
        } catch let error as FontError {
            throw CoverError.font(error)
        }
    }

    private func sharedRasterizer() throws -> GlyphRasterizer {
        try lock.withLock {
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
}
