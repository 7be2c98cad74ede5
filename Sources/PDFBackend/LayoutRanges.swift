import Foundation
import Yams

/// The range each number of `pdf.yaml` must lie in, checked once the file has decoded: a
/// value of the right kind can still be one the composer cannot work with (a zero type
/// size divides the grid by zero, a negative tab width repeats a space −1 times, a caption
/// reserve taller than the page leaves a figure less than no room). Every value out of its
/// range is reported at once, at the value, saying the range and what was found.
struct LayoutRanges {
    /// The largest length a PDF page can have (ISO 32000-1 Annex C: 14 400 units, 200 in).
    /// No length on a page is longer, and it bounds every product the composer forms.
    static let longestLength = 14_400.0
    /// The smallest type size: smaller is not legible, and the grid divides by the body
    /// line's pitch, which must stay well away from zero.
    static let smallestSize = 1.0
    /// Values in em, or in lines of the body, beyond this fit no page (100 em of even a
    /// 6 pt body is wider than A4).
    static let largestFactor = 100.0
    /// Whole counts (columns, lines, spaces): beyond this fit no page either.
    static let largestCount = 1_000
    /// A tab in code stands for at most this many spaces (8 is the widest in common use).
    static let widestTab = 16

    private let source: Node
    private(set) var problems: [LayoutProblem] = []
    /// Keys whose own value is out of range: a check of several values together is skipped
    /// when one of them is (its sums would be of nonsense, and the key is reported already).
    private var refused: Set<String> = []

