/// The standard structure types (ISO 32000-1 §14.8.4) a tagged document uses; standard
/// types need no /RoleMap, and PDF/UA checkers know what each may contain.
public enum PDFStructureRole: String, Sendable {
    case document = "Document"
    case section = "Sect"
    case heading1 = "H1"
    case heading2 = "H2"
    case paragraph = "P"
    case list = "L"
    case listItem = "LI"
    case label = "Lbl"
    case listBody = "LBody"
    case blockQuote = "BlockQuote"
    case table = "Table"
    case tableHead = "THead"
    case tableBody = "TBody"
    case tableRow = "TR"
    case tableHeader = "TH"
    case tableCell = "TD"
    case figure = "Figure"
    case caption = "Caption"
    case tableOfContents = "TOC"
    case tableOfContentsItem = "TOCI"
    case bibliographyEntry = "BibEntry"
    case link = "Link"
    case note = "Note"
    case reference = "Reference"
    case span = "Span"
    case code = "Code"
}

/// Which cells a table header cell heads (the /Scope attribute of the Table owner, §14.8.5.7).
public enum PDFHeaderScope: String, Sendable {
    case row = "Row"
    case column = "Column"
    case both = "Both"
}
