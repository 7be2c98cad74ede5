import Foundation
import Raster
import Typesetting

/// The fonts and rasterizers covers are drawn with, kept from one cover to the next.
/// Opening the faces (fontconfig, FreeType and HarfBuzz over a CJK collection, once for
/// setting the text and once for drawing it) cost more than drawing a cover, and a build of
/// many editions drew every edition's covers with faces of its own. None of these objects
/// may be used by two threads at once, so a cover takes a set no other thread holds (or
/// opens one when all are busy) and gives it back when done: a run opens the faces once
/// per thread that draws covers at the same time, not once per edition.
final class PainterPool: @unchecked Sendable {
    /// One thread's faces: the store the text is set with and the rasterizer that draws it.
    private struct Tools {
        var store: FontStore
        var fonts: CoverFonts
        var rasterizer: GlyphRasterizer
    }

    private let layout: CoverLayout
    private var idle: [Tools] = []
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
                                   rasterizer: tools.rasterizer)
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
            let fonts = try CoverFonts(layout.fonts, directory: layout.directory, store: store)
            return Tools(store: store, fonts: fonts, rasterizer: try GlyphRasterizer())
        } catch let error as FontError {
            throw CoverError.font(error)
        } catch let failure as GlyphRasterizer.Failure {
            throw CoverError.rasterizer(failure.description)
        }
    }
}
