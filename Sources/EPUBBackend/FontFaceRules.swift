/// The `@font-face` rules that bind the embedded files to the families the layout's
/// stylesheet already names. They carry no design (family, weight and style are the
/// faces' own), so they are written here and put before the layout's rules.
enum FontFaceRules {
    /// `fonts` with their hrefs relative to the stylesheet (`../fonts/…`).
    static func css(_ fonts: [(font: WebFont, href: String)]) -> String {
        var css = "/* Embedded fonts (briefpress --embed-fonts), subset to this book's characters. */\n"
        for (font, href) in fonts {
            css += "@font-face { font-family: \"\(font.family)\"; font-weight: \(font.weight); "
                + "font-style: \(font.italic ? "italic" : "normal"); src: url(\"\(href)\"); }\n"
        }
        return css + "\n"
    }
}
