import Typesetting

/// The faces the print layout uses, found through fontconfig by the families `pdf.yaml`
/// names (see fonts/README.md).
struct FontSet {
    var serif: FontFace
    var serifBold: FontFace
    var sans: FontFace
    var sansBold: FontFace
    var mono: FontFace

    init(_ fonts: PrintLayout.Fonts, store: FontStore) throws {
        let hint = "install \(fonts.package) (apt-get install \(fonts.package))"
        serif = try store.face(family: fonts.serif, bold: false, hint: hint)
        serifBold = try store.face(family: fonts.serif, bold: true, hint: hint)
        sans = try store.face(family: fonts.sans, bold: false, hint: hint)
        sansBold = try store.face(family: fonts.sans, bold: true, hint: hint)
        mono = try store.face(family: fonts.mono, bold: false, hint: hint)
    }

    /// Fallback order per role: the role's face first, then the others, so a character the
    /// first face lacks still prints.
    func chain(_ role: Role) -> [FontFace] {
        switch role {
        case .body: return [serif, sans, mono]
        case .bodyBold: return [serifBold, sansBold, serif]
        case .heading: return [sansBold, sans, serif]
        case .headingLight: return [sans, serif]
        case .code: return [mono, sans, serif]
        }
    }

    enum Role { case body, bodyBold, heading, headingLight, code }
}
