import BriefModel
import Yams

/// The article theme from the layout's `wechat.yaml`: colours, sizes and spacing that the
/// backend inlines into every `style` attribute. Values are checked on load against what
/// survives the WeChat editor, so a theme edit cannot produce an article that loses its look.
public struct WeChatTheme: Decodable, Hashable, Sendable {
    public struct Colors: Decodable, Hashable, Sendable {
        public var text, heading, accent, muted, link, rule: String
        public var summaryBackground, quoteBackground, quoteBorder: String
        public var tableBorder, tableHeaderBackground, codeBackground, codeText: String
    }

    public struct Sizes: Decodable, Hashable, Sendable {
        public var body, title, section, subsection, small, code, superscript: Int
    }

    public struct LineHeights: Decodable, Hashable, Sendable {
        public var body, heading, code: Double
    }

    public struct Spacing: Decodable, Hashable, Sendable {
        public var gutter, paragraph, sectionTop, subsectionTop, listIndent: Int
        public var letterSpacing: Double
    }

    public var colors: Colors
    public var sizes: Sizes
    public var lineHeights: LineHeights
    public var spacing: Spacing

    /// The layout file this theme lives in.
    public static let fileName = "wechat.yaml"

    /// Text sizes a phone reader can read and the editor keeps: the WeChat spec's 14–18 px
    /// for text blocks; headings may go up to `headingSizes`.
    static let textSizes = 14...18
    static let headingSizes = 14...28
    /// Superscripts sit inside a line, so they may be smaller than text blocks.
    static let superscriptSizes = 10...16
    /// Line heights the spec allows for text blocks.
    static let lineHeightRange = 1.5...2.0

    /// Decodes and checks the theme of `layout`.
    public init(layout: Layout) throws {
        guard let yaml = layout.text(WeChatTheme.fileName) else {
            throw WeChatError.missingTheme(layout: layout.name)
        }
        try self.init(yaml: yaml, file: WeChatTheme.fileName)
    }

    /// Decodes and checks a theme; `file` names it in error messages.
    public init(yaml: String, file: String) throws {
        let node: Node?
        do { node = try Yams.compose(yaml: yaml) } catch {
            throw WeChatError.invalidTheme(file: file, problem: "not valid YAML: \(error)")
        }
        guard let node else { throw WeChatError.invalidTheme(file: file, problem: "the file is empty") }
        try WeChatTheme.rejectUnknownKeys(node, file: file)
        do {
            self = try YAMLDecoder().decode(WeChatTheme.self, from: yaml)
        } catch let error as DecodingError {
            throw WeChatError.invalidTheme(file: file, problem: WeChatTheme.describe(error))
        }
        try validate(file: file)
    }

    /// The keys each mapping may hold. A typo in a theme must be reported, not silently
    /// replaced by nothing (the same rule the source format follows).
    private static let knownKeys: [String: Set<String>] = [
        "": ["colors", "sizes", "lineHeights", "spacing"],
        "colors": ["text", "heading", "accent", "muted", "link", "rule", "summaryBackground", "quoteBackground",
                   "quoteBorder", "tableBorder", "tableHeaderBackground", "codeBackground", "codeText"],
        "sizes": ["body", "title", "section", "subsection", "small", "code", "superscript"],
        "lineHeights": ["body", "heading", "code"],
        "spacing": ["gutter", "paragraph", "sectionTop", "subsectionTop", "listIndent", "letterSpacing"],
    ]

