import BriefModel
import Foundation
import LayoutSchema
import Typesetting

/// The print layout, decoded from the layout's `pdf.yaml` once its schema
/// (`PrintLayout.schema`) has checked it. Every length, colour and font a designer may want
/// to change comes from here; the code keeps as constants only what
/// follows from the fonts or the standards (the CJK em box, a QR code's quiet zone) and
/// rounding tolerances.
struct PrintLayout: Decodable {
    struct Page: Decodable {
        var width: Double
        var height: Double
        var marginTop: Double
        /// Type area width in body characters.
        var columns: Int
        /// Type area height in body lines.
        var lines: Int
        /// Lines a page may end above its foot and keep every line on the grid; a page
        /// ending higher is justified by the stretch of its spaces.
        var justifyBeyond: Int
    }

    struct Fonts: Decodable {
        var serif: String
        var sans: String
        var mono: String
        /// Bold faces, when a role names a file (a family finds its bold through fontconfig).
        var serifBold: String?
        var sansBold: String?
        var package: String
    }

    struct Colors: Decodable {
        var text: HexColor
        var heading: HexColor
        var accent: HexColor
        var muted: HexColor
        var link: HexColor
        var tint: HexColor
        var rule: HexColor
        var emphasisDot: HexColor
    }

    struct Body: Decodable {
        var size: Double
        var pitch: Double
        var indent: Double
        var citationSize: Double
        var citationShift: Double
        var codeSize: Double
        var paragraphSpace: Int
        /// Lines the space between two blocks of a section may grow by on a justified page.
        var paragraphStretch: Double
        var blockIndent: Double
        var markerGap: Double
        var displaySpace: Int
        /// Lines the space above or below a table, figure or code may grow by.
        var displayStretch: Double
        var quoteRule: Double
        var strikeRule: Double
        var emphasisDotSize: Double
        var emphasisDotDrop: Double
        var breakLength: Double
        var codePadding: Double
        var tabWidth: Int
    }

    struct Title: Decodable {
        var titleSize: Double
        var subtitleSize: Double
        var publisherSize: Double
        var dateSize: Double
        var spaceAfter: Int
        var linePitch: Double
        var gap: Double
        var thickRule: Double
        var thinRule: Double
        var ruleGap: Double
    }

    struct SummaryBox: Decodable {
        var bleed: Double
        var rule: Double
        var spaceAfter: Int
    }

    struct Heading: Decodable {
        enum Align: String, Decodable, CaseIterable {
            case start, center
        }
        var size: Double
        var align: Align
        var spaceBefore: Int
        var spaceAfter: Int
        /// Lines the space above the heading may grow by on a justified page.
        var stretch: Double
    }

    struct Headings: Decodable {
        var summary: Heading
        var contents: Heading
        var section: Heading
        var subsection: Heading
        var pitch: Double
        var padding: Double
    }

    struct Contents: Decodable {
        var heading: String
        var size: Double
        var numberSlot: Double
        var indent: Double
        var leaderStep: Double
        var leaderDot: Double
        var leaderMargin: Double
        var minimumLeader: Double
    }

    struct Tables: Decodable {
        var cellPadding: Double
        var outerRule: Double
        var innerRule: Double
        var ruleColor: HexColor
        var smallerSize: Double
        var smallestSize: Double
        var pitch: Double
        var captionSize: Double
        var captionPitch: Double
        var continued: String
        var keepWhole: Int
        var keepShort: Double
    }

    struct Figures: Decodable {
        var captionSize: Double
        var captionGap: Double
        var captionPitch: Double
        var captionInset: Double
        var captionReserve: Int
        var resolution: Double
    }

    struct References: Decodable {
        var numberSlot: Double
        var size: Double
    }

    struct ContactBlock: Decodable {
        var codeSize: Double
        var codeGap: Double
        var labelSize: Double
        var captionSize: Double
        var blurbSize: Double
        var labelGap: Double
        var labelPitch: Double
        var space: Int
        var rule: Double
    }

    struct Header: Decodable {
        var size: Double
        var baseline: Double
        var rule: Double
        var separator: String
        var footerBaseline: Double
        var ruleDrop: Double
    }

    var page: Page
    var fonts: Fonts
    var colors: Colors
    var body: Body
    var title: Title
    var summary: SummaryBox
    var headings: Headings
    var contents: Contents
    var tables: Tables
    var figures: Figures
    var references: References
    var contact: ContactBlock
    var header: Header

    /// The layout file this decodes.
    static let fileName = "pdf.yaml"

    /// Checks and decodes the layout's `pdf.yaml`. Every problem is reported at once, where
    /// it is: a syntax error, or each missing key, unknown key (a misspelt key would
    /// otherwise be ignored and the value it meant to change silently kept), value of the
    /// wrong kind or out of range, and values that do not fit the page together.
    init(_ layout: Layout) throws {
        let file = layout.displayPath(PrintLayout.fileName)
        guard let text = layout.text(PrintLayout.fileName) else {
            throw PDFRenderError.missingLayoutFile(file: file)
        }
        switch PrintLayout.schema.read(PrintLayout.self, from: text) {
        case .success(let decoded):
            self = decoded
            directory = layout.directory
        case .failure(let problems):
            throw PDFRenderError.invalidLayout(file: file, problems: problems.all)
        }
    }

    /// Properties that are not keys of the file.
    static let derivedProperties: Set<String> = ["directory"]

    // Derived geometry.
    var em: Double { body.size }
    var pitch: Double { body.size * body.pitch }
    var typeWidth: Double { Double(page.columns) * body.size }
    var typeHeight: Double { Double(page.lines) * pitch }
    var marginLeft: Double { (page.width - typeWidth) / 2 }
    /// The layout folder, for font files named relative to it (nil for the built-in one).
    var directory: URL?

    private enum CodingKeys: String, CodingKey {
        case page, fonts, colors, body, title, summary, headings, contents, tables, figures, references, contact, header
    }
}

/// `"#RRGGBB"` in the layout file (read only: the layout is never written back).
struct HexColor: Decodable {
    var rgb: RGBColor

    init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        // The schema has refused any other form (`ColourSyntax.hexRGB`, the same parser).
        guard let (red, green, blue) = ColourSyntax.rgb(hex: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: ColourSyntax.hexRGB.accepted))
        }
        rgb = RGBColor(r: red, g: green, b: blue)
    }
}
