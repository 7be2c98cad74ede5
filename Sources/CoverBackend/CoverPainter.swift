import Foundation
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
    struct Block {
        var lines: [Line]
        var size: Double
        var pitch: Double
        var color: RasterColor
        var height: Double { Double(lines.count) * size * pitch }
    }

    /// One part of a cover in place, in the order parts are drawn (a later one over an earlier).
    enum Mark {
        /// A rule (the accent rule, the hairline) in the rule colour.
        case rule(x: Double, y: Double, width: Double, height: Double)
        /// A block of lines, the top of its first line box at `top`.
        case text(Block, top: Double)
    }

    /// Sets the text of a cover on `spec`'s canvas, every size, line and position decided
    /// and no pixel drawn: the part that needs the fonts' store.
    func arrange(_ content: CoverContent, on spec: CoverLayout.Canvas) -> [Mark] {
        let rhythm = layout.rhythm, colors = layout.colors
        let left = spec.marginX, measure = Double(spec.width) - 2 * spec.marginX

        // The imprint, from the bottom margin up; each line shrinks alone to the measure.
        let publisher = lines(content.publisher, faces: fonts.text, size: spec.detailSize, maxLines: spec.publisherLines,
                              measure: measure, color: colors.muted.color)
        let detail = lines(content.detail, faces: fonts.text, size: spec.detailSize, maxLines: 1, measure: measure, color: colors.text.color)
        let gap = rhythm.detailGap * spec.detailSize
        let publisherTop = Double(spec.height) - spec.marginY - publisher.height
        let detailTop = publisherTop - gap - detail.height
        let hairlineTop = detailTop - gap - spec.hairline
        let titleRoom = hairlineTop - gap - spec.marginY

        // The title block: for each number of lines the title may take, the largest title
        // (balanced in its lines) whose block fits; fewer lines win unless they cost more
        // than `rhythm.titleShrink` of the size.
        let subtitleFit = content.subtitle.map {
            fitter.largest($0, faces: fonts.text, size: spec.subtitleSize, width: measure, maxLines: 2)
        }
        var candidates: [TitleBlock] = []
        for lines in 1...spec.titleLines {
            guard let found = titleBlock(content, lines: lines, subtitleFit: subtitleFit, spec: spec, measure: measure, room: titleRoom) else { continue }
            candidates.append(found)
            // More lines cannot beat a title that shrank no further than it may.
            if found.title.size >= rhythm.titleShrink * spec.titleSize { break }
        }
        let chosen = candidates.first { $0.title.size >= rhythm.titleShrink * spec.titleSize }
            ?? candidates.max { $0.title.size < $1.title.size }
            ?? smallestTitleBlock(content, subtitleFit: subtitleFit, spec: spec, measure: measure)

        var marks: [Mark] = [.rule(x: left, y: spec.marginY, width: spec.ruleLength, height: spec.rule)]
        var y = spec.marginY + spec.rule + rhythm.ruleGap * chosen.title.size
        marks.append(.text(chosen.title, top: y))
        y += chosen.title.height
        if let subtitle = chosen.subtitle {
            y += rhythm.subtitleGap * subtitle.size
            marks.append(.text(subtitle, top: y))
        }
        return marks + [.rule(x: left, y: hairlineTop, width: measure, height: spec.hairline),
                        .text(detail, top: detailTop), .text(publisher, top: publisherTop)]
    }

    /// Draws the marks `arrange` gave on a new canvas (in `memory`, a finished canvas's, when
    /// given). Only the layout's colours and the rasterizer (which serves any thread) are
    /// used, no font store.
    func draw(_ marks: [Mark], on spec: CoverLayout.Canvas, reusing memory: inout [UInt8]) throws -> Canvas {
        var canvas = Canvas(width: spec.width, height: spec.height, background: layout.colors.background.color, reusing: &memory)
        for mark in marks {
            switch mark {
            case .rule(let x, let y, let width, let height):
                canvas.fill(x: x, y: y, width: width, height: height, color: layout.colors.rule.color)
            case .text(let block, let top):
                try draw(block, top: top, left: spec.marginX, on: &canvas)
            }
        }
        return canvas
    }

    /// The title and the subtitle under it.
    private struct TitleBlock {
        var title: Block
        var subtitle: Block?
    }

    /// The largest title in at most `lines` lines whose block fits `room`, with its
    /// subtitle; nil when none does.
    private func titleBlock(_ content: CoverContent, lines: Int, subtitleFit: (size: Double, lines: [Line])?,
                            spec: CoverLayout.Canvas, measure: Double, room: Double) -> TitleBlock? {
        let rhythm = layout.rhythm
        let found = fitter.fitting(content.title, faces: fonts.title, size: spec.titleSize, width: measure, maxLines: lines) { size, count in
            // The subtitle under a title this size: its own fit, or smaller with the title.
            var subtitle = 0.0
            if let fit = subtitleFit, let text = content.subtitle {
                let set = fit.size <= size ? fit : fitter.largest(text, faces: fonts.text, size: size, width: measure, maxLines: 2)
                subtitle = rhythm.subtitleGap * set.size + Double(set.lines.count) * set.size * rhythm.textPitch
            }
            return spec.rule + rhythm.ruleGap * size + Double(count) * size * rhythm.titlePitch + subtitle <= room
        }
        return found.map { titled($0.lines, size: $0.size, content: content, subtitleFit: subtitleFit, measure: measure) }
    }

    /// The title at the smallest size tried, for a masthead no size fits (never one a
    /// briefing has: the schema sees that the canvas holds the rest).
    private func smallestTitleBlock(_ content: CoverContent, subtitleFit: (size: Double, lines: [Line])?,
                                    spec: CoverLayout.Canvas, measure: Double) -> TitleBlock {
        let (size, set) = fitter.largest(content.title, faces: fonts.title, size: spec.titleSize * pow(TextFitter.shrinkStep, Double(TextFitter.shrinkSteps)),
                                         width: measure, maxLines: spec.titleLines)
        return titled(set, size: size, content: content, subtitleFit: subtitleFit, measure: measure)
    }

    private func titled(_ lines: [Line], size: Double, content: CoverContent, subtitleFit: (size: Double, lines: [Line])?,
                        measure: Double) -> TitleBlock {
        let rhythm = layout.rhythm
        let title = Block(lines: lines, size: size, pitch: rhythm.titlePitch, color: layout.colors.title.color)
        guard let text = content.subtitle, let fit = subtitleFit else { return TitleBlock(title: title) }
        // A subtitle never outranks the title: it shrinks with it.
        let set = fit.size <= size ? fit : fitter.largest(text, faces: fonts.text, size: size, width: measure, maxLines: 2)
        return TitleBlock(title: title, subtitle: Block(lines: set.lines, size: set.size, pitch: rhythm.textPitch, color: layout.colors.text.color))
    }

    /// A line or a few (balanced) at `size`, or smaller when they do not fit the measure.
    private func lines(_ text: String, faces: [FontFace], size: Double, maxLines: Int, measure: Double, color: RasterColor) -> Block {
        let (size, lines) = fitter.largest(text, faces: faces, size: size, width: measure, maxLines: maxLines)
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
