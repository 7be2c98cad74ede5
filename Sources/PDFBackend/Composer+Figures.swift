import BriefModel
import Typesetting

extension Composer {
    /// A figure kept whole: the image as wide as the column (less tall when it would not
    /// fit a page with room for its caption), centred, and the caption "图 N　…" centred
    /// below it in a smaller size. The box is a whole number of lines high.
    func figure(_ figure: Figure, in frame: Frame) {
        let aspect = Double(figure.image.pixelHeight) / Double(figure.image.pixelWidth)
        var width = frame.width
        var height = width * aspect
        let tallest = Double(layout.page.lines - Composer.figureCaptionReserve) * pitch
        if height > tallest {
            height = tallest
            width = height / aspect
        }
        var drawables: [Drawable] = [.image(figure.image, Box(x: frame.x + (frame.width - width) / 2, y: 0, width: width, height: height))]

        let size = layout.references.size
        let base = InlineStyler.Base(role: .headingLight, size: size, color: layout.colors.muted.rgb)
        let runs = styler.runs("图 \(figure.number)　", base) + Array(styler.pieces(figure.caption, base).joined())
        var y = height + Composer.captionGap * em
        let linePitch = Composer.captionPitch * size
        for line in set(runs, width: frame.width - 2 * Composer.captionInset * em, alignment: .center) {
            let x = frame.x + Composer.captionInset * em
            let baselineY = y + baseline(size: size, cell: linePitch)
            drawables.append(.text(line, x: x, baseline: baselineY))
            drawables += linkBoxes(line, x: x, baseline: baselineY)
            y += linePitch
        }
        let lines = Int((y / pitch - Composer.gridTolerance).rounded(.up))
        append(ComposedItem(grid: .box(lines: lines), drawables: drawables))
    }

    /// Lines of a page kept free below the tallest figure, for its caption and spacing.
    static let figureCaptionReserve = 4
    static let captionGap = 0.5
    static let captionPitch = 1.5
    /// Captions are narrower than the column by this much on each side, in em.
    static let captionInset = 2.0
}
