import LayoutSchema

/// Every key of `wechat.yaml`, declared once: its kind, the range the WeChat editor and a
/// phone reader accept (wechat.md §7 rules 8 and 9), and its meaning.
extension WeChatTheme {
    static let schema = LayoutSchema(fileName: fileName, keys: keys, relations: relations)

    /// Lengths that leave room for text on a 375 px phone.
    private static let lengthRange = Quantity("a length", unit: "px", whole: true, from: 0, to: 64, why: "on a 375 px phone")

    private static func colour(_ path: String, _ meaning: String) -> LayoutKey {
        LayoutKey(path, .colour(.conservativeCSS), meaning)
    }

    /// A text block's size: the WeChat spec's 14–18 px, which readers read and the editor keeps.
    private static func textSize(_ path: String, _ meaning: String) -> LayoutKey {
        LayoutKey(path, .quantity(Quantity("a text size", unit: "px", whole: true, from: 14, to: 18,
                                           why: "the WeChat spec's range for text blocks")), meaning)
    }

    private static func headingSize(_ path: String, _ meaning: String) -> LayoutKey {
        LayoutKey(path, .quantity(Quantity("a heading size", unit: "px", whole: true, from: 14, to: 28)), meaning)
    }

    private static func lineHeight(_ path: String, _ meaning: String) -> LayoutKey {
        LayoutKey(path, .quantity(Quantity("a line height", from: 1.5, to: 2, why: "what the spec allows for text blocks")), meaning)
    }

    private static func length(_ path: String, _ meaning: String) -> LayoutKey {
        LayoutKey(path, .quantity(lengthRange), meaning)
    }

    private static let keys: [LayoutKey] = [
        colour("colors.text", "body text"),
        colour("colors.heading", "the title and section headings"),
        colour("colors.accent", "rules, heading marks, citation marks [n] and the reference list's numbers, list markers"),
        colour("colors.muted", "date line, captions, quotes"),
        colour("colors.link", "links, URLs and link-note marks (链接n)"),
        colour("colors.rule", "thin separators"),
        colour("colors.summaryBackground", "background of the summary"),
        colour("colors.quoteBackground", "background of a quote"),
        colour("colors.quoteBorder", "the bar beside a quote"),
        colour("colors.tableBorder", "table cell borders"),
        colour("colors.tableHeaderBackground", "background of a table's header cells"),
        colour("colors.codeBackground", "background of code"),
        colour("colors.codeText", "code text"),
        colour("colors.qrBackground", "the quiet zone around every QR code (a near-white that dark mode keeps light)"),

        textSize("sizes.body", "body text, the summary, the footer heading"),
        headingSize("sizes.title", "the title"),
        headingSize("sizes.section", "section headings"),
        headingSize("sizes.subsection", "subsection headings"),
        textSize("sizes.small", "captions, references, table cells, the lines under the title, the footer"),
        textSize("sizes.quote", "quotes"),
        textSize("sizes.code", "code blocks"),
        LayoutKey("sizes.superscript", .quantity(Quantity("a size", unit: "px", whole: true, from: 10, to: 16,
                                                           why: "it sits inside a line")), "citation and link note numbers"),

        lineHeight("lineHeights.body", "body text and every small text block, in multiples of the font size"),
        lineHeight("lineHeights.heading", "the title and headings"),
        lineHeight("lineHeights.code", "code blocks"),

        length("spacing.gutter", "left and right of every block (the editor drops the root's padding)"),
        length("spacing.paragraph", "below a paragraph, a quote, a code block, a table, a figure, and after a list"),
        length("spacing.sectionTop", "above a section heading and the footer"),
        length("spacing.subsectionTop", "above a subsection heading"),
        length("spacing.listIndent", "each list level's indent, and the width of a list marker"),
        LayoutKey("spacing.letterSpacing", .quantity(Quantity("a length", unit: "px", from: 0, to: 3)),
                  "between characters of text"),
        length("spacing.block", "below the title block and the summary, around a thematic break, above the footer's content"),
        length("spacing.titleTop", "above the title"),
        length("spacing.titleBottom", "below the title"),
        length("spacing.titleLine", "below each line under the title"),
        length("spacing.titleRuleGap", "between the title block's last line and the rule under it"),
        length("spacing.sectionBottom", "below a section heading"),
        length("spacing.subsectionBottom", "below a subsection heading"),
        length("spacing.summaryHeadingBottom", "below the summary's heading"),
        length("spacing.boxParagraph", "below a paragraph in the summary or a quote"),
        length("spacing.listItem", "below a list item; a list ends `spacing.paragraph` below its last line"),
        length("spacing.captionTop", "between a figure and its caption"),
        length("spacing.note", "below a reference or a link note"),
        length("spacing.footerHeadingBottom", "below the footer's heading"),
        length("spacing.codesBottom", "below the QR codes of the footer"),
        length("spacing.codeLabelTop", "between a QR code and its label"),
        length("spacing.blurbName", "below an organisation's name in the footer"),
        length("spacing.blurb", "below an organisation's blurb"),
        length("spacing.website", "below the website line"),

        length("boxes.padding", "inside a code block, and above and beside the text of a quote and above the summary's"),
        length("boxes.summarySide", "left and right of the summary's text"),
        length("boxes.bottom", "below the last paragraph of the summary or a quote, under its own margin"),
        length("boxes.radius", "corner radius of the summary, quotes, code and images"),

        length("rules.width", "the thin lines: under the title block, a thematic break, above the footer, table cells"),
        length("rules.mark", "the bar beside section headings, the summary and quotes"),
        length("rules.markGap", "between a section heading's bar and its text"),

        length("tables.cellVertical", "above and below a table cell's text"),
        length("tables.cellHorizontal", "left and right of a table cell's text"),
        length("tables.captionBottom", "between a table's caption (表 1　…) and the table"),

        LayoutKey("code.font", .cssFontFamilies, "CSS font family of code"),
        LayoutKey("code.inlineSize", .quantity(Quantity("a percentage", unit: "%", whole: true, from: 50, to: 100)),
                  "size of code in a line, of the text around it"),
        length("code.inlineVertical", "above and below code in a line"),
        length("code.inlineHorizontal", "left and right of code in a line"),

        LayoutKey("footer.codeWidth", .quantity(Quantity("a width", unit: "px", whole: true, from: 48, to: 375,
                                                         why: "scannable, and no wider than a phone")),
                  "widest a QR code is drawn"),
        LayoutKey("footer.codesPerRow", .quantity(Quantity("a whole number", whole: true, from: 1, to: 4)),
                  "QR codes side by side in a row"),
        length("footer.codePadding", "around each QR code's cell"),
        length("footer.codeQuietZone", "the quiet zone in `colors.qrBackground` around every QR code, inside `footer.codeWidth`"),
    ]

    private static let relations = [
        LayoutRelation(at: "footer.codeQuietZone") { v in
            let zone = try v.whole("footer.codeQuietZone"), width = try v.whole("footer.codeWidth")
            guard 4 * zone >= width else { return nil }
            return "`footer.codeQuietZone` (\(zone) px) must leave the code at least half of `footer.codeWidth` (\(width) px)"
        },
        LayoutRelation(at: "spacing.listItem") { v in
            let item = try v.whole("spacing.listItem"), paragraph = try v.whole("spacing.paragraph")
            guard item > paragraph else { return nil }
            return "`spacing.listItem` (\(item) px) must be at most `spacing.paragraph` (\(paragraph) px): "
                + "a list ends a paragraph's space below its last line, of which an item's is part"
        },
    ]
}
