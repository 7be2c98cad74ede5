import Foundation
import LayoutSchema

/// Every key of `pdf.yaml`, declared once: its kind, the range the composer can work with,
/// and its meaning. A value of the right kind can still be one the composer cannot use (a
/// zero type size divides the grid by zero, a negative tab width repeats a space −1 times),
/// so each number has a range; the relations catch values that fit alone but not together.
extension PrintLayout {
    static let schema = LayoutSchema(fileName: fileName, keys: keys, relations: relations)

    /// The largest length a PDF page can have (ISO 32000-1 Annex C: 14 400 units, 200 in).
    /// No length on a page is longer, and it bounds every product the composer forms.
    private static let longestLength = 14_400.0
    /// The smallest type size: smaller is not legible, and the grid divides by the body
    /// line's pitch, which must stay well away from zero.
    private static let smallestSize = 1.0
    /// Values in em, or in lines of the body, beyond this fit no page (100 em of even a
    /// 6 pt body is wider than A4).
    private static let largestFactor = 100.0
    /// Whole counts (columns, lines, spaces): beyond this fit no page either.
    private static let largestCount = 1_000.0
    /// Pixels per inch beyond any printer's or scanner's (a figure would print as a speck).
    private static let largestResolution = 9_600.0
    /// A tab in code stands for at most this many spaces (8 is the widest in common use).
    private static let widestTab = 16.0

    // MARK: Kinds of value

    /// A length in pt: a rule, a gap, a distance from the page's edge.
    private static func length(_ path: String, positive: Bool = false, _ meaning: String) -> LayoutKey {
        LayoutKey(path, .quantity(Quantity("a length", unit: "pt", from: 0, included: !positive, to: longestLength)), meaning)
    }

    /// A type size in pt.
    private static func size(_ path: String, _ meaning: String) -> LayoutKey {
        LayoutKey(path, .quantity(Quantity("a type size", unit: "pt", from: smallestSize, to: longestLength)), meaning)
    }

    /// A value in em or a ratio.
    private static func factor(_ path: String, positive: Bool = false, minimum: Double = 0, why: String? = nil,
                               _ meaning: String) -> LayoutKey {
        LayoutKey(path, .quantity(Quantity("a number", from: minimum, included: !positive, to: largestFactor, why: why)), meaning)
    }

    /// A whole number of lines, columns or spaces.
    private static func count(_ path: String, minimum: Double, maximum: Double = largestCount, _ meaning: String) -> LayoutKey {
        LayoutKey(path, .quantity(Quantity("a whole number", whole: true, from: minimum, to: maximum)), meaning)
    }

    private static func colour(_ path: String, _ meaning: String) -> LayoutKey {
        LayoutKey(path, .colour(.hexRGB), meaning)
    }

    private static func text(_ path: String, optional: Bool = false, _ meaning: String) -> LayoutKey {
        LayoutKey(path, .text, meaning, optional: optional)
    }

    /// The keys of one heading level.
    private static func heading(_ name: String, _ what: String) -> [LayoutKey] {
        [size("headings.\(name).size", "type size of \(what)"),
         LayoutKey("headings.\(name).align", .choice(Heading.Align.allCases.map(\.rawValue)),
                   "where \(what) stands: at the start of the line or centred"),
         count("headings.\(name).spaceBefore", minimum: 0, "lines added above \(what)"),
         count("headings.\(name).spaceAfter", minimum: 0, "lines added below \(what)"),
         factor("headings.\(name).stretch", "lines the space above \(what) may grow by on a justified page")]
    }

    // MARK: The keys

