import BriefModel
import XMLKit

/// One edition as one XHTML file: the title block, the summary, the numbered sections with
/// their subsections, and the day's 参考文献 as endnotes that link back to the citations.
struct ChapterPage {
    let publication: Publication
    let edition: Edition
    let anchors: Anchors
    let stylesheet: String

    init(publication: Publication, edition: Edition, stylesheet: String) {
        self.publication = publication
        self.edition = edition
        self.anchors = Anchors(edition.date)
        self.stylesheet = stylesheet
    }

    func bytes(resources: ResourceCatalog) throws -> [UInt8] {
        let page = XHTMLPage(title: "\(edition.title) \(edition.date.chinese)", language: publication.language,
                             stylesheet: stylesheet, bodyType: "bodymatter")
        let chapter = page.body.element("section", ["id": anchors.prefix, "class": "edition", "role": "doc-chapter",
                                                    "aria-labelledby": anchors.title])
        chapter.setAttribute(prefix: "epub", "type", "chapter")
        let writer = ContentWriter(anchors: anchors, resources: resources)
        titleBlock(into: chapter)
        if let summary = edition.summary {
            let section = chapter.element("section", ["id": anchors.summary, "class": "summary"])
            section.element("h2", text: summary.title)
            writer.blocks(summary.blocks, into: section)
        }
        for section in edition.sections {
            let element = chapter.element("section", ["id": anchors.section(section.id), "class": "section"])
            heading("h2", label: section.label, title: section.title, writer: writer, into: element)
            writer.blocks(section.blocks, into: element)
            for sub in section.subsections {
                let subElement = element.element("section", ["id": anchors.section(sub.id), "class": "subsection"])
                heading("h3", label: sub.label, title: sub.title, writer: writer, into: subElement)
                writer.blocks(sub.blocks, into: subElement)
            }
        }
        if !edition.references.isEmpty { references(into: chapter) }
        return page.bytes()
    }

    /// Title, subtitle, publisher, producers joined by " & ", then the date and issue number,
    /// in the order of the printed masthead.
    private func titleBlock(into chapter: XMLNode) {
        let header = chapter.element("header", ["class": "title-block"])
        header.element("h1", ["id": anchors.title, "class": "title"], text: edition.title)
        if let subtitle = publication.subtitle { header.element("p", ["class": "subtitle"], text: subtitle) }
        header.element("p", ["class": "publisher"], text: publication.publisher)
        if let producers = publication.producerLine { header.element("p", ["class": "producers"], text: producers) }
        let dateline = header.element("p", ["class": "dateline"])
        dateline.element("span", ["class": "date"], text: edition.date.chinese)
        if let number = edition.numberLine {
            dateline.text(" ")
            dateline.element("span", ["class": "number"], text: number)
        }
    }

    private func heading(_ tag: String, label: String, title: [Inline], writer: ContentWriter, into parent: XMLNode) {
        let h = parent.element(tag)
        if !label.isEmpty { h.element("span", ["class": "label"], text: label) }
        writer.inlines(title, into: h)
    }

    /// The reference list as endnotes. Each entry opens with its number, which links back to
    /// the first citation of it (backlink first, so pop-up notes in Apple Books and Kindle
    /// show it at once); further citations get their own backlinks at the end.
    private func references(into chapter: XMLNode) {
        var citing: [Int: [Int]] = [:]
        for citation in edition.citations {
            for number in citation.numbers where citing[number]?.last != citation.occurrence {
                citing[number, default: []].append(citation.occurrence)
            }
        }
        let section = chapter.element("section", ["id": anchors.references, "class": "references", "role": "doc-endnotes"])
        section.setAttribute(prefix: "epub", "type", "endnotes")
        section.element("h2", text: Edition.referencesHeading)
        let list = section.element("ol", ["class": "references"])
        for reference in edition.references {
            let li = list.element("li", ["id": anchors.note(reference)])
            li.setAttribute(prefix: "epub", "type", "endnote")
            let p = li.element("p")
            let occurrences = citing[reference.number] ?? []
            let number = "\(reference.number)."
            if let first = occurrences.first {
                p.element("a", ["href": "#" + anchors.citation(first), "role": "doc-backlink", "class": "ref-number"], text: number)
            } else {
                p.element("span", ["class": "ref-number"], text: number)
            }
            ContentWriter.languageText(" " + reference.fields.joined(separator: " | "), into: p)
            if let url = reference.url {
                p.text(" ")
                p.element("a", ["href": ExternalLink.href(url), "class": "url"], text: url)
            }
            for (i, occurrence) in occurrences.dropFirst().enumerated() {
                p.text(" ")
                p.element("a", ["href": "#" + anchors.citation(occurrence), "role": "doc-backlink",
                                "class": "backlink", "title": "返回引用处 \(i + 2)"], text: "↩")
            }
        }
    }
}
