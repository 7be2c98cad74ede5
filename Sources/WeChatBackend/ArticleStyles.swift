/// Every style attribute the article uses, derived once from the theme. This is the only
/// place that turns theme values into CSS, and it writes only what the WeChat editor keeps:
/// no positioning, flex, grid, transforms, variables, `url()` or pure black (wechat.md §7).
/// Every text block carries its own colour, size and line height, because the editor resets
/// inherited ones on `p`, `li` and headings.
struct ArticleStyles {
    let theme: WeChatTheme

    /// Space around the title block, the summary and the footer, in px.
    static let blockGap = 24
    /// Space between the lines of the title block, in px.
    static let titleLineGap = 4
    /// Width of the bar that marks a section heading and the summary, in px.
    static let markWidth = 4
    /// Padding inside boxed blocks (summary, quote, code), in px: enough to keep text off
    /// the background's edge on a 375 px phone.
    static let boxPadding = 12
    /// Padding of a table cell, in px.
    static let cellPadding = "6px 8px"
    /// A QR code is drawn at most this wide: large enough to scan from a screen with a
    /// second phone, small enough that three fit side by side.
    static let qrCodeWidth = 120
    /// How many QR codes share one row of the footer on a 375 px phone.
    static let qrCodesPerRow = 3

    private var colors: WeChatTheme.Colors { theme.colors }
    private var sizes: WeChatTheme.Sizes { theme.sizes }
    private var spacing: WeChatTheme.Spacing { theme.spacing }
    private var gutter: Int { spacing.gutter }

    /// What a paragraph is part of: its role decides its colour, size and margins.
    enum TextRole: Hashable {
        case body
        case summary
        case quote
        case cell(header: Bool)
    }

    /// The shared part of every text block: colour, size, line height, spacing.
    func textBlock(size: Int, color: String, lineHeight: Double, margin: String) -> InlineStyle {
        InlineStyle([
            "margin": margin,
            "color": color,
            "font-size": CSSValue.px(size),
            "line-height": CSSValue.number(lineHeight),
            "letter-spacing": CSSValue.px(spacing.letterSpacing),
        ])
    }

    // MARK: Root and title block

    /// The root section. The editor cleans the outermost element's padding and background,
    /// so it carries neither; the text defaults here are repeated on every block anyway.
    var root: InlineStyle {
        InlineStyle([
            "color": colors.text,
            "font-size": CSSValue.px(sizes.body),
            "line-height": CSSValue.number(theme.lineHeights.body),
            "letter-spacing": CSSValue.px(spacing.letterSpacing),
            "text-align": "justify",
            "overflow-wrap": "break-word",
        ])
    }

    var titleBlock: InlineStyle {
        InlineStyle([
            "margin": CSSValue.box(0, gutter, ArticleStyles.blockGap, gutter),
            "padding-bottom": CSSValue.px(16),
            "border-bottom": "1px solid \(colors.rule)",
            "text-align": "center",
        ])
    }

    var title: InlineStyle {
        textBlock(size: sizes.title, color: colors.heading, lineHeight: theme.lineHeights.heading,
                  margin: CSSValue.box(8, 0, 12, 0))
            .with(["font-weight": "bold", "text-align": "center"])
    }

    /// Subtitle, publisher, producers and date under the title.
    func titleLine(muted: Bool) -> InlineStyle {
        textBlock(size: sizes.small, color: muted ? colors.muted : colors.text, lineHeight: theme.lineHeights.body,
                  margin: CSSValue.box(0, 0, ArticleStyles.titleLineGap, 0))
            .with(["text-align": "center"])
    }

    // MARK: Summary and headings

    var summaryBox: InlineStyle {
        InlineStyle([
            "margin": CSSValue.box(0, gutter, ArticleStyles.blockGap, gutter),
            "padding": CSSValue.box(ArticleStyles.boxPadding, 14, 4, 14),
            "background-color": colors.summaryBackground,
            "border-left": "\(ArticleStyles.markWidth)px solid \(colors.accent)",
            "border-radius": "4px",
        ])
    }

