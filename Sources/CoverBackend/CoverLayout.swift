import BriefModel
import Foundation
import LayoutSchema
import Raster

/// The look of the covers, decoded from the layout's `cover.yaml` once its schema
/// (`CoverLayout.schema`) has checked it: fonts, colours, the vertical rhythm shared by
/// every cover, and the size, margins and type sizes of each canvas.
struct CoverLayout: Decodable {
    struct Fonts: Decodable {
        /// Family or file of the title (its bold is used) and of every other line.
        var title: String
        var text: String
        /// Bold file, when `title` names a file (a family finds its bold through fontconfig).
        var titleBold: String?
        var package: String
    }

    struct Colors: Decodable {
        var background: HexColor
        var title: HexColor
        var text: HexColor
        var muted: HexColor
        var rule: HexColor
    }

    /// Distances between the parts of a cover, in em of the part they follow or belong to.
    struct Rhythm: Decodable {
        var titlePitch: Double
        /// A title is set this much smaller (as a fraction of its size) to keep to fewer lines.
        var titleShrink: Double
        var textPitch: Double
        var ruleGap: Double
        var subtitleGap: Double
        var detailGap: Double
    }

    /// One canvas: its size in px, the margins kept clear of ink, and the type sizes text
    /// starts at before it shrinks to fit.
    struct Canvas: Decodable {
        var width: Int
        var height: Int
        var marginX: Double
        var marginY: Double
        var titleSize: Double
        var titleLines: Int
        var subtitleSize: Double
        var detailSize: Double
        var publisherLines: Int
        var rule: Double
        var ruleLength: Double
        var hairline: Double
    }

    var fonts: Fonts
    var colors: Colors
    var rhythm: Rhythm
    var article: Canvas
    /// The share thumbnail, which is also the EPUB's cover image.
    var square: Canvas

    /// The layout folder, for font files named relative to it (nil for the built-in one).
    var directory: URL?

    static let fileName = "cover.yaml"
    /// Properties that are not keys of the file.
    static let derivedProperties: Set<String> = ["directory"]

    private enum CodingKeys: String, CodingKey {
        case fonts, colors, rhythm, article, square
    }

    /// Checks and decodes the layout's `cover.yaml`, every problem at once.
    init(_ layout: Layout) throws {
        let file = layout.displayPath(CoverLayout.fileName)
        guard let text = layout.text(CoverLayout.fileName) else { throw CoverError.missingLayoutFile(file: file) }
        switch CoverLayout.schema.read(CoverLayout.self, from: text) {
        case .success(let decoded):
            self = decoded
            directory = layout.directory
        case .failure(let problems):
            throw CoverError.invalidLayout(file: file, problems: problems.all)
        }
    }
}

/// `"#RRGGBB"` in the layout file, as a pixel colour.
struct HexColor: Decodable {
    var color: RasterColor

    init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        // The schema has refused any other form (`ColourSyntax.hexRGB`, the same parser).
        guard let (red, green, blue) = ColourSyntax.rgb(hex: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: ColourSyntax.hexRGB.accepted))
        }
        color = RasterColor(r: red, g: green, b: blue)
    }
}