    /// Checks `layout`, decoded from `source`; `problems` is empty when every value fits.
    init(_ layout: PrintLayout, source: Node) {
        self.source = source
        check(layout)
        problems.sort { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    private mutating func check(_ l: PrintLayout) {
        length("page.width", l.page.width, positive: true)
        length("page.height", l.page.height, positive: true)
        length("page.marginTop", l.page.marginTop)
        count("page.columns", l.page.columns, minimum: 1)
        count("page.lines", l.page.lines, minimum: 1)

        size("body.size", l.body.size)
        factor("body.pitch", l.body.pitch, minimum: 1, why: "lines closer than 1 em overlap")
        factor("body.indent", l.body.indent)
        factor("body.citationSize", l.body.citationSize, positive: true)
        factor("body.citationShift", l.body.citationShift)
        size("body.codeSize", l.body.codeSize)
        count("body.paragraphSpace", l.body.paragraphSpace, minimum: 0)
        factor("body.blockIndent", l.body.blockIndent)
        factor("body.markerGap", l.body.markerGap)
        count("body.displaySpace", l.body.displaySpace, minimum: 0)
        length("body.quoteRule", l.body.quoteRule)
        factor("body.breakLength", l.body.breakLength)
        factor("body.codePadding", l.body.codePadding)
        count("body.tabWidth", l.body.tabWidth, minimum: 1, maximum: LayoutRanges.widestTab)

        size("title.titleSize", l.title.titleSize)
        size("title.subtitleSize", l.title.subtitleSize)
        size("title.publisherSize", l.title.publisherSize)
        size("title.dateSize", l.title.dateSize)
        count("title.spaceAfter", l.title.spaceAfter, minimum: 0)
        factor("title.linePitch", l.title.linePitch, positive: true)
        factor("title.gap", l.title.gap)
        length("title.thickRule", l.title.thickRule)
        length("title.thinRule", l.title.thinRule)
        length("title.ruleGap", l.title.ruleGap)

        factor("summary.bleed", l.summary.bleed)
        length("summary.rule", l.summary.rule)
        count("summary.spaceAfter", l.summary.spaceAfter, minimum: 0)

        for (name, heading) in [("summary", l.headings.summary), ("contents", l.headings.contents),
                                ("section", l.headings.section), ("subsection", l.headings.subsection)] {
            size("headings.\(name).size", heading.size)
            count("headings.\(name).spaceBefore", heading.spaceBefore, minimum: 0)
            count("headings.\(name).spaceAfter", heading.spaceAfter, minimum: 0)
        }
        factor("headings.pitch", l.headings.pitch, positive: true)
        factor("headings.padding", l.headings.padding)

        size("contents.size", l.contents.size)
        factor("contents.numberSlot", l.contents.numberSlot)
        factor("contents.indent", l.contents.indent)
        factor("contents.leaderStep", l.contents.leaderStep, positive: true)
        length("contents.leaderDot", l.contents.leaderDot)
        factor("contents.leaderMargin", l.contents.leaderMargin)
        factor("contents.minimumLeader", l.contents.minimumLeader)

        factor("tables.cellPadding", l.tables.cellPadding)
        length("tables.outerRule", l.tables.outerRule)
        length("tables.innerRule", l.tables.innerRule)

        size("figures.captionSize", l.figures.captionSize)
        factor("figures.captionGap", l.figures.captionGap)
        factor("figures.captionPitch", l.figures.captionPitch, positive: true)
        factor("figures.captionInset", l.figures.captionInset)
        count("figures.captionReserve", l.figures.captionReserve, minimum: 0)

        factor("references.numberSlot", l.references.numberSlot)
        size("references.size", l.references.size)

        length("contact.codeSize", l.contact.codeSize, positive: true)
        length("contact.codeGap", l.contact.codeGap)
        size("contact.labelSize", l.contact.labelSize)
        size("contact.captionSize", l.contact.captionSize)
        size("contact.blurbSize", l.contact.blurbSize)
        factor("contact.labelGap", l.contact.labelGap)
        factor("contact.labelPitch", l.contact.labelPitch, positive: true)
        count("contact.space", l.contact.space, minimum: 0)
        length("contact.rule", l.contact.rule)

        size("header.size", l.header.size)
        length("header.baseline", l.header.baseline)
        length("header.rule", l.header.rule)
        length("header.footerBaseline", l.header.footerBaseline)
        factor("header.ruleDrop", l.header.ruleDrop)

        checkFit(l)
    }

    /// Whether every key named has a value in range, so sums of them are of sane numbers.
    private func sane(_ paths: String...) -> Bool { refused.isDisjoint(with: paths) }

    /// Values that are each in range but together do not fit the page; each check only when
    /// the values it adds up are in range.
    private mutating func checkFit(_ l: PrintLayout) {
        func pt(_ value: Double) -> String { String(format: "%.1f pt", value) }
        if sane("page.columns", "body.size", "page.width"), l.typeWidth > l.page.width {
            relation("page.columns", "the type area (\(l.page.columns) columns × body.size \(l.body.size) = \(pt(l.typeWidth))) "
                     + "is wider than the page (\(pt(l.page.width))); use fewer columns or a smaller body size")
        }
        if sane("page.marginTop", "page.lines", "body.size", "body.pitch", "page.height"),
           l.page.marginTop + l.typeHeight > l.page.height {
            relation("page.lines", "the type area (marginTop \(pt(l.page.marginTop)) + \(l.page.lines) lines × "
                     + "\(pt(l.pitch)) = \(pt(l.page.marginTop + l.typeHeight))) is taller than the page "
                     + "(\(pt(l.page.height))); use fewer lines, a smaller marginTop or a smaller body pitch")
        }
        if sane("figures.captionReserve", "page.lines"), l.figures.captionReserve >= l.page.lines {
            relation("figures.captionReserve", "`figures.captionReserve` must be fewer lines than `page.lines` "
                     + "(\(l.page.lines)), or no figure has room; found `\(l.figures.captionReserve)`")
        }
        for (path, value) in [("header.baseline", l.header.baseline), ("header.footerBaseline", l.header.footerBaseline)]
            where sane(path, "page.height") && value > l.page.height {
            relation(path, "`\(path)` must lie on the page (at most page.height, \(pt(l.page.height))); found `\(value)`")
        }
        // Measures in em that must leave some of the column's width to set text in.
        let columns = Double(l.page.columns)
        let measures: [(String, [String], Double, String)] = [
            ("body.indent", ["body.indent"], l.body.indent, "`body.indent`"),
            ("body.blockIndent", ["body.blockIndent", "body.markerGap"], l.body.blockIndent + l.body.markerGap,
             "`body.blockIndent` + `body.markerGap`"),
            ("figures.captionInset", ["figures.captionInset"], 2 * l.figures.captionInset, "twice `figures.captionInset`"),
            ("contents.indent", ["contents.indent", "contents.numberSlot", "contents.leaderMargin", "contents.minimumLeader"],
             l.contents.indent + l.contents.numberSlot + 2 * l.contents.leaderMargin + l.contents.minimumLeader,
             "`contents.indent` + `numberSlot` + 2 × `leaderMargin` + `minimumLeader`"),
            ("references.numberSlot", ["references.numberSlot", "body.markerGap"], l.references.numberSlot + l.body.markerGap,
             "`references.numberSlot` + `body.markerGap`"),
            ("tables.cellPadding", ["tables.cellPadding"], 2 * l.tables.cellPadding, "twice `tables.cellPadding`"),
        ]
        for (path, inputs, em, what) in measures
            where sane("page.columns") && refused.isDisjoint(with: inputs) && em >= columns {
            relation(path, "\(what) (\(em) em) leaves no room in a column of \(l.page.columns) em; make it smaller")
        }
    }

    // MARK: Kinds of value

    /// A type size in pt.
    private mutating func size(_ path: String, _ value: Double) {
        inRange(path, value, value >= LayoutRanges.smallestSize && value <= LayoutRanges.longestLength,
                "a type size from \(number(LayoutRanges.smallestSize)) to \(number(LayoutRanges.longestLength)) pt")
    }

    /// A length in pt: a rule, a gap, a distance from the page's edge.
    private mutating func length(_ path: String, _ value: Double, positive: Bool = false) {
        let low = positive ? value > 0 : value >= 0
        inRange(path, value, low && value <= LayoutRanges.longestLength,
                "a length \(positive ? "above 0" : "of 0 or more") and at most \(number(LayoutRanges.longestLength)) pt")
    }

    /// A value in em or a ratio.
    private mutating func factor(_ path: String, _ value: Double, positive: Bool = false,
                                 minimum: Double? = nil, why: String? = nil) {
        let low: Bool, lowWords: String
        if let minimum {
            (low, lowWords) = (value >= minimum, "of \(number(minimum)) or more")
        } else {
            (low, lowWords) = positive ? (value > 0, "above 0") : (value >= 0, "of 0 or more")
        }
        inRange(path, value, low && value <= LayoutRanges.largestFactor,
                "a number \(lowWords) and at most \(number(LayoutRanges.largestFactor))" + (why.map { " (\($0))" } ?? ""))
    }

    /// A whole number of lines, columns or spaces.
    private mutating func count(_ path: String, _ value: Int, minimum: Int, maximum: Int = LayoutRanges.largestCount) {
        inRange(path, Double(value), value >= minimum && value <= maximum,
                "a whole number from \(minimum) to \(maximum)")
    }

    private mutating func inRange(_ path: String, _ value: Double, _ ok: Bool, _ wanted: String) {
        if ok && value.isFinite { return }
        refused.insert(path)
        relation(path, "`\(path)` must be \(wanted); found `\(written(path))`")
    }

    private mutating func relation(_ path: String, _ message: String) {
        let (line, column) = position(path)
        problems.append(LayoutProblem(line: line, column: column, message: message))
    }

    // MARK: The file as written

    private func node(_ path: String) -> Node? {
        var node: Node? = source
        for key in path.split(separator: ".") { node = node?.mapping?[String(key)] }
        return node
    }

    /// The value as the file writes it (`.inf`, `1e400`), not as it decoded.
    private func written(_ path: String) -> String {
        node(path)?.scalar?.string ?? "?"
    }

    /// Where the value is written (1-based), or its key's line when it has no mark.
    private func position(_ path: String) -> (Int, Int) {
        if let mark = node(path)?.mark { return (mark.line, mark.column) }
        return (1, 1)
    }

    private func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
