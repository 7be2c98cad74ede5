import Foundation
import Typesetting

/// The faces of a cover: the title's bold and the text face. `cover.yaml` names each by a
/// fontconfig family or by a font file of the layout folder (`fonts/Serif.ttc#2`), as
/// `pdf.yaml` does.
struct CoverFonts {
    var title: [FontFace]
    var text: [FontFace]

    init(_ fonts: CoverLayout.Fonts, directory: URL?, store: FontStore) throws {
        let hint = "install \(fonts.package) (apt-get install \(fonts.package))"
        func face(_ name: String, bold: Bool) throws -> FontFace {
            try store.face(named: name, bold: bold, layoutDirectory: directory, hint: hint)
        }
        let text = try face(fonts.text, bold: false)
        // The text face stands behind the title's for any character the bold lacks.
        title = [try face(fonts.titleBold ?? fonts.title, bold: true), text]
        self.text = [text]
    }
}
