import BriefModel
import Foundation
import Typesetting
import Yams

/// The print layout, decoded from the layout's `pdf.yaml`. Every length and space a
/// designer may want to change comes from here; the code keeps as constants only what
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
        var accent: HexColor
        var muted: HexColor
        var link: HexColor
        var tint: HexColor
        var rule: HexColor
    }

    struct Body: Decodable {
        var size: Double
        var pitch: Double
        var indent: Double
        var citationSize: Double
        var citationShift: Double
        var codeSize: Double
        var paragraphSpace: Int
        var blockIndent: Double
        var markerGap: Double
        var displaySpace: Int
        var quoteRule: Double
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

            /// Says what it accepts (the synthesized decoding says "cannot initialize").
            init(from decoder: Decoder) throws {
                let text = try decoder.singleValueContainer().decode(String.self)
                guard let align = Align(rawValue: text) else {
                    let accepted = Align.allCases.map { "`\($0.rawValue)`" }.joined(separator: " or ")
                    throw LayoutValueError.refusing(decoder, accepted: accepted, placeholder: Align.start.rawValue)
                }
                self = align
            }
        }
        var size: Double
        var align: Align
        var spaceBefore: Int
        var spaceAfter: Int
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
    }

    struct Figures: Decodable {
        var captionSize: Double
        var captionGap: Double
        var captionPitch: Double
        var captionInset: Double
        var captionReserve: Int
    }

    struct References: Decodable {
        var numberSlot: Double
        var size: Double
        var separator: String
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

    /// The file as a user finds it, for messages: its path in a layout folder, or
    /// `default layout/pdf.yaml` for a layout built into the program.
    static func displayPath(_ layout: Layout) -> String {
        layout.directory?.standardizedFileURL.appendingPathComponent(fileName).path ?? "\(layout.name) layout/\(fileName)"
    }

    /// Decodes and checks the layout's `pdf.yaml`. Every problem is reported at once, where
    /// it is: a syntax error, or each missing key, value of the wrong kind and key the
    /// decoder would skip (a misspelt key would otherwise be ignored and the value it meant
    /// to change silently kept); then, once it decodes, every number out of its range
    /// (`LayoutRanges`).
    init(_ layout: Layout) throws {
        let file = PrintLayout.displayPath(layout)
        guard let text = layout.text(PrintLayout.fileName) else {
            throw PDFRenderError.missingLayoutFile(file: file)
        }
        let source: Node
        do {
            // The basic resolver tags nothing: decoding reads each scalar as the type the
            // layout wants, and the default resolver's patterns would start ICU's regex
            // engine (milliseconds at every start) for no gain.
            guard let root = try Yams.compose(yaml: text, .basic) else {
                throw PDFRenderError.invalidLayout(file: file, problems: [LayoutProblem(
                    line: 1, column: 1, message: "the file is empty; it must set every key of layouts/default/\(PrintLayout.fileName)")])
            }
            source = root
        } catch let error as PDFRenderError {
            throw error
        } catch {
            throw PDFRenderError.invalidLayout(file: file, problems: [LayoutDiagnosis.syntax(error)])
        }
        switch LayoutDiagnosis.decode(PrintLayout.self, text: text, source: source, derived: PrintLayout.derivedProperties) {
        case .success(let decoded):
            let ranges = LayoutRanges(decoded, source: source)
            guard ranges.problems.isEmpty else {
                throw PDFRenderError.invalidLayout(file: file, problems: ranges.problems)
            }
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
        let hex = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard hex.count == 6, let value = UInt32(hex, radix: 16) else {
            throw LayoutValueError.refusing(decoder, accepted: "a colour written \"#RRGGBB\" (six hexadecimal digits, like \"#1A1A1A\")",
                                            placeholder: "#000000")
        }
        rgb = RGBColor(r: Double(value >> 16 & 0xFF) / 255,
                       g: Double(value >> 8 & 0xFF) / 255,
                       b: Double(value & 0xFF) / 255)
    }
}
