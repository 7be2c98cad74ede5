import BriefModel
import PDFWriter
import Typesetting

extension Composer {
    /// The title block of page 1, centred: title, subtitle, publisher, producers joined
    /// with " & ", the date the Chinese way and 第 N 期; closed by a thick and a thin rule
    /// in the accent colour (the 红头 of Chinese reports). One box, a whole number of lines;
    /// in the structure a section of one paragraph per text.
    func titleBlock(_ briefing: Briefing) {
        let edition = briefing.edition, publication = briefing.publication
        let settings = layout.title
        let width = layout.typeWidth
        var drawables: [Drawable] = []
        var y = 0.0

        func centred(_ text: String, role: FontSet.Role, size: Double, color: RGBColor) {
            let runs = [StyledText(text: text, style: styler.style(role, size: size, color: color))]
            let linePitch = settings.linePitch * size
            let element = leaf(.paragraph)
            for line in set(runs, width: width, alignment: .center) {
                drawables.append(.text(line, x: 0,
                                       baseline: y + baseline(size: size, cell: linePitch), tag: element))
                y += linePitch
            }
        }

        openElement(.section)
        defer { closeElement() }
        centred(edition.title, role: .heading, size: settings.titleSize, color: layout.colors.accent.rgb)
        if let subtitle = publication.subtitle {
            centred(subtitle, role: .headingLight, size: settings.subtitleSize, color: layout.colors.text.rgb)
        }
        y += settings.gap * em
        centred(publication.publisher, role: .headingLight, size: settings.publisherSize, color: layout.colors.text.rgb)
        if let producers = publication.producerLine {
            centred(producers, role: .headingLight, size: settings.publisherSize, color: layout.colors.text.rgb)
        }
        let dateLine = [edition.date.chinese, edition.numberLine].compactMap { $0 }.joined(separator: "　")
        centred(dateLine, role: .headingLight, size: settings.dateSize, color: layout.colors.text.rgb)

        y += settings.gap * em
        let accent = layout.colors.accent.rgb
        drawables.append(.rule(from: (0, y), to: (width, y), width: settings.thickRule, color: accent))
        y += settings.thickRule + settings.ruleGap
        drawables.append(.rule(from: (0, y), to: (width, y), width: settings.thinRule, color: accent))
        y += settings.thinRule

        let lines = Int((y / pitch - Composer.gridTolerance).rounded(.up))
        append(ComposedItem(grid: .box(lines: lines), drawables: drawables))
        space(settings.spaceAfter)
    }

    /// The summary set apart on a tint, its heading centred at the top, with an accent rule
    /// along the top edge. The text keeps the type area's measure (every line of body size
    /// starts and ends on the same edges as the body); the tint reaches `summary.bleed` into
    /// the margins on both sides instead, so the text does not touch its edge.
    func summaryBox(_ summary: Summary) {
        let tint = layout.colors.tint.rgb
        let bleed = layout.summary.bleed * em
        let tintWidth = layout.typeWidth + 2 * bleed
        var frame = bodyFrame
        frame.decorations = [.tint(x: -bleed, width: tintWidth, color: tint)]
        let style = layout.headings.summary
        let runs = [StyledText(text: summary.title, style: styler.style(.heading, size: style.size, color: layout.colors.accent.rgb))]
        let first = items.count
        openElement(.section)
        defer { closeElement() }
        heading(runs, anchor: nil, style: style, role: .heading1, frame: frame)
        if let index = items[first...].firstIndex(where: { !$0.grid.isSpace }) {
            items[index].drawables.append(.rule(from: (-bleed, 0), to: (layout.typeWidth + bleed, 0), width: layout.summary.rule,
                                                color: layout.colors.accent.rgb))
        }
        blocks(summary.blocks, in: frame)
        // Close the tint half a line below the last line, into the space that follows.
        if let last = items.indices.last {
            items[last].drawables.insert(.fill(Box(x: -bleed, y: pitch, width: tintWidth, height: pitch / 2), tint), at: 0)
        }
        space(max(layout.summary.spaceAfter, Composer.summaryTintLines))
    }

    /// The half line of tint that closes the summary lies in the space after it, so that
    /// space is at least one line whatever the layout asks.
    static let summaryTintLines = 1
}
