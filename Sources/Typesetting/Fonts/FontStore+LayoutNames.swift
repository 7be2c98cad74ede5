import Foundation

extension FontStore {
    /// The face a layout file names: a fontconfig family, or a font file (`.otf`, `.ttf`,
    /// `.otc`, `.ttc`, with `#N` for a face of a collection) relative to the layout folder
    /// (`fonts/Serif.ttc#2`). One reading for every layout file that names fonts (pdf.yaml,
    /// cover.yaml), so a name means the same face in the PDF and on the cover.
    public func face(named name: String, bold: Bool, layoutDirectory directory: URL?, hint: String) throws -> FontFace {
        guard let (file, index) = FontStore.fontFile(name) else {
            return try face(family: name, bold: bold, hint: hint)
        }
        let url = file.hasPrefix("/") || directory == nil
            ? URL(fileURLWithPath: file)
            : directory!.appendingPathComponent(file)
        return try face(path: url.path, index: index)
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
