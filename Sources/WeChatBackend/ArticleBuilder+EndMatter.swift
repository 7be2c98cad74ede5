import BriefModel
import Graphics
import XMLKit

extension ArticleBuilder {
    /// 参考文献 as a reader reads a list of sources, not as table columns: the number as the
    /// text marks it (`[n]`, in the citations' colour), then 「source：title，date。note」 and
    /// the URL on a line of its own, so no separator is left dangling before it. A date
    /// never breaks at its hyphens. Only an mp.weixin.qq.com URL stays clickable.
    func referenceList(_ references: [Reference], into root: XMLNode) {
        guard !references.isEmpty else { return }
        root.element("h2", ["style": styles.sectionHeading.css], text: Edition.referencesHeading)
        for reference in references {
            let p = root.element("p", ["style": styles.noteEntry.css])
            p.element("span", ["style": styles.listMark(reference: true).css], text: "[\(reference.number)]")
            p.text("　\(reference.source)：\(reference.title)")
            var last = reference.title
            if let date = reference.date {
                p.text("，")
                p.element("span", ["style": ArticleBuilder.noBreak], text: date)
                last = date
            }
            p.text(ArticleBuilder.sentenceEnd(after: last))
            if let note = reference.note {
                p.text(note + ArticleBuilder.sentenceEnd(after: note))
            }
            if let url = reference.url {
                p.element("br")
                urlText(url, into: p)
            }
        }
    }

    /// 「。」 to close a sentence ending in `text`, or nothing when it already ends in a
    /// sentence mark (a note often does; 「。。」 would be a typo).
    static func sentenceEnd(after text: String) -> String {
        guard let last = text.last else { return "" }
        return "。！？!?.…".contains(last) ? "" : "。"
    }

    /// 引用链接: the URLs of the links the article could not keep, by note number, each
    /// entry shaped like a reference's: its mark, the link text, the URL on its own line.
    func linkNotes(into root: XMLNode) {
        guard !notes.notes.isEmpty else { return }
        root.element("h2", ["style": styles.sectionHeading.css], text: LinkNotes.heading)
        for note in notes.notes {
            let p = root.element("p", ["style": styles.noteEntry.css])
            p.element("span", ["style": styles.listMark(reference: false).css], text: LinkNotes.label(note.number))
            if !note.text.isEmpty { p.text("　" + note.text) }
            p.element("br")
            urlText(note.url, into: p)
        }
    }

    /// The contact footer: heading, QR codes side by side with their labels and captions,
    /// the blurbs about each organisation, and the website. The codes sit in a table, not
    /// a flex row, because the editor ignores flex (wechat.md §1c).
    func contactFooter(_ contact: Contact, into root: XMLNode) throws {
        let footer = root.element("section", ["style": styles.footer.css])
        if let heading = contact.heading {
            footer.element("p", ["style": styles.footerHeading.css], text: heading)
        }
        if !contact.codes.isEmpty {
            let wrapper = footer.element("section", ["style": styles.codesWrapper.css])
            let table = wrapper.element("table", ["style": styles.codesTable.css])
            let body = table.element("tbody")
            let perRow = styles.theme.footer.codesPerRow
            for start in stride(from: 0, to: contact.codes.count, by: perRow) {
                let row = contact.codes[start..<min(start + perRow, contact.codes.count)]
                let tr = body.element("tr")
                for code in row {
                    try contactCode(code, into: tr.element("td", ["style": styles.codeCell(columns: row.count).css]))
                }
            }
        }
        for organisation in contact.about {
            footer.element("p", ["style": styles.blurb(name: true).css], text: organisation.name + "：")
            footer.element("p", ["style": styles.blurb(name: false).css], text: organisation.text)
        }
        if let website = contact.website {
            let p = footer.element("p", ["style": styles.website.css])
            p.text("网站地址：")
            urlText(website, into: p)
        }
    }

    /// One QR code: the publication's image, or the URL encoded by libqrencode.
    private func contactCode(_ code: ContactCode, into cell: XMLNode) throws {
        contactCodeCount += 1
        let src: String
        switch code.source {
        case .image(let asset):
            src = images.source(for: [UInt8](asset.data), format: asset.format, name: asset.path)
        case .url(let url):
            let qr: QRCode
            do { qr = try QRCode(encoding: url) } catch {
                throw WeChatError.qrCode(label: code.label, problem: "\(error)")
            }
            // No quiet zone in the image: the style draws one around every code alike.
            src = images.source(for: qr.png(quietZone: 0), format: .png, name: "qr-\(contactCodeCount)")
        }
        let alt = [code.label, code.caption].compactMap { $0 }.joined(separator: " ")
        cell.element("img", ["src": src, "alt": alt, "style": styles.codeImage.css])
        cell.element("p", ["style": styles.codeLabel(caption: false).css], text: code.label)
        if let caption = code.caption {
            cell.element("p", ["style": styles.codeLabel(caption: true).css], text: caption)
        }
    }
}
