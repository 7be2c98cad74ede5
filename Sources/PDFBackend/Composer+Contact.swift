import BriefModel
import Graphics
import PDFWriter
import Typesetting

extension Composer {
    /// The contact footer every edition ends with: a rule, the heading, the QR codes side
    /// by side with their labels and captions (kept whole), the organisations' blurbs and
    /// the website as a link. A URL code is encoded here and drawn as vector rectangles;
    /// an image code is embedded as it is. The footer is kept whole: a reader should not
    /// find one blurb or the website alone at the top of a last page; it stands on the foot of
    /// its page.
    func contactFooter(_ contact: Contact) throws {
        let width = layout.typeWidth
        let muted = layout.colors.muted.rgb
        // The footer stands on the foot of its page, however short the text above it ends.
        append(ComposedItem(grid: .fill(), drawables: []))
        space(layout.contact.space)
        let first = items.count
        // The rule that parts the footer from the references is a space with a rule in it,
        // so it goes away with the space when the footer opens a page.
        defer {
            for index in first..<max(first, items.count - 1) { items[index].grid.keepWithNext = true }
        }
        append(ComposedItem(grid: .space(lines: 1), drawables: [
            .rule(from: (0, pitch / 2), to: (width, pitch / 2), width: layout.contact.rule, color: muted),
        ]))
        if let heading = contact.heading {
            let style = layout.headings.subsection
            let runs = [StyledText(text: heading, style: styler.style(.heading, size: style.size, color: layout.colors.heading.rgb))]
            var centred = style
            centred.align = .center
            self.heading(runs, anchor: nil, style: centred, role: .heading2)
        }
        if !contact.codes.isEmpty { try codes(contact.codes) }

        let settings = layout.contact
        var frame = bodyFrame
        frame.base = InlineStyler.Base(role: .body, size: settings.blurbSize, color: layout.colors.text.rgb)
        frame.indent = layout.body.indent * settings.blurbSize
        for organisation in contact.about {
            paragraph([.strong([.text(organisation.name)]), .text("："), .text(organisation.text)], in: frame)
        }
        if let website = contact.website {
            let base = InlineStyler.Base(role: .url, size: settings.blurbSize, color: layout.colors.link.rgb)
            let runs = Array(styler.pieces([.link(url: website, [.text(website)])], base).joined())
            if let line = set(runs, width: width, alignment: .center).first {
                let y = baseline(size: settings.blurbSize, cell: pitch)
                append(ComposedItem(grid: .space(lines: 1), drawables: [.text(line, x: 0, baseline: y, tag: leaf(.paragraph))]))
            }
        }
    }

    /// The row of codes: each a square `codeSize` wide, the label in 黑体 and the caption in
    /// a smaller muted size centred under it. Each code is a Figure (inside a Link when it
    /// holds an address) described by its label and caption, which follow as its Caption.
    private func codes(_ codes: [ContactCode]) throws {
        let settings = layout.contact
        let side = settings.codeSize
        let cell = side + settings.codeGap
        let rowWidth = Double(codes.count) * side + Double(codes.count - 1) * settings.codeGap
        var x = (layout.typeWidth - rowWidth) / 2
        var drawables: [Drawable] = []
        var bottom = 0.0
        for code in codes {
            let square = Box(x: x, y: 0, width: side, height: side)
            let description = ([code.label] + (code.caption.map { [$0] } ?? [])).joined(separator: "，")
            switch code.source {
            case .url(let url):
                let qr: QRCode
                do { qr = try QRCode(encoding: url) } catch { throw PDFRenderError.qrCode(url: url, problem: "\(error)") }
                let link = leaf(.link)
                let figure = link.add(.figure, alternateText: "\(description)：\(url)")
                drawables.append(.qrCode(qr, square, layout.colors.text.rgb, tag: figure))
                drawables.append(.link(square, .uri(url), tag: link, description: url))
            case .image(let asset):
                drawables.append(.image(asset, square, tag: leaf(.figure, alternateText: description)))
            }
            let caption = leaf(.caption)
            var y = side + settings.labelGap * em
            let texts: [(String, FontSet.Role, Double, RGBColor)] =
                [(code.label, .heading, settings.labelSize, layout.colors.text.rgb)]
                + (code.caption.map { [($0, FontSet.Role.headingLight, settings.captionSize, layout.colors.muted.rgb)] } ?? [])
            for (text, role, size, color) in texts {
                let runs = [StyledText(text: text, style: styler.style(role, size: size, color: color))]
                let linePitch = settings.labelPitch * size
                for line in set(runs, width: cell, alignment: .start) {
                    let lineX = x + (side - extent(line)) / 2
                    drawables.append(.text(line, x: lineX, baseline: y + baseline(size: size, cell: linePitch), tag: caption))
                    y += linePitch
                }
            }
            bottom = max(bottom, y)
            x += cell
        }
        let lines = Int((bottom / pitch - Composer.gridTolerance).rounded(.up))
        append(ComposedItem(grid: .box(lines: lines), drawables: drawables))
    }
}
