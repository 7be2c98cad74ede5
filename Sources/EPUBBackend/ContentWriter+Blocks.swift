import BriefModel
import XMLKit

extension ContentWriter {
    func blocks(_ blocks: [Block], into parent: XMLNode) throws {
        for block in blocks { try self.block(block, into: parent) }
    }

    func block(_ block: Block, into parent: XMLNode) throws {
        switch block {
        case .paragraph(let content):
            inlines(content, into: parent.element("p"))
        case .list(let list):
            try self.list(list, into: parent)
        case .quote(let content):
            try blocks(content, into: parent.element("blockquote"))
        case .table(let table):
            self.table(table, into: parent)
        case .figure(let figure):
            self.figure(figure, into: parent)
        case .code(let code, let language):
            let pre = parent.element("pre", ["class": "code"])
            if let language = ContentWriter.languageClass(language) {
                pre.element("code", ["class": "language-" + language], text: code)
            } else {
                pre.element("code", text: code)
            }
        case .thematicBreak:
            parent.element("hr")
        }
    }

    /// A tight list writes a lone paragraph straight into its item, as browsers render
    /// CommonMark's tight lists; a loose list keeps the paragraphs.
    private func list(_ list: List, into parent: XMLNode) throws {
        let element: XMLNode
        if list.ordered {
            element = list.start == 1 ? parent.element("ol") : parent.element("ol", ["start": String(list.start)])
        } else {
            element = parent.element("ul")
        }
        for item in list.items {
            let li = element.element("li")
            for (i, block) in item.enumerated() {
                if list.tight, case .paragraph(let content) = block {
                    if i > 0 { li.element("br") }
                    inlines(content, into: li)
                } else {
                    try self.block(block, into: li)
                }
            }
        }
    }

    private func table(_ table: Table, into parent: XMLNode) {
        let element = parent.element("table")
        func cells(_ row: [[Inline]], tag: String, into tr: XMLNode) {
            for (column, cell) in row.enumerated() {
                let alignment = column < table.alignments.count ? table.alignments[column] : .none
                let td = alignment == .none ? tr.element(tag) : tr.element(tag, ["class": "align-" + alignment.rawValue])
                inlines(cell, into: td)
            }
        }
        if !table.header.isEmpty {
            cells(table.header, tag: "th", into: element.element("thead").element("tr"))
        }
        if !table.rows.isEmpty {
            let body = element.element("tbody")
            for row in table.rows { cells(row, tag: "td", into: body.element("tr")) }
        }
    }

    /// A figure: the image, then "图 N" and the caption; the caption is also the image's
    /// alt text, so a reader without images still learns what it shows.
    private func figure(_ figure: Figure, into parent: XMLNode) {
        let element = parent.element("figure", ["id": anchors.figure(figure.number), "class": "figure"])
        let label = "图 \(figure.number)"
        let caption = figure.caption.plainText
        element.element("img", ["src": rootPath + resources.href(for: figure.image),
                                "alt": caption.isEmpty ? label : caption])
        let figcaption = element.element("figcaption")
        figcaption.element("span", ["class": "figure-label"], text: label)
        if !figure.caption.isEmpty {
            figcaption.text(" ")
            inlines(figure.caption, into: figcaption)
        }
    }

    /// The first word of a fenced code block's info string, if it is a plain ASCII name.
    static func languageClass(_ info: String?) -> String? {
        guard let word = info?.split(separator: " ").first, !word.isEmpty,
              word.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "+" || $0 == "_") })
        else { return nil }
        return String(word)
    }
}
