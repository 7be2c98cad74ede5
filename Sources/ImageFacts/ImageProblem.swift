/// Why an image file cannot be used, in the editor's terms, with what to do about it.
public struct ImageProblem: Error, Equatable, CustomStringConvertible {
    public let message: String
    public let hint: String

    init(_ message: String, hint: String) {
        self.message = message
        self.hint = hint
    }

    public var description: String { message }

    static let reexport = "open it in an image editor and export it again as PNG or JPEG"
    static let truncated = "the file is cut short; copy or export it again"
    static let scaleDown = "scale it down: a full A4 page at 300 dpi needs about 2500 × 3500 pixels"
    static let convert = "convert it to an 8-bit baseline JPEG or a PNG"

    static func truncated(_ what: String) -> ImageProblem { ImageProblem(what, hint: truncated) }
    static func corrupt(_ what: String) -> ImageProblem { ImageProblem(what, hint: reexport) }
}
