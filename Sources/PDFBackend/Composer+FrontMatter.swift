import BriefModel
import Typesetting

extension Composer {
    /// The title block of page 1, centred: title, subtitle, publisher, producers joined
    /// with " & ", the date the Chinese way and 第 N 期; closed by a thick and a thin rule
    /// in the accent colour (the 红头 of Chinese reports). One box, a whole number of lines.
    func titleBlock(_ briefing: Briefing) {
        let edition = briefing.edition, publication = briefing.publication
        let sizes = layout.title
        let width = layout.typeWidth
        var drawables: [Drawable] = []
        var y = 0.0

        func centred(_ text: String, role: FontSet.Role, size: Double, color: RGBColor) {
            let runs = [StyledText(text: text, style: styler.style(role, size: size, color: color))]
            let linePitch = Composer.titleLinePitch * size
            for line in set(runs, width: width, alignment: .center) {
                drawables.append(.text(line, x: 0,
                                       baseline: y + baseline(size: size, cell: linePitch)))
                y += linePitch
            }
        }

        centred(edition.title, role: .heading, size: sizes.titleSize, color: layout.colors.accent.rgb)
        if let subtitle = publication.subtitle {
            centred(subtitle, role: .headingLight, size: sizes.subtitleSize, color: layout.colors.text.rgb)
        }
        y += Composer.titleGap * em
        centred(publication.publisher, role: .headingLight, size: sizes.publisherSize, color: layout.colors.text.rgb)
        if let producers = publication.producerLine {
            centred(producers, role: .headingLight, size: sizes.publisherSize, color: layout.colors.text.rgb)
        }
        let dateLine = [edition.date.chinese, edition.numberLine].compactMap { $0 }.joined(separator: "　")
        centred(dateLine, role: .headingLight, size: sizes.dateSize, color: layout.colors.text.rgb)

        y += Composer.titleGap * em
        let accent = layout.colors.accent.rgb
        drawables.append(.rule(from: (0, y), to: (width, y), width: Composer.thickRule, color: accent))
        y += Composer.thickRule + Composer.ruleGap
        drawables.append(.rule(from: (0, y), to: (width, y), width: Composer.thinRule, color: accent))
        y += Composer.thinRule

        let lines = Int((y / pitch - Composer.gridTolerance).rounded(.up))
        append(ComposedItem(grid: .box(lines: lines), drawables: drawables))
        space(sizes.spaceAfter)
    }

    /// Pitch of the title block's lines, in em of each line's own size.
    static let titleLinePitch = 1.5
    /// Space between the title and the publisher, and above the rules, in body em.
    static let titleGap = 0.75
    static let thickRule = 2.0
    static let thinRule = 0.5
    static let ruleGap = 1.5

    /// The summary set apart on a tint, its heading centred at the top, with an accent rule
    /// along the top edge. The text keeps the type area's measure (every line of body size
    /// starts and ends on the same edges as the body); the tint reaches `summaryBleed` into
    /// the margins on both sides instead, so the text does not touch its edge.
    func summaryBox(_ summary: Summary) {
        let tint = layout.colors.tint.rgb
        let bleed = Composer.summaryBleed * em
        let tintWidth = layout.typeWidth + 2 * bleed
        var frame = bodyFrame
        frame.decorations = [.tint(x: -bleed, width: tintWidth, color: tint)]
        let style = layout.headings.summary
        let runs = [StyledText(text: summary.title, style: styler.style(.heading, size: style.size, color: layout.colors.accent.rgb))]
        let first = items.count
        heading(runs, anchor: nil, style: style, frame: frame)
        if let index = items[first...].firstIndex(where: { !$0.grid.isSpace }) {
            items[index].drawables.append(.rule(from: (-bleed, 0), to: (layout.typeWidth + bleed, 0), width: Composer.summaryRule,
                                                color: layout.colors.accent.rgb))
        }
        blocks(summary.blocks, in: frame)
        // Close the tint half a line below the last line, into the space that follows.
        if let last = items.indices.last {
            items[last].drawables.insert(.fill(Box(x: -bleed, y: pitch, width: tintWidth, height: pitch / 2), tint), at: 0)
        }
        space(Composer.summarySpaceAfter)
    }

    /// How far the summary's tint reaches into the margins, in em.
    static let summaryBleed = 1.0
    static let summaryRule = 1.0
    /// Lines between the summary and the contents: must hold the half line of tint.
    static let summarySpaceAfter = 1
}