    var summaryHeading: InlineStyle {
        textBlock(size: sizes.body, color: colors.accent, lineHeight: theme.lineHeights.heading,
                  margin: CSSValue.box(0, 0, 8, 0))
            .with(["font-weight": "bold"])
    }

    var sectionHeading: InlineStyle {
        textBlock(size: sizes.section, color: colors.heading, lineHeight: theme.lineHeights.heading,
                  margin: CSSValue.box(spacing.sectionTop, gutter, 16, gutter))
            .with([
                "padding-left": CSSValue.px(10),
                "border-left": "\(ArticleStyles.markWidth)px solid \(colors.accent)",
                "font-weight": "bold",
                "text-align": "left",
            ])
    }

    var subsectionHeading: InlineStyle {
        textBlock(size: sizes.subsection, color: colors.heading, lineHeight: theme.lineHeights.heading,
                  margin: CSSValue.box(spacing.subsectionTop, gutter, 12, gutter))
            .with(["font-weight": "bold", "text-align": "left"])
    }

    // MARK: Paragraphs and lists

    /// A paragraph in `role`, `horizontal` px from the column's edges.
    func paragraph(_ role: TextRole, horizontal: Int) -> InlineStyle {
        switch role {
        case .body:
            return textBlock(size: sizes.body, color: colors.text, lineHeight: theme.lineHeights.body,
                             margin: CSSValue.box(0, horizontal, spacing.paragraph, horizontal))
                .with(["text-align": "justify"])
        case .summary:
            return textBlock(size: sizes.body, color: colors.text, lineHeight: theme.lineHeights.body,
                             margin: CSSValue.box(0, horizontal, 8, horizontal))
                .with(["text-align": "justify"])
        case .quote:
            return textBlock(size: sizes.small + 1 <= WeChatTheme.textSizes.upperBound ? sizes.small + 1 : sizes.small,
                             color: colors.muted, lineHeight: theme.lineHeights.body,
                             margin: CSSValue.box(0, horizontal, 8, horizontal))
                .with(["text-align": "justify"])
        case .cell(let header):
            return textBlock(size: sizes.small, color: header ? colors.heading : colors.text,
                             lineHeight: theme.lineHeights.body, margin: "0")
        }
    }

    /// A line of a list item at depth 1 or 2, in the colour and size of the text around
    /// the list. The marker hangs in the indent: the first line starts `listIndent` to the
    /// left of the wrapped lines, and the marker box is exactly that wide.
    func listItem(depth: Int, role: ArticleStyles.TextRole, horizontal: Int) -> InlineStyle {
        paragraph(role, horizontal: horizontal).with([
            "margin": CSSValue.box(0, horizontal, 6, horizontal),
            "padding-left": CSSValue.px(spacing.listIndent * depth),
            "text-indent": CSSValue.px(-spacing.listIndent),
            "text-align": "left",
        ])
    }

    /// The marker of a list item, written as text in a box as wide as one indent.
    var listMarker: InlineStyle {
        InlineStyle([
            "display": "inline-block",
            "width": CSSValue.px(spacing.listIndent),
            "text-indent": "0",
            "color": colors.accent,
        ])
    }

    /// Blocks other than paragraphs inside a list item, indented under its text.
    func listBlockIndent(depth: Int, horizontal: Int) -> InlineStyle {
        InlineStyle([
            "margin": CSSValue.box(0, horizontal, 0, horizontal),
            "padding-left": CSSValue.px(spacing.listIndent * depth),
        ])
    }

    /// The space a list leaves after its last item.
    var list: InlineStyle {
        InlineStyle(["margin": CSSValue.box(0, 0, spacing.paragraph - 6, 0)])
    }

    // MARK: Quotes, code, rules

