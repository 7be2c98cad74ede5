import LayoutSchema

/// Every key of `cover.yaml`, declared once: its kind, the range the painter can work with,
/// and its meaning; the relations catch canvases whose fixed parts leave no room for text.
extension CoverLayout {
    static let schema = LayoutSchema(fileName: fileName, keys: keys, relations: relations)

    /// The largest side of a canvas: a 4096 × 4096 canvas is 48 MiB of pixels, more than
    /// any cover needs.
    static let largestSide = 4096.0
    /// The 公众号 share thumbnail is shown at 200 px and kept at 500 px or more.
    static let smallestSquare = 500.0
    private static let smallestSize = 1.0
    private static let largestFactor = 10.0

    private static func length(_ path: String, _ meaning: String) -> LayoutKey {
        LayoutKey(path, .quantity(Quantity("a length", unit: "px", from: 0, to: largestSide)), meaning)
    }

    private static func size(_ path: String, _ meaning: String) -> LayoutKey {
        LayoutKey(path, .quantity(Quantity("a type size", unit: "px", from: smallestSize, to: largestSide)), meaning)
    }

    private static func factor(_ path: String, minimum: Double = 0, why: String? = nil, _ meaning: String) -> LayoutKey {
        LayoutKey(path, .quantity(Quantity("a number", from: minimum, to: largestFactor, why: why)), meaning)
    }

    private static func colour(_ path: String, _ meaning: String) -> LayoutKey {
        LayoutKey(path, .colour(.hexRGB), meaning)
    }

    /// The keys of one canvas.
    private static func canvas(_ name: String, _ what: String, smallest: Double = 16) -> [LayoutKey] {
        let side = Quantity("a whole number", unit: "px", whole: true, from: smallest, to: largestSide)
        return [
            LayoutKey("\(name).width", .quantity(side), "width of \(what)"),
            LayoutKey("\(name).height", .quantity(side), "height of \(what)"),
            length("\(name).marginX", "kept clear of ink at the left and right edges of \(what)"),
            length("\(name).marginY", "kept clear of ink at the top and bottom edges of \(what)"),
            size("\(name).titleSize", "type size the title of \(what) starts at; a longer title shrinks"),
            LayoutKey("\(name).titleLines", .quantity(Quantity("a whole number", whole: true, from: 1, to: 4)),
                      "lines the title of \(what) may wrap to (balanced) before it shrinks"),
            size("\(name).subtitleSize", "type size of the subtitle (two lines at most, then it shrinks)"),
            size("\(name).detailSize", "type size of the date and issue line and of the publisher line"),
            LayoutKey("\(name).publisherLines", .quantity(Quantity("a whole number", whole: true, from: 1, to: 4)),
                      "lines the publisher of \(what) may wrap to (balanced) before it shrinks"),
            length("\(name).rule", "thickness of the accent rule above the title; 0 for none"),
            length("\(name).ruleLength", "length of the accent rule"),
            length("\(name).hairline", "thickness of the rule above the date line; 0 for none"),
        ]
    }

    private static let keys: [LayoutKey] = [
        LayoutKey("fonts.title", .text, "fontconfig family, or font file relative to the layout folder (`file.ttc#2`), of the title (its bold)"),
        LayoutKey("fonts.text", .text, "family or file of the subtitle, date and publisher"),
        LayoutKey("fonts.titleBold", .text, "bold title file, when `fonts.title` names a file", optional: true),
        LayoutKey("fonts.package", .text, "the Debian package named in the error when a family is missing"),

        colour("colors.background", "the whole canvas"),
        colour("colors.title", "the title"),
        colour("colors.text", "the subtitle and the date line"),
        colour("colors.muted", "the publisher line"),
        colour("colors.rule", "the accent rule above the title and the hairline above the date"),

        factor("rhythm.titlePitch", minimum: 1, why: "lines closer than 1 em overlap", "line pitch of the title, in em of its size"),
        LayoutKey("rhythm.titleShrink", .quantity(Quantity("a number", from: 0, to: 1)),
                  "a title is set down to this fraction of its size to keep to fewer lines before it wraps (1: wrap at once)"),
        factor("rhythm.textPitch", minimum: 1, why: "lines closer than 1 em overlap", "line pitch of every other line, in em of its size"),
        factor("rhythm.ruleGap", "em of the title size between the accent rule and the title"),
        factor("rhythm.subtitleGap", "em of the subtitle size between the title and the subtitle"),
        factor("rhythm.detailGap", "em of the detail size between the hairline, the date line and the publisher line"),
    ] + canvas("article", "the 公众号 article cover (out/DATE.cover.png)")
      + canvas("square", "the share thumbnail (out/DATE.cover-square.png) and EPUB cover image", smallest: smallestSquare)

    /// Height the parts of a cover other than the title take, in px, with every line at its
    /// starting size and on one line: what the canvas must hold before any text is long.
    static func fixedHeight(_ v: LayoutValues, _ name: String) throws -> Double {
        let title = try v.number("\(name).titleSize"), subtitle = try v.number("\(name).subtitleSize")
        let detail = try v.number("\(name).detailSize"), pitch = try v.number("rhythm.textPitch")
        return try 2 * v.number("\(name).marginY") + v.number("\(name).rule") + v.number("rhythm.ruleGap") * title
            + v.number("rhythm.subtitleGap") * subtitle + subtitle * pitch
            + v.number("\(name).hairline") + 3 * v.number("rhythm.detailGap") * detail + 2 * detail * pitch
    }

    private static let relations: [LayoutRelation] = ["article", "square"].flatMap { name -> [LayoutRelation] in
        var relations = [
            LayoutRelation(at: "\(name).marginX") { v in
                let margin = try v.number("\(name).marginX"), width = try v.number("\(name).width")
                guard 4 * margin >= width else { return nil }
                return "the margins (2 × \(margin) px) leave less than half of the width (\(Int(width)) px) for text; make them smaller"
            },
            LayoutRelation(at: "\(name).ruleLength") { v in
                let length = try v.number("\(name).ruleLength"), room = try v.number("\(name).width") - 2 * v.number("\(name).marginX")
                guard length > room else { return nil }
                return "the accent rule (\(length) px) is longer than the room between the margins (\(room) px)"
            },
            LayoutRelation(at: "\(name).height") { v in
                let fixed = try fixedHeight(v, name), height = try v.number("\(name).height")
                let title = try v.number("\(name).titleSize") * v.number("rhythm.titlePitch")
                guard fixed + title > height else { return nil }
                return "the cover's lines at their sizes (\(Int(fixed + title)) px with each on one line, "
                    + "margins included) are taller than the canvas (\(Int(height)) px); use smaller sizes or margins"
            },
        ]
        if name == "square" {
            relations.append(LayoutRelation(at: "square.height") { v in
                let width = try v.number("square.width"), height = try v.number("square.height")
                guard width != height else { return nil }
                return "the share thumbnail must be square: `square.height` (\(Int(height))) must equal `square.width` (\(Int(width)))"
            })
        }
        return relations
    }
}