    private static let keys: [LayoutKey] = [
        length("page.width", positive: true, "width of the page (A4: 595.276)"),
        length("page.height", positive: true, "height of the page (A4: 841.89)"),
        length("page.marginTop", "from the page's top edge to the top of the first line"),
        count("page.columns", minimum: 1, "type area width in body characters"),
        count("page.lines", minimum: 1, "type area height in body lines"),
        count("page.justifyBeyond", minimum: 0,
              "lines a page may end above its foot on the grid; a page ending higher is justified by the stretch of its spaces"),

        text("fonts.serif", "fontconfig family, or font file relative to the layout folder (`file.ttc#2`), of the body"),
        text("fonts.sans", "family or file of the title block and headings"),
        text("fonts.mono", "family or file of code"),
        text("fonts.serifBold", optional: true, "bold serif file, when `fonts.serif` names a file"),
        text("fonts.sansBold", optional: true, "bold sans file, when `fonts.sans` names a file"),
        text("fonts.package", "the Debian package named in the error when a family is missing"),

        colour("colors.text", "body text, tables, contents, references"),
        colour("colors.heading", "section and subsection titles, the contents and footer headings"),
        colour("colors.accent", "the title, the rules under it, heading numbers, citation numbers"),
        colour("colors.muted", "running head, page numbers, captions, quotes, leaders"),
        colour("colors.link", "links and URLs"),
        colour("colors.tint", "background of the summary and of code blocks"),
        colour("colors.rule", "the rule beside a block quote"),
        colour("colors.emphasisDot", "the emphasis dots (着重号) under emphasised Han characters"),

        size("body.size", "type size of the body, the em of every key in em"),
        factor("body.pitch", minimum: 1, why: "lines closer than 1 em overlap", "line pitch in em (clreq: 1.5–2.0)"),
        factor("body.indent", "first-line indent of every paragraph, in em"),
        factor("body.citationSize", positive: true, "superscript citation numbers, as a fraction of the body size"),
        factor("body.citationShift", "how far citation numbers are raised, in em"),
        size("body.codeSize", "type size of code"),
        count("body.paragraphSpace", minimum: 0, "lines between paragraphs"),
        factor("body.paragraphStretch", "lines the space between two blocks of a section may grow by on a justified page"),
        factor("body.blockIndent", "indent of block quotes and list item text, in em"),
        factor("body.markerGap", "em between a list marker or a reference number and its text"),
        count("body.displaySpace", minimum: 0, "lines above and below tables, figures and code"),
        factor("body.displayStretch", "lines the space above or below a table, figure or code may grow by on a justified page"),
        length("body.quoteRule", "the rule beside a block quote, and the thematic break"),
        factor("body.strikeRule", "thickness of a strike-through, in em of the struck text's size"),
        factor("body.emphasisDotSize", positive: true, "diameter of an emphasis dot, in em of the character's size"),
        factor("body.emphasisDotDrop", "from the baseline down to an emphasis dot's centre, in em of the character's size"),
        factor("body.breakLength", "length of the thematic break's centred rule, in em"),
        factor("body.codePadding", "em the tint of code reaches beyond its text, left and right"),
        count("body.tabWidth", minimum: 1, maximum: widestTab, "spaces a tab in code stands for"),

        size("title.titleSize", "type size of the title on page 1"),
        size("title.subtitleSize", "type size of the subtitle"),
        size("title.publisherSize", "type size of the publisher and producers lines"),
        size("title.dateSize", "type size of the date line"),
        count("title.spaceAfter", minimum: 0, "lines after the rules under the title block"),
        factor("title.linePitch", positive: true, "line pitch of the title block, in em of each line's own size"),
        factor("title.gap", "em of the body size under the title, and above the rules"),
        length("title.thickRule", "the thick rule under the title block (红头)"),
        length("title.thinRule", "the thin rule under the thick one"),
        length("title.ruleGap", "between the two rules"),

        factor("summary.bleed", "em the summary's tint reaches into both margins"),
        length("summary.rule", "accent rule along the summary's top edge"),
        count("summary.spaceAfter", minimum: 0, "lines after the summary (at least 1: the tint closes half a line into it)"),
    ] + heading("summary", "the summary's heading") + heading("contents", "the contents heading")
      + heading("section", "a section title") + heading("subsection", "a subsection title") + [
        factor("headings.pitch", positive: true, "em of the heading's own size between lines of a wrapped heading"),
        factor("headings.padding", "body lines at least, shared above and below a heading's text"),

        text("contents.heading", "the title of the table of contents"),
        size("contents.size", "type size of contents entries"),
        factor("contents.numberSlot", "em reserved for the page number"),
        factor("contents.indent", "em subsections are indented"),
        factor("contents.leaderStep", positive: true, "em between leader dots"),
        length("contents.leaderDot", "side of a leader dot"),
        factor("contents.leaderMargin", "em kept clear between the text, the leaders and the number"),
        factor("contents.minimumLeader", "em of leader at least after an entry's last word"),

        factor("tables.cellPadding", "em of the table's type size left and right of a cell's text"),
        length("tables.outerRule", "the thick rules above the header row and under the last row (三线表)"),
        length("tables.innerRule", "the thin rule under the header row"),
        colour("tables.ruleColor", "the table's rules"),
        size("tables.smallerSize", "type size of a table too wide for the body size"),
        size("tables.smallestSize", "type size of a table too wide even at `smallerSize`; if it is still too wide, words break"),
        factor("tables.pitch", positive: true, "line pitch inside a cell, in em of the table's type size"),
        size("tables.captionSize", "type size of 表 N and the caption above a table"),
        factor("tables.captionPitch", positive: true, "line pitch of table captions, in em of their size"),
        text("tables.continued", "the line over the repeated header on every page a table continues on"),
        factor("tables.keepShort", "em of the table's type size: a cell's text up to this wide is never wrapped (地区, 项目数)"),
        count("tables.keepWhole", minimum: 0, "lines: a table no taller (caption included) is never broken between pages"),

        size("figures.captionSize", "type size of captions"),
        factor("figures.captionGap", "em of the body size between an image and its caption"),
        factor("figures.captionPitch", positive: true, "line pitch of captions, in em of their size"),
        factor("figures.captionInset", "em captions stand in from the column on each side"),
        count("figures.captionReserve", minimum: 0, "lines of a page kept free under the tallest figure, for its caption"),
        LayoutKey("figures.resolution", .quantity(Quantity("a resolution", unit: "ppi", from: 1, to: largestResolution)),
                  "pixels per inch of an image that records none: figures are never drawn larger than this makes them"),

        factor("references.numberSlot", "em of the hanging indent of reference entries"),
        size("references.size", "type size of references"),

        length("contact.codeSize", positive: true, "side of a QR code"),
        length("contact.codeGap", "between QR codes"),
        size("contact.labelSize", "type size of a code's label"),
        size("contact.captionSize", "type size of a code's caption"),
        size("contact.blurbSize", "type size of the blurbs and the website"),
        factor("contact.labelGap", "em of the body size between a code and its label"),
        factor("contact.labelPitch", positive: true, "line pitch of labels and captions, in em of their size"),
        count("contact.space", minimum: 0, "lines before the footer"),
        length("contact.rule", "the rule that parts the footer from what precedes it"),

        size("header.size", "type size of the running head and page numbers"),
        length("header.baseline", "from the page's top edge to the running head's baseline"),
        length("header.rule", "the rule under the running head; 0 for none"),
        text("header.separator", "between the parts of the running head"),
        length("header.footerBaseline", "from the page's top edge to the page number's baseline"),
        factor("header.ruleDrop", "em of the head size the rule stands below the head's baseline"),
    ]

