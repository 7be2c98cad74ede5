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
            guard let (file, index) = CoverFonts.fontFile(name) else {
                return try store.face(family: name, bold: bold, hint: hint)
            }
            let url = file.hasPrefix("/") || directory == nil ? URL(fileURLWithPath: file) : directory!.appendingPathComponent(file)
            return try store.face(path: url.path, index: index)
        }
        let text = try face(fonts.text, bold: false)
        // The text face stands behind the title's for any character the bold lacks.
        title = [try face(fonts.titleBold ?? fonts.title, bold: true), text]
        self.text = [text]
    }

    static let fontFileExtensions = [".otf", ".ttf", ".otc", ".ttc"]

    /// `fonts/Serif.ttc#2` → ("fonts/Serif.ttc", 2); nil for a family name.
    static func fontFile(_ name: String) -> (String, Int)? {
        var file = name, index = 0
        if let hash = name.lastIndex(of: "#"), let number = Int(name[name.index(after: hash)...]) {
            file = String(name[..<hash])
            index = number
        }
        guard fontFileExtensions.contains(where: { file.lowercased().hasSuffix($0) }) else { return nil }
        return (file, index)
    }
}
