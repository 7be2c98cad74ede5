/// Why an EPUB could not be made; each message says what to change.
public enum EPUBError: Error, Equatable, CustomStringConvertible {
    case missingStylesheet(layout: String)
    case invalidSourceDateEpoch(String)
    case invalidMonth(String)
    case emptyBundle(month: String)
    case editionOutsideMonth(date: String, month: String)
    case duplicateEdition(date: String)

    public var description: String {
        switch self {
        case .missingStylesheet(let layout):
            return "layout \(layout) has no epub.css\n  hint: copy layouts/default/epub.css into the layout folder"
        case .invalidSourceDateEpoch(let value):
            return "SOURCE_DATE_EPOCH is \"\(value)\", not a whole number of seconds\n  hint: unset it, or set it to e.g. $(git log -1 --format=%ct)"
        case .invalidMonth(let value):
            return "\"\(value)\" is not a month\n  hint: write the month as YYYY-MM, e.g. 2026-05"
        case .emptyBundle(let month):
            return "no editions for \(month): there is nothing to bundle"
        case .editionOutsideMonth(let date, let month):
            return "the edition of \(date) does not belong to \(month)"
        case .duplicateEdition(let date):
            return "two editions are dated \(date)"
        }
    }
}