    private static func rejectUnknownKeys(_ node: Node, file: String, path: String = "") throws {
        guard let mapping = node.mapping, let allowed = knownKeys[path] else { return }
        for (key, value) in mapping {
            let name = key.string ?? ""
            guard allowed.contains(name) else {
                let place = path.isEmpty ? "" : " under `\(path)`"
                throw WeChatError.invalidTheme(
                    file: file, line: key.mark?.line,
                    problem: "unknown key `\(name)`\(place); expected one of \(allowed.sorted().joined(separator: ", "))")
            }
            try rejectUnknownKeys(value, file: file, path: path.isEmpty ? name : path + "." + name)
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [CodingKey]) -> String { keys.map(\.stringValue).joined(separator: ".") }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context.codingPath)
            return "missing key `\(parent.isEmpty ? key.stringValue : parent + "." + key.stringValue)`"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "`\(path(context.codingPath))`: \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    /// Checks every value against what the WeChat editor keeps (wechat.md §7 rules 8 and 9).
    private func validate(file: String) throws {
        let colorFields: [(String, String)] = [
            ("text", colors.text), ("heading", colors.heading), ("accent", colors.accent), ("muted", colors.muted),
            ("link", colors.link), ("rule", colors.rule), ("summaryBackground", colors.summaryBackground),
            ("quoteBackground", colors.quoteBackground), ("quoteBorder", colors.quoteBorder),
            ("tableBorder", colors.tableBorder), ("tableHeaderBackground", colors.tableHeaderBackground),
            ("codeBackground", colors.codeBackground), ("codeText", colors.codeText),
        ]
        for (name, value) in colorFields {
            guard CSSColor.isConservative(value) else {
                throw WeChatError.invalidTheme(file: file, problem: "colors.\(name) is `\(value)`; use #hex, rgb() or rgba()")
            }
        }
        for (name, value) in [("text", colors.text), ("heading", colors.heading), ("muted", colors.muted),
                              ("link", colors.link), ("accent", colors.accent), ("codeText", colors.codeText)]
        where CSSColor.isPureBlack(value) {
            throw WeChatError.invalidTheme(file: file, problem: "colors.\(name) is pure black, which the WeChat editor drops; use #3f3f3f or #010101")
        }
        let textSizeFields = [("body", sizes.body), ("small", sizes.small), ("code", sizes.code)]
        for (name, value) in textSizeFields where !WeChatTheme.textSizes.contains(value) {
            throw WeChatError.invalidTheme(file: file, problem: "sizes.\(name) is \(value) px; text blocks need \(WeChatTheme.textSizes.lowerBound)–\(WeChatTheme.textSizes.upperBound) px")
        }
        for (name, value) in [("title", sizes.title), ("section", sizes.section), ("subsection", sizes.subsection)]
        where !WeChatTheme.headingSizes.contains(value) {
            throw WeChatError.invalidTheme(file: file, problem: "sizes.\(name) is \(value) px; headings need \(WeChatTheme.headingSizes.lowerBound)–\(WeChatTheme.headingSizes.upperBound) px")
        }
        if !WeChatTheme.superscriptSizes.contains(sizes.superscript) {
            throw WeChatError.invalidTheme(file: file, problem: "sizes.superscript is \(sizes.superscript) px; use \(WeChatTheme.superscriptSizes.lowerBound)–\(WeChatTheme.superscriptSizes.upperBound) px")
        }
        for (name, value) in [("body", lineHeights.body), ("heading", lineHeights.heading), ("code", lineHeights.code)]
        where !WeChatTheme.lineHeightRange.contains(value) {
            throw WeChatError.invalidTheme(file: file, problem: "lineHeights.\(name) is \(value); use 1.5–2")
        }
        let lengths = [("gutter", spacing.gutter), ("paragraph", spacing.paragraph), ("sectionTop", spacing.sectionTop),
                       ("subsectionTop", spacing.subsectionTop), ("listIndent", spacing.listIndent)]
        for (name, value) in lengths where !(0...64).contains(value) {
            throw WeChatError.invalidTheme(file: file, problem: "spacing.\(name) is \(value) px; use 0–64 px on a 375 px phone")
        }
        if !(0...3).contains(spacing.letterSpacing) {
            throw WeChatError.invalidTheme(file: file, problem: "spacing.letterSpacing is \(spacing.letterSpacing) px; use 0–3 px")
        }
    }
}
