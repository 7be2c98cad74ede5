import Raster
import Typesetting

/// Draws one cover on one canvas. The title block (accent rule, title, subtitle) hangs from
/// the top margin, the imprint (hairline, date line, publisher) stands on the bottom
/// margin, and everything starts at the left margin: one edge for the eye to follow.
/// The title takes the room the rest leaves; when it does not fit at its size in the lines
/// it may use, it shrinks (and the subtitle with it, so never over it), so no text runs
/// past a margin whatever its length.
struct CoverPainter {
    let layout: CoverLayout
    let fonts: CoverFonts
    let fitter: TextFitter
    let rasterizer: GlyphRasterizer

    /// Where the baseline sits in a line box of `size` and `pitch` em: the em box centred in
    /// the box, the baseline 0.88 em below the em box's top (the ideographic em box of CJK
    /// fonts runs from 0.88 em above the baseline to 0.12 em below it).
    static let emBoxAscent = 0.88

    /// A block of lines ready to draw, top of its first line box at `top`.
    private struct Block {
        var lines: [Line]
        var size: Double
        var pitch: Double
        var color: RasterColor
        var height: Double { Double(lines.count) * size * pitch }
    }

    func paint(_ content: CoverContent, on spec: CoverLayout.Canvas) throws -> Canvas {
        let rhythm = layout.rhythm, colors = layout.colors
        var canvas = Canvas(width: spec.width, height: spec.height, background: colors.background.color)
        let left = spec.marginX, measure = Double(spec.width) - 2 * spec.marginX

        // The imprint, from the bottom margin up; each line shrinks alone to the measure.
        let publisher = oneLine(content.publisher, faces: fonts.text, size: spec.detailSize, measure: measure, color: colors.muted.color)
        let detail = oneLine(content.detail, faces: fonts.text, size: spec.detailSize, measure: measure, color: colors.text.color)
        let gap = rhythm.detailGap * spec.detailSize
        let publisherTop = Double(spec.height) - spec.marginY - publisher.height
        let detailTop = publisherTop - gap - detail.height
        let hairlineTop = detailTop - gap - spec.hairline
        let titleRoom = hairlineTop - gap - spec.marginY

        // The title block: the largest title (balanced in its lines) whose block fits.
        let subtitleFit = content.subtitle.map {
            fitter.largest($0, faces: fonts.text, size: spec.subtitleSize, width: measure, maxLines: 2)
        }
        var titleSize = spec.titleSize
        var chosen: (title: Block, subtitle: Block?, height: Double)?
        for _ in 0..<TextFitter.shrinkSteps {
            if let lines = fitter.balanced(content.title, faces: fonts.title, size: titleSize, width: measure, maxLines: spec.titleLines) {
                let title = Block(lines: lines, size: titleSize, pitch: rhythm.titlePitch, color: colors.title.color)
                var subtitle: Block?
                if let text = content.subtitle, let fit = subtitleFit {
                    // A subtitle never outranks the title: it shrinks with it.
                    let set = fit.size <= titleSize ? fit
                        : fitter.largest(text, faces: fonts.text, size: titleSize, width: measure, maxLines: 2)
                    subtitle = Block(lines: set.lines, size: set.size, pitch: rhythm.textPitch, color: colors.text.color)
                }
                let height = spec.rule + rhythm.ruleGap * titleSize + title.height
                    + (subtitle.map { rhythm.subtitleGap * $0.size + $0.height } ?? 0)
                chosen = (title, subtitle, height)
                if height <= titleRoom { break }
            }
            titleSize *= TextFitter.shrinkStep
        }

        canvas.fill(x: left, y: spec.marginY, width: spec.ruleLength, height: spec.rule, color: colors.rule.color)
        if let chosen {
            var y = spec.marginY + spec.rule + rhythm.ruleGap * chosen.title.size
            try draw(chosen.title, top: y, left: left, on: &canvas)
            y += chosen.title.height
            if let subtitle = chosen.subtitle {
                y += rhythm.subtitleGap * subtitle.size
                try draw(subtitle, top: y, left: left, on: &canvas)
            }
        }
        canvas.fill(x: left, y: hairlineTop, width: measure, height: spec.hairline, color: colors.rule.color)
        try draw(detail, top: detailTop, left: left, on: &canvas)
        try draw(publisher, top: publisherTop, left: left, on: &canvas)
        return canvas
    }

    /// One line at `size`, or smaller when it is wider than the measure.
    private func oneLine(_ text: String, faces: [FontFace], size: Double, measure: Double, color: RasterColor) -> Block {
        let (size, lines) = fitter.largest(text, faces: faces, size: size, width: measure, maxLines: 1)
        return Block(lines: lines, size: size, pitch: layout.rhythm.textPitch, color: color)
    }

    private func draw(_ block: Block, top: Double, left: Double, on canvas: inout Canvas) throws {
        for (index, line) in block.lines.enumerated() {
            let boxTop = top + Double(index) * block.size * block.pitch
            let baseline = boxTop + (block.pitch - 1) / 2 * block.size + CoverPainter.emBoxAscent * block.size
            for glyph in line.glyphs {
                do {
                    try rasterizer.draw(glyph: glyph.glyphID, path: glyph.face.path, index: glyph.face.index, size: glyph.size,
                                        x: left + glyph.x, baseline: baseline - glyph.yOffset, color: block.color, on: &canvas)
                } catch let failure as GlyphRasterizer.Failure {
                    throw CoverError.rasterizer(failure.description)
                }
            }
        }
    }
}
