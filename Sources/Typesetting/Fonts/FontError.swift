/// Why a face could not be found or opened. The message names the family or file and
/// what to install, because the usual cause is a missing Debian font package.
public enum FontError: Error, CustomStringConvertible {
    /// fontconfig has no face of this family (it would silently substitute another one).
    case notFound(family: String, hint: String)
    /// The file does not exist or FreeType cannot read it (or has no face at that index).
    case unreadable(path: String, index: Int, reason: String)
    /// The font engine itself could not start.
    case engineUnavailable(reason: String)

    public var description: String {
        switch self {
        case .notFound(let family, let hint):
            return "font family \"\(family)\" not found by fontconfig; \(hint)"
        case .unreadable(let path, let index, let reason):
            return "cannot open font face \(index) of \(path): \(reason)"
        case .engineUnavailable(let reason):
            return "cannot set type: \(reason)"
        }
    }
}
