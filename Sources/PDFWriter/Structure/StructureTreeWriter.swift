/// Writes the structure tree of a tagged document (ISO 32000-1 §14.7): the StructTreeRoot,
/// one StructElem per element, and the /ParentTree that maps each page's MCIDs and each
/// link annotation's /StructParent back to its element. Page i's marked content is under
/// key i; annotations follow, numbered in page order from the page count on. All of it goes
/// into object streams: a tree has an object per paragraph, cell and link.
///
/// The tree is walked with an explicit stack: its depth follows the source's nesting.
struct StructureTreeWriter {
    /// What the writer needs of one page.
    struct Page {
        var object: Int
        /// Element of each MCID, in MCID order.
        var markedContent: [PDFStructureElement]
        /// Object number and element of each of the page's annotations (nil: untagged).
        var annotations: [(object: Int, element: PDFStructureElement?)]
    }

    /// The /StructParent key of each page's annotations, in page order.
    static func annotationKeys(_ pages: [Page]) -> [[Int?]] {
        var next = pages.count
        return pages.map { page in
            page.annotations.map { annotation in
                guard annotation.element != nil else { return nil }
                defer { next += 1 }
                return next
            }
        }
    }

    /// Writes the tree and returns the StructTreeRoot's object number. Throws when content
    /// or a link was tagged with an element that is not in the tree under `root`.
    static func write(root: PDFStructureElement, pages: [Page], into writer: inout ObjectWriter) throws -> Int {
        let treeRoot = writer.allocate()
        // Pre-order: parents before children, kids in reading order.
        var order: [(element: PDFStructureElement, parent: Int)] = []
        var numbers: [ObjectIdentifier: Int] = [:]
        var stack: [(PDFStructureElement, Int)] = [(root, treeRoot)]
        while let entry = stack.popLast() {
            let (element, parent) = entry
            guard numbers[ObjectIdentifier(element)] == nil else { continue }  // added twice: the first place wins
            numbers[ObjectIdentifier(element)] = writer.allocate()
            order.append((element, parent))
            let number = numbers[ObjectIdentifier(element)]!
            for kid in element.kids.reversed() {
                if case .element(let child) = kid { stack.append((child, number)) }
            }
        }
        func number(_ element: PDFStructureElement) throws -> Int {
            guard let number = numbers[ObjectIdentifier(element)] else {
                throw PDFError.elementOutsideStructureTree(role: element.role.rawValue)
            }
            return number
        }

        let parentTree = writer.allocate()
        let keys = annotationKeys(pages)
        var entries: [(key: Int, write: (inout ByteBuffer) -> Void)] = []
        for (index, page) in pages.enumerated() {
            let elements = try page.markedContent.map(number)
            entries.append((index, { out in
                out.write("[")
                for (offset, element) in elements.enumerated() {
                    if offset > 0 { out.write(" ") }
                    out.write(reference: element)
                }
                out.write("]")
            }))
        }
        for (page, pageKeys) in zip(pages, keys) {
            for (annotation, key) in zip(page.annotations, pageKeys) {
                guard let key, let element = annotation.element else { continue }
                let target = try number(element)
                entries.append((key, { $0.write(reference: target) }))
            }
        }
        writer.packedObject(parentTree) { out in
            out.write("<</Nums[")
            for (offset, entry) in entries.enumerated() {
                if offset > 0 { out.write(" ") }
                out.write(int: entry.key)
                out.write(" ")
                entry.write(&out)
            }
            out.write("]>>")
        }

        writer.packedObject(treeRoot) { out in
            out.write("<</Type/StructTreeRoot/K ")
            out.write(reference: numbers[ObjectIdentifier(root)]!)
            out.write("/ParentTree ")
            out.write(reference: parentTree)
            out.write("/ParentTreeNextKey ")
            out.write(int: (keys.flatMap { $0 }.compactMap { $0 }.max() ?? pages.count - 1) + 1)
            out.write(">>")
        }
        for (element, parent) in order {
            let kids = try element.kids.map { kid -> Kid in
                switch kid {
                case .element(let child): return .element(try number(child))
                case .content(let page, let mcid): return .content(page: page, mcid: mcid)
                case .annotation(let page, let index): return .annotation(page: page, object: pages[page].annotations[index].object)
                }
            }
            writer.packedObject(numbers[ObjectIdentifier(element)]!) { out in
                writeElement(element, parent: parent, kids: kids, pages: pages, to: &out)
            }
        }
        return treeRoot
    }

    /// A kid with its object numbers resolved.
    private enum Kid {
        case element(Int)
        case content(page: Int, mcid: Int)
        case annotation(page: Int, object: Int)
    }

    private static func writeElement(_ element: PDFStructureElement, parent: Int, kids: [Kid], pages: [Page],
                                     to out: inout ByteBuffer) {
        // /Type is optional for structure elements (Table 323): 16 bytes each, left out.
        out.write("<</S")
        out.write(name: element.role.rawValue)
        out.write("/P ")
        out.write(reference: parent)
        let home = element.firstPage
        if let home {
            out.write("/Pg ")
            out.write(reference: pages[home].object)
        }
        if let language = element.language {
            out.write("/Lang")
            out.write(literalString: Array(language.utf8))   // BCP 47 tags are ASCII
        }
        if let alternateText = element.alternateText {
            out.write("/Alt")
            out.write(textString: alternateText)
        }
        if let scope = element.scope {
            out.write("/A<</O/Table/Scope")
            out.write(name: scope.rawValue)
            out.write(">>")
        }
        // One kid stands alone, several in an array; an empty element (a blank table cell) has no /K.
        guard !kids.isEmpty else { out.write(">>"); return }
        out.write(kids.count == 1 ? "/K " : "/K[")
        for (offset, kid) in kids.enumerated() {
            if offset > 0 { out.write(" ") }
            switch kid {
            case .element(let number):
                out.write(reference: number)
            case .content(let page, let mcid) where page == home:
                out.write(int: mcid)  // on the element's own /Pg a bare MCID will do
            case .content(let page, let mcid):
                out.write("<</Type/MCR/Pg ")
                out.write(reference: pages[page].object)
                out.write("/MCID ")
                out.write(int: mcid)
                out.write(">>")
            case .annotation(let page, let object):
                out.write("<</Type/OBJR/Pg ")
                out.write(reference: pages[page].object)
                out.write("/Obj ")
                out.write(reference: object)
                out.write(">>")
            }
        }
        out.write(kids.count == 1 ? ">>" : "]>>")
    }
}