    func quote(horizontal: Int) -> InlineStyle {
        textBlock(size: sizes.small + 1 <= WeChatTheme.textSizes.upperBound ? sizes.small + 1 : sizes.small,
                  color: colors.muted, lineHeight: theme.lineHeights.body,
                  margin: CSSValue.box(0, horizontal, spacing.paragraph, horizontal))
            .with([
                "padding": CSSValue.box(ArticleStyles.boxPadding, ArticleStyles.boxPadding, 4, ArticleStyles.boxPadding),
                "border-left": "\(ArticleStyles.markWidth)px solid \(colors.quoteBorder)",
                "background-color": colors.quoteBackground,
                "border-radius": "4px",
            ])
    }

    func codeBlock(horizontal: Int) -> InlineStyle {
        InlineStyle([
            "margin": CSSValue.box(0, horizontal, spacing.paragraph, horizontal),
            "padding": CSSValue.px(ArticleStyles.boxPadding),
            "background-color": colors.codeBackground,
            "border-radius": "4px",
            "overflow-x": "auto",
            "-webkit-overflow-scrolling": "touch",
            "color": colors.codeText,
            "font-size": CSSValue.px(sizes.code),
            "line-height": CSSValue.number(theme.lineHeights.code),
            "text-align": "left",
        ])
    }

    /// The code inside a code block: one line per `<br>`, never wrapped, scrolled instead.
    var codeLines: InlineStyle {
        InlineStyle([
            "display": "block",
            "white-space": "nowrap",
            "color": colors.codeText,
            "font-size": CSSValue.px(sizes.code),
            "line-height": CSSValue.number(theme.lineHeights.code),
            "font-family": "monospace",
            "letter-spacing": "0",
        ])
    }

    var inlineCode: InlineStyle {
        InlineStyle([
            "padding": "2px 4px",
            "border-radius": "4px",
            "background-color": colors.codeBackground,
            "color": colors.codeText,
            "font-size": "90%",
            "font-family": "monospace",
            "word-break": "break-all",
        ])
    }

    func rule(horizontal: Int) -> InlineStyle {
        InlineStyle([
            "margin": CSSValue.box(ArticleStyles.blockGap, horizontal, ArticleStyles.blockGap, horizontal),
            "border": "0",
            "border-top": "1px solid \(colors.rule)",
            "height": "0",
        ])
    }

    // MARK: Tables and figures

    /// The scrolling wrapper: a wide table scrolls inside it instead of widening the page.
    func tableWrapper(horizontal: Int) -> InlineStyle {
        InlineStyle([
            "margin": CSSValue.box(0, horizontal, spacing.paragraph, horizontal),
            "max-width": "100%",
            "overflow-x": "auto",
            "-webkit-overflow-scrolling": "touch",
        ])
    }

    var table: InlineStyle {
        InlineStyle(["width": "100%", "border-collapse": "collapse", "margin": "0"])
    }

    func cell(header: Bool, alignment: String?) -> InlineStyle {
        var style = paragraph(.cell(header: header), horizontal: 0)
            .with([
                "border": "1px solid \(colors.tableBorder)",
                "padding": ArticleStyles.cellPadding,
                "text-align": alignment ?? "left",
                "vertical-align": "top",
            ])
        if header {
            style.set("background-color", colors.tableHeaderBackground)
            style.set("font-weight", "bold")
        }
        return style
    }

    func figure(horizontal: Int) -> InlineStyle {
        InlineStyle(["margin": CSSValue.box(0, horizontal, spacing.paragraph, horizontal)])
    }

    /// Images never set width or height attributes; the editor may force `width:100%`,
    /// so `max-width` keeps them inside the column.
    var image: InlineStyle {
        InlineStyle([
            "display": "block",
            "max-width": "100%",
            "height": "auto",
            "margin": "0 auto",
            "border-radius": "4px",
        ])
    }

