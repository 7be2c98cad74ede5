import BriefModel

/// The publication's contact footer, once at the end of the book: heading, QR codes with
/// their labels and captions, the blurbs about each organisation, and the website.
struct ContactPage {
    static let defaultHeading = "联系我们"

    let contact: Contact

    var heading: String { contact.heading ?? ContactPage.defaultHeading }

    func bytes(publication: Publication, stylesheet: String, resources: ResourceCatalog) throws -> [UInt8] {
        let page = XHTMLPage(title: heading, language: publication.language, stylesheet: stylesheet, bodyType: "backmatter")
        let section = page.body.element("section", ["class": "contact", "id": "contact"])
        section.element("h1", text: heading)
        if !contact.codes.isEmpty {
            let codes = section.element("div", ["class": "codes"])
            for code in contact.codes {
                let href: String
                switch code.source {
                case .image(let image): href = resources.href(for: image)
                case .url(let url): href = try resources.href(forQRCodeOf: url)
                }
                let figure = codes.element("figure", ["class": "qr"])
                let alt = "二维码：" + code.label + (code.caption.map { "（\($0)）" } ?? "")
                figure.element("img", ["src": "../" + href, "alt": alt])
                let caption = figure.element("figcaption")
                caption.element("span", ["class": "qr-label"], text: code.label)
                if let text = code.caption {
                    caption.element("br")
                    caption.element("span", ["class": "qr-caption"], text: text)
                }
            }
        }
        for organisation in contact.about {
            let about = section.element("div", ["class": "about"])
            about.element("h2", text: organisation.name)
            about.element("p", text: organisation.text)
        }
        if let website = contact.website {
            section.element("p", ["class": "website"]).element("a", ["href": ExternalLink.href(website)], text: website)
        }
        return page.bytes()
    }
}