    // MARK: Values that must fit together

    private static func pt(_ value: Double) -> String { String(format: "%.1f pt", value) }

    private static let relations: [LayoutRelation] = {
        var relations = [
            LayoutRelation(at: "page.columns") { v in
                let columns = try v.whole("page.columns"), size = try v.number("body.size"), width = try v.number("page.width")
                let typeWidth = Double(columns) * size
                guard typeWidth > width else { return nil }
                return "the type area (\(columns) columns × body.size \(size) = \(PrintLayout.pt(typeWidth))) "
                    + "is wider than the page (\(PrintLayout.pt(width))); use fewer columns or a smaller body size"
            },
            LayoutRelation(at: "page.lines") { v in
                let margin = try v.number("page.marginTop"), lines = try v.whole("page.lines")
                let pitch = try v.number("body.size") * v.number("body.pitch"), height = try v.number("page.height")
                let bottom = margin + Double(lines) * pitch
                guard bottom > height else { return nil }
                return "the type area (marginTop \(PrintLayout.pt(margin)) + \(lines) lines × \(PrintLayout.pt(pitch)) = \(PrintLayout.pt(bottom))) is taller "
                    + "than the page (\(PrintLayout.pt(height))); use fewer lines, a smaller marginTop or a smaller body pitch"
            },
            LayoutRelation(at: "tables.smallerSize") { v in
                let smaller = try v.number("tables.smallerSize"), body = try v.number("body.size")
                guard smaller > body else { return nil }
                return "`tables.smallerSize` must be at most `body.size` (\(body)): tables step down from the body size; found `\(smaller)`"
            },
            LayoutRelation(at: "tables.smallestSize") { v in
                let smallest = try v.number("tables.smallestSize"), smaller = try v.number("tables.smallerSize")
                guard smallest > smaller else { return nil }
                return "`tables.smallestSize` must be at most `tables.smallerSize` (\(smaller)); found `\(smallest)`"
            },
            LayoutRelation(at: "figures.captionReserve") { v in
                let reserve = try v.whole("figures.captionReserve"), lines = try v.whole("page.lines")
                guard reserve >= lines else { return nil }
                return "`figures.captionReserve` must be fewer lines than `page.lines` (\(lines)), or no figure has room; found `\(reserve)`"
            },
        ]
        for path in ["header.baseline", "header.footerBaseline"] {
            relations.append(LayoutRelation(at: path) { v in
                let value = try v.number(path), height = try v.number("page.height")
                guard value > height else { return nil }
                return "`\(path)` must lie on the page (at most page.height, \(PrintLayout.pt(height))); found `\(value)`"
            })
        }
        // Measures in em that must leave some of the column's width to set text in.
        let measures: [(String, String, @Sendable (LayoutValues) throws -> Double)] = [
            ("body.indent", "`body.indent`", { try $0.number("body.indent") }),
            ("body.blockIndent", "`body.blockIndent` + `body.markerGap`",
             { try $0.number("body.blockIndent") + $0.number("body.markerGap") }),
            ("figures.captionInset", "twice `figures.captionInset`", { try 2 * $0.number("figures.captionInset") }),
            ("contents.indent", "`contents.indent` + `numberSlot` + 2 × `leaderMargin` + `minimumLeader`",
             { try $0.number("contents.indent") + $0.number("contents.numberSlot")
                 + 2 * $0.number("contents.leaderMargin") + $0.number("contents.minimumLeader") }),
            ("references.numberSlot", "`references.numberSlot` + `body.markerGap`",
             { try $0.number("references.numberSlot") + $0.number("body.markerGap") }),
            ("tables.cellPadding", "twice `tables.cellPadding`", { try 2 * $0.number("tables.cellPadding") }),
        ]
        for (path, what, measure) in measures {
            relations.append(LayoutRelation(at: path) { v in
                let em = try measure(v), columns = try v.whole("page.columns")
                guard em >= Double(columns) else { return nil }
                return "\(what) (\(em) em) leaves no room in a column of \(columns) em; make it smaller"
            })
        }
        return relations
    }()
}