    var figureCaption: InlineStyle {
        textBlock(size: sizes.small, color: colors.muted, lineHeight: theme.lineHeights.body,
                  margin: CSSValue.box(8, 0, 0, 0))
            .with(["text-align": "center"])
    }

    // MARK: Links, citations and notes

    /// An `mp.weixin.qq.com` link, the only kind the editor keeps clickable.
    var link: InlineStyle {
        InlineStyle(["color": colors.link, "text-decoration": "none"])
    }

    /// The text of any other link: WeChat's link colour, not clickable.
    var linkText: InlineStyle { InlineStyle(["color": colors.link]) }

    /// A URL shown as text: long URLs break anywhere instead of widening the page.
    var urlText: InlineStyle { InlineStyle(["color": colors.link, "word-break": "break-all"]) }

    /// `[n]` after a citation or a link; `line-height:0` keeps it from opening the line.
    var superscript: InlineStyle {
        InlineStyle([
            "color": colors.accent,
            "font-size": CSSValue.px(sizes.superscript),
            "line-height": "0",
            "vertical-align": "super",
        ])
    }

    /// A line of the reference list or of the link notes.
    var noteEntry: InlineStyle {
        textBlock(size: sizes.small, color: colors.text, lineHeight: theme.lineHeights.body,
                  margin: CSSValue.box(0, gutter, 8, gutter))
            .with(["text-align": "left"])
    }

    // MARK: Contact footer

    var footer: InlineStyle {
        InlineStyle([
            "margin": CSSValue.box(spacing.sectionTop, gutter, 0, gutter),
            "padding-top": CSSValue.px(ArticleStyles.blockGap),
            "border-top": "1px solid \(colors.rule)",
        ])
    }

    var footerHeading: InlineStyle {
        textBlock(size: sizes.body, color: colors.heading, lineHeight: theme.lineHeights.heading,
                  margin: CSSValue.box(0, 0, 12, 0))
            .with(["font-weight": "bold", "text-align": "center"])
    }

    var codesWrapper: InlineStyle {
        InlineStyle(["margin": CSSValue.box(0, 0, 16, 0), "max-width": "100%", "overflow-x": "auto"])
    }

    var codesTable: InlineStyle {
        InlineStyle(["width": "100%", "border-collapse": "collapse", "margin": "0"])
    }

    /// One QR code's cell: a layout cell, so its border is none, but it states one (and a
    /// padding) like every cell, since the editor rebuilds cells that lack them.
    func codeCell(columns: Int) -> InlineStyle {
        textBlock(size: sizes.small, color: colors.text, lineHeight: theme.lineHeights.body, margin: "0")
            .with([
                "width": "\(100 / max(columns, 1))%",
                "border": "none",
                "padding": "4px",
                "text-align": "center",
                "vertical-align": "top",
            ])
    }

    var codeImage: InlineStyle {
        image.with(["width": CSSValue.px(ArticleStyles.qrCodeWidth), "border-radius": "0"])
    }

    func codeLabel(caption: Bool) -> InlineStyle {
        textBlock(size: sizes.small, color: caption ? colors.muted : colors.heading, lineHeight: theme.lineHeights.body,
                  margin: CSSValue.box(caption ? 0 : 6, 0, 0, 0))
            .with(caption ? ["text-align": "center"] : ["text-align": "center", "font-weight": "bold"])
    }

    func blurb(name: Bool) -> InlineStyle {
        textBlock(size: sizes.small, color: name ? colors.heading : colors.text, lineHeight: theme.lineHeights.body,
                  margin: CSSValue.box(0, 0, name ? 4 : 12, 0))
            .with(name ? ["font-weight": "bold", "text-align": "left"] : ["text-align": "justify"])
    }

    var website: InlineStyle {
        textBlock(size: sizes.small, color: colors.text, lineHeight: theme.lineHeights.body,
                  margin: CSSValue.box(0, 0, 8, 0))
            .with(["text-align": "left"])
    }
}
