/// One element of the logical structure tree (ISO 32000-1 §14.7.2): a role, optional
/// language and alternative text, and its kids in reading order — child elements, marked
/// content drawn on pages, and link annotations. Elements are built before pages exist (the
/// caller knows the document's order); pages add content to them as they are drawn, so an
/// element whose content breaks across pages holds marked content on each.
///
/// Give an element either child elements or content of its own, plus links made while its
/// content is drawn: kids are kept in the order they are added.
public final class PDFStructureElement {
    public let role: PDFStructureRole
    /// BCP 47 tag when the element's language differs from the document's.
    public var language: String?
    /// Alternative text (/Alt), required for figures.
    public var alternateText: String?
    /// For header cells.
    public var scope: PDFHeaderScope?

    enum Kid {
        case element(PDFStructureElement)
        /// Marked content with this MCID on the page with this index.
        case content(page: Int, mcid: Int)
        /// The page's `index`-th annotation.
        case annotation(page: Int, index: Int)

        var element: PDFStructureElement? {
            if case .element(let element) = self { return element }
            return nil
        }
    }
    private(set) var kids: [Kid] = []

    public init(_ role: PDFStructureRole, language: String? = nil, alternateText: String? = nil, scope: PDFHeaderScope? = nil) {
        self.role = role
        self.language = language
        self.alternateText = alternateText
        self.scope = scope
    }

    /// Releases a deep subtree one element at a time: left to ARC, freeing a chain of
    /// nested elements would recurse once per level.
    deinit {
        var pending = kids.compactMap(\.element)
        kids = []
        while var element = pending.popLast() {
            guard isKnownUniquelyReferenced(&element) else { continue }
            pending += element.kids.compactMap(\.element)
            element.kids = []
        }
    }

    /// Appends a new child element and returns it.
    @discardableResult
    public func add(_ role: PDFStructureRole, language: String? = nil, alternateText: String? = nil,
                    scope: PDFHeaderScope? = nil) -> PDFStructureElement {
        let child = PDFStructureElement(role, language: language, alternateText: alternateText, scope: scope)
        kids.append(.element(child))
        return child
    }

    func addContent(page: Int, mcid: Int) { kids.append(.content(page: page, mcid: mcid)) }
    func addAnnotation(page: Int, index: Int) { kids.append(.annotation(page: page, index: index)) }

    /// The page the element's first content or annotation is on: its /Pg.
    var firstPage: Int? {
        for kid in kids {
            switch kid {
            case .content(let page, _), .annotation(let page, _): return page
            case .element: continue
            }
        }
        return nil
    }
}
