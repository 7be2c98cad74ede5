import BriefModel

/// The generated first page: the masthead, then what the book holds (a day with its issue
/// number, or a month with its number of editions), then the publisher. Text only, so it
/// reflows on any screen and needs no rasterised cover image.
struct CoverPage {
    /// Lines under the masthead, most prominent first: `2026 年 5 月 28 日`, `第 148 期`.
    let lines: [String]

    func bytes(publication: Publication, title: String, stylesheet: String) -> [UInt8] {
        let page = XHTMLPage(title: title, language: publication.language, stylesheet: stylesheet, bodyType: "frontmatter")
        let cover = page.body.element("section", ["class": "cover", "id": "cover"])
        cover.setAttribute(prefix: "epub", "type", "cover")
        cover.element("h1", ["class": "masthead"], text: publication.title)
        if let subtitle = publication.subtitle { cover.element("p", ["class": "subtitle"], text: subtitle) }
        for (i, line) in lines.enumerated() {
            cover.element("p", ["class": i == 0 ? "cover-date" : "cover-line"], text: line)
        }
        cover.element("p", ["class": "publisher"], text: publication.publisher)
        if let producers = publication.producerLine { cover.element("p", ["class": "producers"], text: producers) }
        return page.bytes()
    }
}
