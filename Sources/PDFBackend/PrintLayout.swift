import BriefModel
import Foundation
import Typesetting
import Yams

/// The print layout, decoded from the layout's `pdf.yaml`. Every length the composer uses
/// comes from here; the code holds no page geometry of its own.
struct PrintLayout: Codable {
    struct Page: Codable {
        var width: Double
        var height: Double
        var marginTop: Double
        /// Type area width in body characters.
        var columns: Int
        /// Type area height in body lines.
        var lines: Int
    }

    struct Fonts: Codable {
        var serif: String
        var sans: String
        var mono: String
        /// Bold faces, when a role names a file (a family finds its bold through fontconfig).
        var serifBold: String?
        var sansBold: String?
        var package: String
    }

    struct Colors: Codable {
        var text: HexColor
        var accent: HexColor
        var muted: HexColor
        var link: HexColor
        var tint: HexColor
        var rule: HexColor
    }

    struct Body: Codable {
        var size: Double
        var pitch: Double
        var indent: Double
        var citationSize: Double
        var citationShift: Double
        var codeSize: Double
        var paragraphSpace: Int
    }

    struct Title: Codable {
        var titleSize: Double
        var subtitleSize: Double
        var publisherSize: Double
        var dateSize: Double
        var spaceAfter: Int
    }

    struct Heading: Codable {
        enum Align: String, Codable { case start, center }
        var size: Double
        var align: Align
        var spaceBefore: Int
        var spaceAfter: Int
    }

    struct Headings: Codable {
        var summary: Heading
        var contents: Heading
        var section: Heading
        var subsection: Heading
        var pitch: Double
    }

    struct Contents: Codable {
        var heading: String
        var size: Double
        var numberSlot: Double
        var indent: Double
        var leaderStep: Double
    }

    struct References: Codable {
        var numberSlot: Double
        var size: Double
        var separator: String
    }

    struct ContactBlock: Codable {
        var codeSize: Double
        var codeGap: Double
        var labelSize: Double
        var captionSize: Double
        var blurbSize: Double
    }

    struct Header: Codable {
        var size: Double
        var baseline: Double
        var rule: Double
        var separator: String
        var footerBaseline: Double
    }

    var page: Page
    var fonts: Fonts
    var colors: Colors
    var body: Body
    var title: Title
    var headings: Headings
    var contents: Contents
    var references: References
    var contact: ContactBlock
    var header: Header

    /// The layout file this decodes.
    static let fileName = "pdf.yaml"

    init(_ layout: Layout) throws {
        guard let text = layout.text(PrintLayout.fileName) else {
            throw PDFRenderError.missingLayoutFile(layout: layout.name, file: PrintLayout.fileName)
        }
        do {
            self = try YAMLDecoder().decode(PrintLayout.self, from: text)
            directory = layout.directory
        } catch {
            throw PDFRenderError.invalidLayout(layout: layout.name, file: PrintLayout.fileName, reason: "\(error)")
        }
        // A misspelt key would otherwise be ignored and its default silently kept.
        if let source = try? Yams.compose(yaml: text),
           let unknown = PrintLayout.unknownKeys(source, self, path: "").first {
            throw PDFRenderError.invalidLayout(layout: layout.name, file: PrintLayout.fileName,
                                               reason: "line \(unknown.line): unknown key `\(unknown.path)`")
        }
    }

    /// Properties that are not keys of the file.
    static let derivedProperties: Set<String> = ["directory"]

    /// Keys of `source` that the decoded layout has no property for: exactly the keys the
    /// decoder skipped. The properties are read by reflection from the decoded value (whose
    /// property names are its coding keys), which costs far less than encoding it again.
    /// Dotted paths, with their lines.
    static func unknownKeys(_ source: Node, _ decoded: Any, path: String) -> [(path: String, line: Int)] {
        guard let mapping = source.mapping else { return [] }
        var properties: [String: Any] = [:]
        for child in Mirror(reflecting: decoded).children {
            guard let label = child.label, path != "" || !derivedProperties.contains(label) else { continue }
            // An optional property reflects as Optional; look through it.
            let value = Mirror(reflecting: child.value)
            properties[label] = value.displayStyle == .optional ? value.children.first?.value as Any : child.value
        }
        var found: [(path: String, line: Int)] = []
        for (key, value) in mapping {
            let name = key.string ?? "\(key)"
            let full = path.isEmpty ? name : path + "." + name
            if let property = properties[name] {
                found += unknownKeys(value, property, path: full)
            } else {
                found.append((full, key.mark?.line ?? 0))
            }
        }
        return found
    }

    // Derived geometry.
    var em: Double { body.size }
    var pitch: Double { body.size * body.pitch }
    var typeWidth: Double { Double(page.columns) * body.size }
    var typeHeight: Double { Double(page.lines) * pitch }
    var marginLeft: Double { (page.width - typeWidth) / 2 }
    /// The layout folder, for font files named relative to it (nil for the built-in one).
    var directory: URL?

    private enum CodingKeys: String, CodingKey {
        case page, fonts, colors, body, title, headings, contents, references, contact, header
    }
}

/// `"#RRGGBB"` in the layout file.
struct HexColor: Codable {
    var rgb: RGBColor

    init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        let hex = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard hex.count == 6, let value = UInt32(hex, radix: 16) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "colour \(text) is not #RRGGBB"))
        }
        rgb = RGBColor(r: Double(value >> 16 & 0xFF) / 255,
                       g: Double(value >> 8 & 0xFF) / 255,
                       b: Double(value & 0xFF) / 255)
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        let hex = [rgb.r, rgb.g, rgb.b].map { String(format: "%02X", Int(($0 * 255).rounded())) }.joined()
        try container.encode("#" + hex)
    }
}
