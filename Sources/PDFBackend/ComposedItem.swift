import BriefModel
import Graphics
import PDFWriter
import Typesetting

/// A rectangle in type-area coordinates: x from the type area's left edge, y down from the
/// top of the item that holds it (the engine's orientation).
struct Box: Hashable {
    var x: Double, y: Double, width: Double, height: Double
}

/// One thing to paint, placed relative to its item. Text, images and codes are content of
/// the structure element `tag`; fills, rules and leaders are decoration (artifacts).
enum Drawable {
    /// A line from the engine, its left edge at `x` and its baseline at `baseline`. Its
    /// linked glyphs become Link elements under `tag`, with their link rectangles.
    case text(Line, x: Double, baseline: Double, tag: PDFStructureElement)
    /// A line painted as an artifact: text repeated for the eye (a continued table's header
    /// and 续表), tagged where it first stands.
    case artifactText(Line, x: Double, baseline: Double)
    case fill(Box, RGBColor)
    case rule(from: (Double, Double), to: (Double, Double), width: Double, color: RGBColor)
    case image(ImageAsset, Box, tag: PDFStructureElement)
    /// A QR code drawn as vector rectangles, one per run of dark modules.
    case qrCode(QRCode, Box, RGBColor, tag: PDFStructureElement)
    /// A link rectangle not tied to glyphs (a whole contents entry, a QR code), belonging to
    /// the Link element `tag`; `description` says where it leads.
    case link(Box, Annotation.Target, tag: PDFStructureElement, description: String)
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
    /// Painted at the top of the page this item opens, in the `grid.repeatedLines` lines
    /// reserved there (a continued table's 续表 line and header).
    var continuation: [Drawable] = []
    /// Painted with this item when it is the last on its page (a continued table's
    /// closing rule, so every page's part of a three-line table is closed).
    var pageEnd: [Drawable] = []

    /// The anchors this item defines, so pages can be looked up after pagination.
    var anchors: [String] {
        drawables.compactMap { if case .destination(let name, _) = $0 { return name } else { return nil } }
    }
}

extension Drawable {
    /// The same drawable, `dy` lower in its item (to join row boxes into one box).
    func moved(down dy: Double) -> Drawable {
        switch self {
        case .text(let line, let x, let baseline, let tag): return .text(line, x: x, baseline: baseline + dy, tag: tag)
        case .artifactText(let line, let x, let baseline): return .artifactText(line, x: x, baseline: baseline + dy)
        case .fill(let box, let color): return .fill(box.moved(down: dy), color)
        case .rule(let from, let to, let width, let color):
            return .rule(from: (from.0, from.1 + dy), to: (to.0, to.1 + dy), width: width, color: color)
        case .image(let asset, let box, let tag): return .image(asset, box.moved(down: dy), tag: tag)
        case .qrCode(let code, let box, let color, let tag): return .qrCode(code, box.moved(down: dy), color, tag: tag)
        case .link(let box, let target, let tag, let description):
            return .link(box.moved(down: dy), target, tag: tag, description: description)
        case .destination(let name, let y): return .destination(name, y: y + dy)
        case .leaders(let fromX, let toX, let baseline, let step, let dot, let color):
            return .leaders(fromX: fromX, toX: toX, baseline: baseline + dy, step: step, dot: dot, color: color)
        }
    }
}

extension Box {
    func moved(down dy: Double) -> Box { Box(x: x, y: y + dy, width: width, height: height) }
}
