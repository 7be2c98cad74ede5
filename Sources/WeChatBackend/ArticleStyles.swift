/// Every style attribute the article uses, derived once from the theme. This is the only
/// place that turns theme values into CSS, and it holds no look of its own: every length,
/// colour and font comes from `wechat.yaml`. It writes only what the WeChat editor keeps:
/// no positioning, flex, grid, transforms, variables, `url()` or pure black (wechat.md §7).
/// Every text block carries its own colour, size and line height, because the editor resets
/// inherited ones on `p`, `li` and headings. Letter spacing and alignment it does not reset
/// (wechat.md §1c names colour and font), so they are set once, on the root or the nearest
/// section, and a block states them only where it differs. What an element has by default (a `sup`'s
/// `vertical-align:super`, a cell's zero margin) or inherits inside a text block (inline
/// elements keep their paragraph's colour and size through the paste) is not repeated: the
/// fragment must stay under the draft API's 20,000 characters, and most of it is style text.
struct ArticleStyles {
    let theme: WeChatTheme
    /// The theme's colours in their shortest form (`#888` for `#888888`).
    private let colors: WeChatTheme.Colors

    init(theme: WeChatTheme) {
        self.theme = theme
        var colors = theme.colors
        for path in [\WeChatTheme.Colors.text, \.heading, \.accent, \.muted, \.link, \.rule, \.summaryBackground,
                     \.quoteBackground, \.quoteBorder, \.tableBorder, \.tableHeaderBackground, \.codeBackground, \.codeText,
                     \.qrBackground] {
            colors[keyPath: path] = CSSValue.colour(colors[keyPath: path])
        }
        self.colors = colors
    }

    private var sizes: WeChatTheme.Sizes { theme.sizes }
    private var spacing: WeChatTheme.Spacing { theme.spacing }
    private var boxes: WeChatTheme.Boxes { theme.boxes }
    private var gutter: Int { spacing.gutter }
    /// A thin line in `color`.
    private func thinRule(_ color: String) -> String { "\(CSSValue.px(theme.rules.width)) solid \(color)" }
    /// The bar beside a section heading, the summary and a quote.
    private func markBar(_ color: String) -> String { "\(CSSValue.px(theme.rules.mark)) solid \(color)" }
    private var radius: String { CSSValue.px(boxes.radius) }

    /// What a paragraph is part of: its role decides its colour, size and margins.
    enum TextRole: Hashable {
        case body
        case summary
        case quote
        case cell(header: Bool)
    }

