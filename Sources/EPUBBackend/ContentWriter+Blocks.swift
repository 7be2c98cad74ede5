import BriefModel
import XMLKit

extension ContentWriter {
    /// Writes blocks, walking nested lists and quotes with the model walker. A tight list
    /// writes a lone paragraph straight into its item, as browsers render CommonMark's
    /// tight lists; a loose list keeps the paragraphs.
    func blocks(_ blocks: [Block], into parent: XMLNode) {
        // One entry per entered node: the element its children go into; for an item of a
        // tight list, how many blocks it has written.
        var open: [(element: XMLNode, tightItem: Bool, written: Int)] = []
        var tightLists: [Bool] = []
        ModelWalker.walk(blocks.map(ModelNode.block), enter: { node, _ in
            let here = open.last?.element ?? parent
            var entry = (element: here, tightItem: false, written: 0)
            defer { open.append(entry) }
            switch node {
            case .listItem:
                entry = (here.element("li"), tightLists.last ?? false, 0)
                return .visitChildren
            case .block(let block):
                if let item = open.indices.last, open[item].tightItem {
                    defer { open[item].written += 1 }
                    if case .paragraph(let content) = block {
                        if open[item].written > 0 { here.element("br") }
                        inlines(content, into: here)
                        return .skipChildren
                    }
                }
                switch block {
                case .paragraph(let content):
                    inlines(content, into: here.element("p"))
                case .list(let list):
                    if list.ordered {
                        entry.element = list.start == 1 ? here.element("ol") : here.element("ol", ["start": String(list.start)])
                    } else {
                        entry.element = here.element("ul")
                    }
                    tightLists.append(list.tight)
                    return .visitChildren
                case .quote:
                    entry.element = here.element("blockquote")
                    return .visitChildren
                case .table(let table):
                    self.table(table, into: here)
                case .figure(let figure):
                    self.figure(figure, into: here)
                case .code(let code, let language):
                    let pre = here.element("pre", ["class": "code"])
                    if let language = ContentWriter.languageClass(language) {
                        pre.element("code", ["class": "language-" + language], text: code)
                    } else {
                        pre.element("code", text: code)
                    }
                case .thematicBreak:
                    here.element("hr")
                }
                return .skipChildren
            case .heading, .tableCell, .inline:
                return .skipChildren  // not met among blocks: tables and headings are written whole
            }
        }, leave: { node in
            open.removeLast()
            if case .block(.list) = node { tightLists.removeLast() }
        })
    }

    /// A table with its numbered caption (表 N and the editor's caption) as `<caption>`, so
    /// a reading system announces it with the table.
    private func table(_ table: Table, into parent: XMLNode) {
        let element = parent.element("table")
        let caption = element.element("caption")
        caption.element("span", ["class": "table-label"], text: table.label)
        let captionText = table.captionText
        if !captionText.isEmpty {
            caption.text(" ")
            inlines(captionText, into: caption)
        }
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
        let label = figure.label
        let caption = figure.captionText.plainText
        element.element("img", ["src": rootPath + resources.href(for: figure.image),
                                "alt": caption.isEmpty ? label : caption])
        let figcaption = element.element("figcaption")
        figcaption.element("span", ["class": "figure-label"], text: label)
        if !figure.captionText.isEmpty {
            figcaption.text(" ")
            inlines(figure.captionText, into: figcaption)
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
