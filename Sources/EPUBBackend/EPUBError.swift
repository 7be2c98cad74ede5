/// Why an EPUB could not be made; each message says what to change.
public enum EPUBError: Error, Equatable, CustomStringConvertible {
    case missingStylesheet(layout: String)
    case emptyBundle(month: String)
    case editionOutsideMonth(date: String, month: String)
    case duplicateEdition(date: String)

    public var description: String {
        switch self {
        case .missingStylesheet(let layout):
            return "layout \(layout) has no epub.css\n  hint: copy layouts/default/epub.css into the layout folder"
        case .emptyBundle(let month):
            return "no editions for \(month): there is nothing to bundle"
        case .editionOutsideMonth(let date, let month):
            return "the edition of \(date) does not belong to \(month)"
        case .duplicateEdition(let date):
            return "two editions are dated \(date)"
        }
    }
}
