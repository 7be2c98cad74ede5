import BriefModel
import PDFWriter
import Typesetting

extension Composer {
    /// A figure kept whole: the image as wide as the column (less tall when it would not
    /// fit a page with room for its caption), centred, and the caption "图 N　…" centred
    /// below it in a smaller size. The box is a whole number of lines high. In the structure
    /// a Figure whose alternative text is the caption, then the Caption.
    func figure(_ figure: Figure, in frame: Frame) {
        let label = figure.label + "　"
        let figureElement = leaf(.figure, alternateText: label + figure.captionText.plainText)
        let captionElement = leaf(.caption)
        let aspect = Double(figure.image.pixelHeight) / Double(figure.image.pixelWidth)
        var width = frame.width
        var height = width * aspect
        let tallest = Double(layout.page.lines - layout.figures.captionReserve) * pitch
        if height > tallest {
            height = tallest
            width = height / aspect
        }
        var drawables: [Drawable] = [.image(figure.image, Box(x: frame.x + (frame.width - width) / 2, y: 0, width: width, height: height),
                                            tag: figureElement)]

        let settings = layout.figures
        let size = settings.captionSize
        let base = InlineStyler.Base(role: .headingLight, size: size, color: layout.colors.muted.rgb)
        let runs = styler.runs(label, base) + Array(styler.pieces(figure.captionText, base).joined())
        var y = height + settings.captionGap * em
        let linePitch = settings.captionPitch * size
        for line in set(runs, width: frame.width - 2 * settings.captionInset * em, alignment: .center) {
            let x = frame.x + settings.captionInset * em
            let baselineY = y + baseline(size: size, cell: linePitch)
            drawables.append(.text(line, x: x, baseline: baselineY, tag: captionElement))
            y += linePitch
        }
        let lines = Int((y / pitch - Composer.gridTolerance).rounded(.up))
        append(ComposedItem(grid: .box(lines: lines), drawables: drawables))
    }
}
