import BriefModel
import Graphics
import XMLKit

extension ArticleBuilder {
    /// 参考文献: one numbered line per reference, its fields joined by " | " in the printed
    /// original's order (source | title | date | note). A reference URL is written out as
    /// text after the fields; only an mp.weixin.qq.com URL stays clickable.
    func referenceList(_ references: [Reference], into root: XMLNode) {
        guard !references.isEmpty else { return }
        root.element("h2", ["style": styles.sectionHeading.css], text: Edition.referencesHeading)
        for reference in references {
            let p = root.element("p", ["style": styles.noteEntry.css])
            p.text("\(reference.number). " + reference.fields.joined(separator: " | "))
            if let url = reference.url {
                p.text(" | ")
                urlText(url, into: p)
            }
        }
    }

    /// 引用链接: the URLs of the links the article could not keep, by note number.
    func linkNotes(into root: XMLNode) {
        guard !notes.notes.isEmpty else { return }
        root.element("h2", ["style": styles.sectionHeading.css], text: LinkNotes.heading)
        for note in notes.notes {
            let p = root.element("p", ["style": styles.noteEntry.css])
            p.text("[\(note.number)] " + (note.text.isEmpty ? "" : note.text + ": "))
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
            src = images.source(for: qr.png(), format: .png, name: "qr-\(contactCodeCount)")
        }
        let alt = [code.label, code.caption].compactMap { $0 }.joined(separator: " ")
        cell.element("img", ["src": src, "alt": alt, "style": styles.codeImage.css])
        cell.element("p", ["style": styles.codeLabel(caption: false).css], text: code.label)
        if let caption = code.caption {
            cell.element("p", ["style": styles.codeLabel(caption: true).css], text: caption)
        }
    }
}
