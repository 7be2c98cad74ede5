import BriefModel

/// Why an EPUB could not be made; each message says what to change.
public enum EPUBError: StatusCarryingError, Equatable, CustomStringConvertible {
    case missingStylesheet(layout: String)
    case emptyBundle(month: String)
    case editionOutsideMonth(date: String, month: String)
    case duplicateEdition(date: String)
    /// A contact code's address that no QR code can hold.
    case qrCode(url: String, problem: String)
    /// A face for `--embed-fonts` that cannot be read or subset.
    case fontUnusable(path: String, problem: String)
    /// An embedded face whose family the stylesheet never names, so no reader would use it.
    case fontFamilyNotInStylesheet(family: String, path: String)

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
        case .qrCode(let url, let problem):
            return "contact code \(url.prefix(60))\(url.count > 60 ? "…" : ""): \(problem)"
        case .fontUnusable(let path, let problem):
            return "cannot embed font \(path): \(problem)"
        case .fontFamilyNotInStylesheet(let family, let path):
            return "embedded font \(path) is family \"\(family)\", which epub.css never names, so no reader would use it\n  hint: name \"\(family)\" in epub.css's font-family lists, or name the face epub.css uses in pdf.yaml's fonts"
        }
    }

    public var exitStatus: ExitStatus {
        switch self {
        case .missingStylesheet: return .configuration
        case .emptyBundle: return .noInput
        case .qrCode: return .dataError
        case .fontUnusable, .fontFamilyNotInStylesheet: return .configuration
        case .editionOutsideMonth, .duplicateEdition: return .software
        }
    }

    public var failureMessage: String {
        exitStatus == .software ? "error: internal error while bundling: \(description)" : "error: \(description)"
    }
}
