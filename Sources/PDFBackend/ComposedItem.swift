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

extension Drawable {
    /// The same drawable, `dy` lower in its item (to join row boxes into one box).
    func moved(down dy: Double) -> Drawable {
        switch self {
        case .text(let line, let x, let baseline): return .text(line, x: x, baseline: baseline + dy)
        case .fill(let box, let color): return .fill(box.moved(down: dy), color)
        case .rule(let from, let to, let width, let color):
            return .rule(from: (from.0, from.1 + dy), to: (to.0, to.1 + dy), width: width, color: color)
        case .image(let asset, let box): return .image(asset, box.moved(down: dy))
        case .qrCode(let code, let box, let color): return .qrCode(code, box.moved(down: dy), color)
        case .link(let box, let target): return .link(box.moved(down: dy), target)
        case .destination(let name, let y): return .destination(name, y: y + dy)
        case .leaders(let fromX, let toX, let baseline, let step, let dot, let color):
            return .leaders(fromX: fromX, toX: toX, baseline: baseline + dy, step: step, dot: dot, color: color)
        }
    }
}

extension Box {
    func moved(down dy: Double) -> Box { Box(x: x, y: y + dy, width: width, height: height) }
}
