import BriefModel
import Graphics
import Typesetting

/// A rectangle in type-area coordinates: x from the type area's left edge, y down from the
/// top of the item that holds it (the engine's orientation).
struct Box: Hashable {
    var x: Double, y: Double, width: Double, height: Double
}

/// One thing to paint, placed relative to its item.
enum Drawable {
    /// A line from the engine, its left edge at `x` and its baseline at `baseline`.
    case text(Line, x: Double, baseline: Double)
    case fill(Box, RGBColor)
    case rule(from: (Double, Double), to: (Double, Double), width: Double, color: RGBColor)
    case image(ImageAsset, Box)
    /// A QR code drawn as vector rectangles, one per run of dark modules.
    case qrCode(QRCode, Box, RGBColor)
    case link(Box, Annotation.Target)
    /// A named destination (a section, a reference entry) at height `y`.
    case destination(String, y: Double)
    /// Dot leaders from `fromX` to `toX` on the baseline, dots on a fixed step measured from
    /// the type area's left edge, so the dots of every contents line stand in columns.
    case leaders(fromX: Double, toX: Double, baseline: Double, step: Double, dot: Double, color: RGBColor)
}

/// An item of the vertical list with what it paints.
struct ComposedItem {
    var grid: GridItem
    var drawables: [Drawable]

    /// The anchors this item defines, so pages can be looked up after pagination.
    var anchors: [String] {
        drawables.compactMap { if case .destination(let name, _) = $0 { return name } else { return nil } }
    }
}
