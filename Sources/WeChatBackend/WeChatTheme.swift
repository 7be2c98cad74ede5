import BriefModel
import LayoutSchema

/// The article theme from the layout's `wechat.yaml`: every colour, size, space and font
/// that the backend inlines into the article's `style` attributes. It is checked on load
/// by its schema (`WeChatTheme.schema`) against what survives the WeChat editor, so a theme
/// edit cannot produce an article that loses its look.
public struct WeChatTheme: Decodable, Hashable, Sendable {
    public struct Colors: Decodable, Hashable, Sendable {
        public var text, heading, accent, muted, link, rule: String
        public var summaryBackground, quoteBackground, quoteBorder: String
        public var tableBorder, tableHeaderBackground, codeBackground, codeText, qrBackground: String
    }

    public struct Sizes: Decodable, Hashable, Sendable {
        public var body, title, section, subsection, small, quote, code, superscript: Int
    }

    public struct LineHeights: Decodable, Hashable, Sendable {
        public var body, heading, code: Double
    }

    public struct Spacing: Decodable, Hashable, Sendable {
        public var gutter, paragraph, sectionTop, subsectionTop, listIndent: Int
        public var letterSpacing: Double
        public var block, titleTop, titleBottom, titleLine, titleRuleGap: Int
        public var sectionBottom, subsectionBottom, summaryHeadingBottom, boxParagraph, listItem: Int
        public var captionTop, note, footerHeadingBottom, codesBottom, codeLabelTop, blurbName, blurb, website: Int
    }

    public struct Boxes: Decodable, Hashable, Sendable {
        public var padding, summarySide, bottom, radius: Int
    }

    public struct Rules: Decodable, Hashable, Sendable {
        public var width, mark, markGap: Int
    }

    public struct Tables: Decodable, Hashable, Sendable {
        public var cellVertical, cellHorizontal, captionBottom: Int
    }

    public struct Code: Decodable, Hashable, Sendable {
        public var font: String
        public var inlineSize, inlineVertical, inlineHorizontal: Int
    }

    public struct Footer: Decodable, Hashable, Sendable {
        public var codeWidth, codesPerRow, codePadding, codeQuietZone: Int
    }

    public var colors: Colors
    public var sizes: Sizes
    public var lineHeights: LineHeights
    public var spacing: Spacing
    public var boxes: Boxes
    public var rules: Rules
    public var tables: Tables
    public var code: Code
    public var footer: Footer

    /// The layout file this theme lives in.
    public static let fileName = "wechat.yaml"

    /// Checks and decodes the theme of `layout`.
    public init(layout: Layout) throws {
        guard let yaml = layout.text(WeChatTheme.fileName) else {
            throw WeChatError.missingTheme(layout: layout.name)
        }
        try self.init(yaml: yaml, file: layout.displayPath(WeChatTheme.fileName))
    }

    /// Checks and decodes a theme; `file` names it in error messages. Every problem is
    /// reported at once, at its `LINE:COL`.
    public init(yaml: String, file: String) throws {
        switch WeChatTheme.schema.read(WeChatTheme.self, from: yaml) {
        case .success(let theme): self = theme
        case .failure(let problems): throw WeChatError.invalidTheme(file: file, problems: problems.all)
        }
    }
}