    /// The shared part of every text block: colour, size, line height, spacing.
    /// `margin` nil leaves the element's own (a table cell has none).
    func textBlock(size: Int, color: String, lineHeight: Double, margin: String?) -> InlineStyle {
        var style = InlineStyle()
        if let margin { style.set("margin", margin) }
        style.set("color", color)
        style.set("font-size", CSSValue.px(size))
        style.set("line-height", CSSValue.number(lineHeight))
        return style
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
            "margin": CSSValue.box(0, gutter, spacing.block, gutter),
            "padding-bottom": CSSValue.px(spacing.titleRuleGap),
            "border-bottom": thinRule(colors.rule),
            "text-align": "center",
        ])
    }

    var title: InlineStyle {
        textBlock(size: sizes.title, color: colors.heading, lineHeight: theme.lineHeights.heading,
                  margin: CSSValue.box(spacing.titleTop, 0, spacing.titleBottom, 0))
            .with(["font-weight": "bold"])
    }

    /// Subtitle, publisher, producers and date under the title.
    func titleLine(muted: Bool) -> InlineStyle {
        textBlock(size: sizes.small, color: muted ? colors.muted : colors.text, lineHeight: theme.lineHeights.body,
                  margin: CSSValue.box(0, 0, spacing.titleLine, 0))
    }

    // MARK: Summary and headings

    var summaryBox: InlineStyle {
        InlineStyle([
            "margin": CSSValue.box(0, gutter, spacing.block, gutter),
            "padding": CSSValue.box(boxes.padding, boxes.summarySide, boxes.bottom, boxes.summarySide),
            "background-color": colors.summaryBackground,
            "border-left": markBar(colors.accent),
            "border-radius": radius,
        ])
    }

    var summaryHeading: InlineStyle {
        textBlock(size: sizes.body, color: colors.accent, lineHeight: theme.lineHeights.heading,
                  margin: CSSValue.box(0, 0, spacing.summaryHeadingBottom, 0))
            .with(["font-weight": "bold"])
    }

    var sectionHeading: InlineStyle {
        textBlock(size: sizes.section, color: colors.heading, lineHeight: theme.lineHeights.heading,
                  margin: CSSValue.box(spacing.sectionTop, gutter, spacing.sectionBottom, gutter))
            .with([
                "padding-left": CSSValue.px(theme.rules.markGap),
                "border-left": markBar(colors.accent),
                "font-weight": "bold",
                "text-align": "left",
            ])
    }

    var subsectionHeading: InlineStyle {
        textBlock(size: sizes.subsection, color: colors.heading, lineHeight: theme.lineHeights.heading,
                  margin: CSSValue.box(spacing.subsectionTop, gutter, spacing.subsectionBottom, gutter))
            .with(["font-weight": "bold", "text-align": "left"])
    }

    // MARK: Paragraphs and lists

    /// A paragraph in `role`, `horizontal` px from the column's edges.
    func paragraph(_ role: TextRole, horizontal: Int) -> InlineStyle {
        switch role {
        case .body:
            return textBlock(size: sizes.body, color: colors.text, lineHeight: theme.lineHeights.body,
                             margin: CSSValue.box(0, horizontal, spacing.paragraph, horizontal))
        case .summary:
            return textBlock(size: sizes.body, color: colors.text, lineHeight: theme.lineHeights.body,
                             margin: CSSValue.box(0, horizontal, spacing.boxParagraph, horizontal))
        case .quote:
            return textBlock(size: sizes.quote, color: colors.muted, lineHeight: theme.lineHeights.body,
                             margin: CSSValue.box(0, horizontal, spacing.boxParagraph, horizontal))
        case .cell(let header):
            return textBlock(size: sizes.small, color: header ? colors.heading : colors.text,
                             lineHeight: theme.lineHeights.body, margin: nil)
        }
    }

    /// A line of a list item at depth 1 or 2, in the colour and size of the text around
    /// the list. The marker hangs in the indent: the first line starts `listIndent` to the
    /// left of the wrapped lines, and the marker box is exactly that wide.
    func listItem(depth: Int, role: ArticleStyles.TextRole, horizontal: Int) -> InlineStyle {
        paragraph(role, horizontal: horizontal).with([
            "margin": CSSValue.box(0, horizontal, spacing.listItem, horizontal),
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

    /// The space a list leaves after its last item: with the item's own, a paragraph's
    /// (the schema keeps `listItem` at most `paragraph`).
    var list: InlineStyle {
        InlineStyle(["margin": CSSValue.box(0, 0, spacing.paragraph - spacing.listItem, 0)])
    }

    // MARK: Quotes, code, rules

    func quote(horizontal: Int) -> InlineStyle {
        textBlock(size: sizes.quote, color: colors.muted, lineHeight: theme.lineHeights.body,
                  margin: CSSValue.box(0, horizontal, spacing.paragraph, horizontal))
            .with([
                "padding": CSSValue.box(boxes.padding, boxes.padding, boxes.bottom, boxes.padding),
                "border-left": markBar(colors.quoteBorder),
                "background-color": colors.quoteBackground,
                "border-radius": radius,
            ])
    }

    func codeBlock(horizontal: Int) -> InlineStyle {
        InlineStyle([
            "margin": CSSValue.box(0, horizontal, spacing.paragraph, horizontal),
            "padding": CSSValue.px(boxes.padding),
            "background-color": colors.codeBackground,
            "border-radius": radius,
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
            "font-family": theme.code.font,
            "letter-spacing": "0",
        ])
    }

    var inlineCode: InlineStyle {
        InlineStyle([
            "padding": "\(CSSValue.px(theme.code.inlineVertical)) \(CSSValue.px(theme.code.inlineHorizontal))",
            "border-radius": radius,
            "background-color": colors.codeBackground,
            "color": colors.codeText,
            "font-size": "\(theme.code.inlineSize)%",
            "font-family": theme.code.font,
            "word-break": "break-all",
        ])
    }

    func rule(horizontal: Int) -> InlineStyle {
        InlineStyle([
            "margin": CSSValue.box(spacing.block, horizontal, spacing.block, horizontal),
            "border": "0",
            "border-top": thinRule(colors.rule),
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
                "border": thinRule(colors.tableBorder),
                "padding": "\(CSSValue.px(theme.tables.cellVertical)) \(CSSValue.px(theme.tables.cellHorizontal))",
                "text-align": alignment ?? "left",
                "vertical-align": "top",
            ])
        if header {
            style.set("background-color", colors.tableHeaderBackground)
            style.set("font-weight", "bold")
        }
        return style
    }

    /// A table's caption, above it, centred like a figure's caption below its image.
    func tableCaption(horizontal: Int) -> InlineStyle {
        textBlock(size: sizes.small, color: colors.muted, lineHeight: theme.lineHeights.body,
                  margin: CSSValue.box(0, horizontal, theme.tables.captionBottom, horizontal))
            .with(["text-align": "center"])
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
            "border-radius": radius,
        ])
    }

    var figureCaption: InlineStyle {
        textBlock(size: sizes.small, color: colors.muted, lineHeight: theme.lineHeights.body,
                  margin: CSSValue.box(spacing.captionTop, 0, 0, 0))
            .with(["text-align": "center"])
    }

    // MARK: Emphasis

    /// `*emphasis*`: upright and bold, as Chinese emphasises in running text on screen; an
    /// `em` is italic by default, so both declarations are needed.
    var emphasis: InlineStyle {
        InlineStyle(["font-style": "normal", "font-weight": "bold"])
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

    /// `[n]` after a citation; `line-height:0` keeps it from opening the line. A `sup` is
    /// raised by default, so it states no `vertical-align`.
    var superscript: InlineStyle {
        InlineStyle([
            "color": colors.accent,
            "font-size": CSSValue.px(sizes.superscript),
            "line-height": "0",
        ])
    }

    /// `链接n` after a link the editor will not keep: in the link colour, so it reads with
    /// the link and never as a citation (those are in the accent colour, in brackets).
    var linkNoteMark: InlineStyle {
        InlineStyle([
            "color": colors.link,
            "font-size": CSSValue.px(sizes.superscript),
            "line-height": "0",
        ])
    }

    /// The number that opens an entry of the reference list (`[n]`, the citations' colour)
    /// or of the link notes (`链接n`, the link colour): it looks like the mark in the text.
    func listMark(reference: Bool) -> InlineStyle {
        InlineStyle(["color": reference ? colors.accent : colors.link])
    }

    /// A line of the reference list or of the link notes.
    var noteEntry: InlineStyle {
        textBlock(size: sizes.small, color: colors.text, lineHeight: theme.lineHeights.body,
                  margin: CSSValue.box(0, gutter, spacing.note, gutter))
            .with(["text-align": "left"])
    }

    // MARK: Contact footer

    var footer: InlineStyle {
        InlineStyle([
            "margin": CSSValue.box(spacing.sectionTop, gutter, 0, gutter),
            "padding-top": CSSValue.px(spacing.block),
            "border-top": thinRule(colors.rule),
        ])
    }

    var footerHeading: InlineStyle {
        textBlock(size: sizes.body, color: colors.heading, lineHeight: theme.lineHeights.heading,
                  margin: CSSValue.box(0, 0, spacing.footerHeadingBottom, 0))
            .with(["font-weight": "bold", "text-align": "center"])
    }

    var codesWrapper: InlineStyle {
        InlineStyle(["margin": CSSValue.box(0, 0, spacing.codesBottom, 0), "max-width": "100%", "overflow-x": "auto"])
    }

    var codesTable: InlineStyle {
        InlineStyle(["width": "100%", "border-collapse": "collapse", "margin": "0"])
    }

    /// One QR code's cell: a layout cell, so its border is none, but it states one (and a
    /// padding) like every cell, since the editor rebuilds cells that lack them.
    func codeCell(columns: Int) -> InlineStyle {
        textBlock(size: sizes.small, color: colors.text, lineHeight: theme.lineHeights.body, margin: nil)
            .with([
                "width": "\(100 / max(columns, 1))%",
                "border": "none",
                "padding": CSSValue.px(theme.footer.codePadding),
                "text-align": "center",
                "vertical-align": "top",
            ])
    }

    /// Every QR code, generated or supplied, the same: `codeWidth` wide with the same quiet
    /// zone inside that width (a supplied image often has none, and a code that runs into
    /// the page does not scan). The zone is padding in the layout's near-white, which
    /// WeChat's dark mode keeps light (see `colors.qrBackground` in wechat.yaml).
    var codeImage: InlineStyle {
        image.with([
            "width": CSSValue.px(theme.footer.codeWidth),
            "box-sizing": "border-box",
            "padding": CSSValue.px(theme.footer.codeQuietZone),
            "background-color": colors.qrBackground,
            "border-radius": "0",
        ])
    }

    func codeLabel(caption: Bool) -> InlineStyle {
        textBlock(size: sizes.small, color: caption ? colors.muted : colors.heading, lineHeight: theme.lineHeights.body,
                  margin: CSSValue.box(caption ? 0 : spacing.codeLabelTop, 0, 0, 0))
            .with(caption ? [:] : ["font-weight": "bold"])
    }

    func blurb(name: Bool) -> InlineStyle {
        textBlock(size: sizes.small, color: name ? colors.heading : colors.text, lineHeight: theme.lineHeights.body,
                  margin: CSSValue.box(0, 0, name ? spacing.blurbName : spacing.blurb, 0))
            .with(name ? ["font-weight": "bold", "text-align": "left"] : [:])
    }

    var website: InlineStyle {
        textBlock(size: sizes.small, color: colors.text, lineHeight: theme.lineHeights.body,
                  margin: CSSValue.box(0, 0, spacing.website, 0))
            .with(["text-align": "left"])
    }
}
