import BriefModel
import Foundation
import PDFWriter
import Typesetting

extension Composer {
    /// A figure kept whole: the image at its natural size (its recorded resolution, else
    /// `figures.resolution`), narrowed to the column and to a page with room for its caption,
    /// never enlarged (a 120-pixel image blown up to the measure prints at 20 ppi); centred,
    /// and the caption "图 N　…" centred below it in a smaller size. The box is a whole
    /// number of lines high and floats: when it does not fit where it stands it opens the
    /// next page while the text goes on. In the structure a Figure whose alternative text is
    /// the caption, then the Caption, in source order wherever the figure is printed.
    func figure(_ figure: Figure, in frame: Frame) {
        let label = figure.label + "　"
        let figureElement = leaf(.figure, alternateText: label + figure.captionText.plainText)
        let captionElement = leaf(.caption)
        let settings = layout.figures
        let natural = Composer.naturalSize(figure.image, defaultResolution: settings.resolution)
        var scale = min(1, frame.width / natural.width)
        let tallest = Double(layout.page.lines - settings.captionReserve) * pitch
        scale = min(scale, tallest / natural.height)
        let width = natural.width * scale, height = natural.height * scale
        var drawables: [Drawable] = [.image(figure.image, Box(x: frame.x + (frame.width - width) / 2, y: 0, width: width, height: height),
                                            tag: figureElement)]

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
        append(ComposedItem(grid: .float(lines: lines), drawables: drawables))
    }

    /// The image's size in pt at its natural resolution: the file's own (PNG pHYs), else the
    /// layout's default for a screen image.
    static func naturalSize(_ image: ImageAsset, defaultResolution: Double) -> (width: Double, height: Double) {
        let across = image.pixelsPerInch?.horizontal ?? defaultResolution
        let down = image.pixelsPerInch?.vertical ?? defaultResolution
        let pointsPerInch = 72.0
        return (Double(image.pixelWidth) / across * pointsPerInch, Double(image.pixelHeight) / down * pointsPerInch)
    }
}
