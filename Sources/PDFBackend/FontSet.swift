import Foundation
import Typesetting

/// The faces the print layout uses (see fonts/README.md). `pdf.yaml` names each role by a
/// fontconfig family, or by a font file (`.otf`, `.ttf`, `.otc`, `.ttc`, with `#N` for a
/// face of a collection) that a layout folder ships, relative to that folder.
struct FontSet {
    var serif: FontFace
    var serifBold: FontFace
    var sans: FontFace
    var sansBold: FontFace
    var mono: FontFace

    init(_ fonts: PrintLayout.Fonts, directory: URL?, store: FontStore) throws {
        let hint = "install \(fonts.package) (apt-get install \(fonts.package))"
        func face(_ name: String, bold: Bool) throws -> FontFace {
            try store.face(named: name, bold: bold, layoutDirectory: directory, hint: hint)
        }
        serif = try face(fonts.serif, bold: false)
        serifBold = try face(fonts.serifBold ?? fonts.serif, bold: true)
        sans = try face(fonts.sans, bold: false)
        sansBold = try face(fonts.sansBold ?? fonts.sans, bold: true)
        mono = try face(fonts.mono, bold: false)
    }

    /// Fallback order per role: the role's face first, then the others, so a character the
    /// first face lacks still prints.
    func chain(_ role: Role) -> [FontFace] {
        switch role {
        case .body: return [serif, sans, mono]
        case .bodyBold: return [sansBold, serifBold, serif]
        case .heading: return [sansBold, sans, serif]
        case .headingLight: return [sans, serif]
        case .code: return [mono, sans, serif]
        case .url: return [sans, serif]
        }
    }

    /// `url` is an address printed as text (reference lists, the website): the sans the
    /// title block already uses, so a document needs no extra face for a few addresses.
    enum Role { case body, bodyBold, heading, headingLight, code, url }
}
