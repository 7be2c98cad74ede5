import Foundation

/// The machine-checkable rules of shared/notes/wechat.md §7 for an article fragment:
/// what must hold for the HTML to survive a paste into the WeChat Official Account editor
/// and its save-time clean-up. It parses the fragment with libxml2's HTML parser and reports
/// every broken rule by number, so a failing test says which rule and where.
struct FragmentChecker {
    enum Mode {
        /// Pasted from the preview page: `data:` images are allowed, with a warning.
        case paste
        /// Sent through `draft/add`: only uploaded https images, under 20,000 characters.
        case api
    }

    struct Finding: CustomStringConvertible, Equatable {
        var rule: Int
        var message: String
        var description: String { "rule \(rule): \(message)" }
    }

    struct Report {
        var errors: [Finding] = []
        var warnings: [Finding] = []
        func breaks(_ rule: Int) -> Bool { errors.contains { $0.rule == rule } }
        var summary: String { errors.prefix(12).map(\.description).joined(separator: "\n") }
    }

    var mode: Mode = .paste

    // Rule 1
    static let forbiddenElements: Set<String> = ["style", "script", "link", "meta", "iframe", "form", "input", "button",
                                                 "video", "audio", "object", "embed", "noscript", "template"]
    // Rule 4
    static let allowedElements: Set<String> = [
        "section", "p", "span", "strong", "b", "em", "i", "u", "s", "del", "sup", "sub", "br", "hr",
        "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "pre", "code",
        "table", "thead", "tbody", "tr", "th", "td", "img", "figure", "figcaption", "a", "svg",
        "g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan",
    ]
    // Rule 9
    static let textBlocks: Set<String> = ["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "th", "figcaption"]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    static let bodySizes = 14.0...18.0
    static let headingSizes = 14.0...28.0
    static let lineHeights = 1.5...2.0
    // Rule 7
    static let forbiddenProperties: Set<String> = ["position", "top", "left", "right", "bottom", "z-index", "float",
                                                   "gap", "transform", "transition", "animation", "filter", "clip-path", "mask"]
    static let forbiddenPropertyPrefixes = ["flex", "grid", "animation-", "transition-", "mask-", "transform-", "--"]
    static let forbiddenValueParts = ["var(", "calc(", "color-mix(", "oklch(", "oklab(", "lab(", "lch(", "env(", "url(",
                                      "-gradient(", "expression(", "{", "}", "@"]
    // Rule 8: named colours and colour functions other than rgb()/rgba().
    static let namedColors: Set<String> = ["black", "white", "red", "green", "blue", "gray", "grey", "silver", "yellow",
                                           "orange", "purple", "navy", "teal", "maroon", "olive", "lime", "aqua",
                                           "fuchsia", "pink", "brown", "gold", "cyan", "magenta", "darkgray",
                                           "lightgray", "whitesmoke", "currentcolor"]
    static let colorFunctions = ["hsl(", "hsla(", "hwb("]
    // Rule 10
    static let systemFonts: Set<String> = ["pingfang sc", "hiragino sans gb", "microsoft yahei", "microsoft yahei ui",
                                           "system-ui", "-apple-system", "-apple-system-font", "blinkmacsystemfont",
                                           "helvetica neue", "arial", "mp-quote",
                                           "sans-serif", "serif", "monospace", "cursive", "fantasy"]
    // Rule 16
    static let forbiddenSVGElements: Set<String> = ["defs", "use", "marker", "foreignobject", "style", "filter", "clippath",
                                                    "mask", "pattern", "symbol", "lineargradient", "radialgradient"]
    /// Attributes that style outside `style` (rule 6); SVG geometry is exempt.
    static let presentationalAttributes: Set<String> = ["align", "bgcolor", "color", "face", "size", "valign",
                                                        "border", "cellpadding", "cellspacing", "background", "width", "height"]

    static let wechatArticle = "https://mp.weixin.qq.com/"

    func check(_ fragment: String) -> Report {
        var report = Report()
        func error(_ rule: Int, _ message: String) { report.errors.append(Finding(rule: rule, message: message)) }
        func warning(_ rule: Int, _ message: String) { report.warnings.append(Finding(rule: rule, message: message)) }

        // Rule 17 and rule 1 (comments) on the raw text, before any parser can hide them.
        for scalar in ["\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}"] as [Unicode.Scalar]
        where fragment.unicodeScalars.contains(scalar) {
            error(17, String(format: "contains U+%04X", scalar.value))
        }
        if fragment.unicodeScalars.contains("\u{FFFD}") { error(17, "contains U+FFFD (invalid UTF-8 was replaced)") }
        if fragment.utf8.count >= 1_000_000 { error(17, "\(fragment.utf8.count) bytes; the API limit is 1 MB") }
        if fragment.count >= 20_000 {
            if mode == .api { error(17, "\(fragment.count) characters; the API limit is 20,000") }
            else { warning(17, "\(fragment.count) characters; draft/add would refuse over 20,000") }
        }
        if fragment.contains("<!--") { error(1, "contains an HTML comment") }

        let top = ParsedHTML.fragment(fragment)
        // Rule 5: one section root, nothing beside it.
        let topElements = top.filter { $0.name != nil }
        if topElements.count != 1 || topElements.first?.name != "section" {
            error(5, "the root must be one <section>; found \(topElements.map { $0.name ?? "?" })")
        }
        for node in top {
            if case .text(let t) = node, !t.allSatisfy(\.isWhitespace) { error(5, "text outside the root section: \(t.prefix(40))") }
            if case .comment = node { error(1, "comment outside the root") }
        }
        if let root = topElements.first, let style = root.attribute("style") {
            for d in parseStyle(style).declarations
            where (d.property.hasPrefix("padding") && !isZero(d.value)) || d.property.hasPrefix("background") {
                error(5, "the root relies on \(d.property), which the editor cleans on paste")
            }
        }

        for root in topElements { checkLinkNotes(root, error: error) }

        for root in topElements {
            root.walk { node, ancestors in
                guard case .element(let name, let attributes, let children) = node else { return }
                let path = (ancestors.compactMap(\.name) + [name]).suffix(4).joined(separator: ">")
                let inSVG = ancestors.contains { $0.name == "svg" } || name == "svg"

                // Rule 1, 4
                if FragmentChecker.forbiddenElements.contains(name) { error(1, "<\(name)> at \(path)") }
                else if name == "div" { warning(4, "<div> at \(path): use <section>") }
                else if !FragmentChecker.allowedElements.contains(name) && !(inSVG && !FragmentChecker.forbiddenSVGElements.contains(name)) {
                    error(4, "<\(name)> is not on the allowed list (\(path))")
                }
                for child in children { if case .comment = child { error(1, "comment inside \(path)") } }

                for (attribute, value) in attributes {
                    // Rule 2, 3
                    if attribute == "class" && !value.split(separator: " ").allSatisfy({ $0.hasPrefix("code-snippet__") }) {
                        error(2, "class=\"\(value)\" at \(path)")
                    }
                    if attribute == "id" { error(2, "id=\"\(value)\" at \(path)") }
                    if attribute.hasPrefix("on") { error(3, "\(attribute) handler at \(path)") }
                    let compact = value.lowercased().filter { !$0.isWhitespace && !($0.asciiValue.map { $0 < 32 } ?? false) }
                    if compact.contains("javascript:") { error(3, "javascript: in \(attribute) at \(path)") }
                    if compact.contains("url(#") { error(16, "url(#…) in \(attribute) at \(path)") }
                    // Rule 6
                    if !inSVG && FragmentChecker.presentationalAttributes.contains(attribute) && name != "img" {
                        error(6, "presentational attribute \(attribute) at \(path): use style")
                    }
                }

                let style = parseStyle(node.attribute("style") ?? "")
                for problem in style.problems { error(6, "\(problem) at \(path)") }
                checkDeclarations(style.declarations, element: name, path: path, error: error)

                // Rule 9
                if FragmentChecker.textBlocks.contains(name) {
                    checkTextBlock(name: name, style: style.declarations, path: path, error: error)
                }

                switch name {
                case "a":
                    // Rule 11
                    if let href = node.attribute("href"), !href.hasPrefix(FragmentChecker.wechatArticle) {
                        error(11, "link to \(href) at \(path): only \(FragmentChecker.wechatArticle) links survive")
                    }
                case "img":
                    checkImage(node, path: path, error: error, warning: warning)
                case "ul", "ol":
                    // Rule 13
                    if ancestors.last?.name == "li" { error(13, "<\(name)> directly inside <li> at \(path)") }
                    let depth = ancestors.filter { $0.name == "ul" || $0.name == "ol" }.count + 1
                    if depth > 2 { error(13, "list nested \(depth) levels at \(path)") }
                    for child in children {
                        if case .text(let t) = child, t.contains("\n") { error(13, "bare newline between list items at \(path)") }
                    }
                    if margin(style.declarations, side: "left") { error(13, "list indented with margin-left at \(path): use padding-left") }
                case "li":
                    let blocks = children.filter { ["p", "section", "blockquote", "pre", "table", "figure", "h1", "h2", "h3", "h4", "h5", "h6"].contains($0.name ?? "") }
                    let others = children.filter { node in
                        if case .text(let t) = node { return !t.allSatisfy(\.isWhitespace) }
                        return node.name != nil && !blocks.contains { $0.name == node.name }
                    }
                    if !(blocks.isEmpty || (blocks.count == 1 && blocks[0].name == "section" && others.isEmpty)) {
                        error(13, "<li> must hold one inline run or one <section> at \(path)")
                    }
                    if margin(style.declarations, side: "left") { error(13, "list item indented with margin-left at \(path)") }
                case "pre":
                    // Rule 14
                    let scrolls = [node] + node.children.filter { $0.name == "code" } + ancestors.suffix(1)
                    if !scrolls.contains(where: { scrollsSideways(parseStyle($0.attribute("style") ?? "").declarations) }) {
                        error(14, "code block without overflow-x:auto at \(path)")
                    }
                case "table":
                    // Rule 15
                    let parent = ancestors.last
                    if parent?.name != "section" || !scrollsSideways(parseStyle(parent?.attribute("style") ?? "").declarations) {
                        error(15, "table not inside a <section> with overflow-x:auto at \(path)")
                    }
                case "th", "td":
                    let properties = style.declarations.map(\.property)
                    if !properties.contains(where: { $0 == "border" || $0.hasPrefix("border-") }) { error(15, "cell without border at \(path)") }
                    if !properties.contains(where: { $0 == "padding" || $0.hasPrefix("padding-") }) { error(15, "cell without padding at \(path)") }
                case "svg":
                    // Rule 16
                    guard let w = node.attribute("width").flatMap(Double.init), let _ = node.attribute("height").flatMap(Double.init) else {
                        error(16, "svg without numeric width and height at \(path)"); break
                    }
                    if w > 677 { error(16, "svg \(w) px wide; the column is 677 px") }
                    if node.attribute("viewbox") == nil { error(16, "svg without viewBox at \(path)") }
                default:
                    break
                }
                if inSVG && FragmentChecker.forbiddenSVGElements.contains(name) { error(16, "<\(name)> inside svg at \(path)") }

                // Rule 14: text inside code keeps no newline and no run of spaces.
                if name == "pre" || name == "code" {
                    for child in children {
                        if case .text(let t) = child {
                            if t.contains("\n") { error(14, "literal newline inside <\(name)> at \(path): use <br>") }
                            if t.contains("  ") { error(14, "run of spaces inside <\(name)> at \(path): use &nbsp;") }
                        }
                    }
                }
            }
        }
        return report
    }

    // MARK: Rule 6: style syntax

    struct ParsedStyle {
        var declarations: [(property: String, value: String)] = []
        var problems: [String] = []
    }

    /// Splits a style attribute into declarations; each must be `name:value` with a
    /// lowercase name, and no name may repeat.
    func parseStyle(_ style: String) -> ParsedStyle {
        var parsed = ParsedStyle()
        var seen: Set<String> = []
        for raw in style.split(separator: ";", omittingEmptySubsequences: false) {
            let part = raw.trimmingCharacters(in: .whitespaces)
            if part.isEmpty { continue }
            guard let colon = part.firstIndex(of: ":") else { parsed.problems.append("`\(part)` is not property:value"); continue }
            let property = part[..<colon].trimmingCharacters(in: .whitespaces)
            let value = part[part.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if property != property.lowercased() { parsed.problems.append("property `\(property)` is not lowercase") }
            if property.isEmpty || !property.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") }) {
                parsed.problems.append("`\(property)` is not a property name")
            }
            if value.isEmpty { parsed.problems.append("`\(property)` has no value") }
            if !seen.insert(property.lowercased()).inserted { parsed.problems.append("`\(property)` is declared twice") }
            parsed.declarations.append((property.lowercased(), value))
        }
        return parsed
    }

    // MARK: Rules 7, 8, 10

    private func checkDeclarations(_ declarations: [(property: String, value: String)], element: String, path: String,
                                   error: (Int, String) -> Void) {
        for (property, value) in declarations {
            let lower = value.lowercased()
            if FragmentChecker.forbiddenProperties.contains(property)
                || FragmentChecker.forbiddenPropertyPrefixes.contains(where: { property.hasPrefix($0) }) {
                error(7, "\(property) at \(path)")
            }
            if property == "display", ["flex", "inline-flex", "grid", "inline-grid"].contains(lower) {
                error(7, "display:\(lower) at \(path)")
            }
            for part in FragmentChecker.forbiddenValueParts where lower.contains(part) {
                error(7, "`\(part)` in \(property) at \(path)")
            }
            // Rule 8
            let tokens = lower.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" }).map(String.init)
            if property.contains("color") || property.hasPrefix("border") || property.hasPrefix("background") || property.hasPrefix("outline") {
                for token in tokens where FragmentChecker.namedColors.contains(token) {
                    error(8, "named colour `\(token)` in \(property) at \(path): use #hex, rgb() or rgba()")
                }
            }
            for function in FragmentChecker.colorFunctions where lower.contains(function) {
                error(8, "\(function)) in \(property) at \(path)")
            }
            for token in tokens where token.hasPrefix("#") {
                let digits = token.dropFirst()
                if ![3, 4, 6, 8].contains(digits.count) || !digits.allSatisfy(\.isHexDigit) {
                    error(8, "`\(token)` is not a hex colour (\(property) at \(path))")
                }
            }
            if property == "color" {
                let compact = lower.filter { !$0.isWhitespace }
                if ["#000", "#000f", "#000000", "#000000ff", "black", "rgb(0,0,0)", "rgba(0,0,0,1)"].contains(compact) {
                    error(8, "pure black text at \(path): the editor swallows it")
                }
            }
            // Rule 10
            if property == "font-family" {
                for family in value.split(separator: ",") {
                    let name = family.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'")).lowercased()
                    if !FragmentChecker.systemFonts.contains(name) { error(10, "font `\(name)` is not a system font (\(path))") }
                }
            }
        }
    }

    // MARK: Rule 9

    private func checkTextBlock(name: String, style: [(property: String, value: String)], path: String, error: (Int, String) -> Void) {
        func value(_ property: String) -> String? { style.first { $0.property == property }?.value }
        guard value("color") != nil else { error(9, "<\(name)> sets no color (\(path))"); return }
        guard let size = value("font-size") else { error(9, "<\(name)> sets no font-size (\(path))"); return }
        guard let lineHeight = value("line-height") else { error(9, "<\(name)> sets no line-height (\(path))"); return }
        guard size.hasSuffix("px"), let px = Double(size.dropLast(2)) else {
            error(9, "<\(name)> font-size \(size) is not in px (\(path))"); return
        }
        let sizes = FragmentChecker.headings.contains(name) ? FragmentChecker.headingSizes : FragmentChecker.bodySizes
        if !sizes.contains(px) { error(9, "<\(name)> font-size \(size) outside \(sizes) px (\(path))") }
        let ratio: Double?
        if lineHeight.hasSuffix("px") { ratio = Double(lineHeight.dropLast(2)).map { $0 / px } }
        else if lineHeight.hasSuffix("em") { ratio = Double(lineHeight.dropLast(2)) }
        else { ratio = Double(lineHeight) }
        if let ratio, !FragmentChecker.lineHeights.contains(ratio) {
            error(9, "<\(name)> line-height \(lineHeight) outside 1.5–2 (\(path))")
        } else if ratio == nil {
            error(9, "<\(name)> line-height \(lineHeight) is not a number (\(path))")
        }
    }

    // MARK: Rule 11: link notes

    /// The heading of the closing list of link URLs.
    static let notesHeading = "引用链接"

    /// A link the editor would strip is written as text (`span`) directly followed by its
    /// mark: the citation `[n]` when its address is a reference's, else a link note
    /// `<sup>链接n</sup>` (a series of its own, so no mark reads as a citation). Each note must
    /// have an entry in the closing 引用链接 list, whose entries run 链接1, 链接2, … with no URL
    /// twice (the URL is the entry's last element).
    private func checkLinkNotes(_ root: HTMLNode, error: (Int, String) -> Void) {
        var cited: [Int] = []
        root.walk { node, _ in
            let children = node.children.filter { $0.name != nil }
            for (a, b) in zip(children, children.dropFirst()) where a.name == "span" && b.name == "sup" {
                if let n = FragmentChecker.noteNumber(b.text()) { cited.append(n) }
            }
        }
        let blocks = root.children.filter { $0.name != nil }
        guard let heading = blocks.firstIndex(where: { $0.text() == FragmentChecker.notesHeading }) else {
            if !cited.isEmpty { error(11, "link notes \(cited.map(FragmentChecker.noteLabel)) but no \(FragmentChecker.notesHeading) list") }
            return
        }
        let entries = blocks[(heading + 1)...].prefix { $0.name == "p" }
        var urls: Set<String> = []
        for (index, entry) in entries.enumerated() {
            let label = FragmentChecker.noteLabel(index + 1)
            guard entry.text().hasPrefix(label), FragmentChecker.noteNumber(String(entry.text().prefix { !$0.isWhitespace && $0 != "\u{3000}" })) == index + 1 else {
                error(11, "entry \(index + 1) of \(FragmentChecker.notesHeading) reads “\(entry.text().prefix(30))”; expected \(label)")
                continue
            }
            let url = entry.children.last { $0.name != nil }?.text() ?? ""
            if !urls.insert(url).inserted { error(11, "\(url) is listed twice in \(FragmentChecker.notesHeading)") }
        }
        for n in cited where n > entries.count {
            error(11, "note \(FragmentChecker.noteLabel(n)) has no entry in \(FragmentChecker.notesHeading) (\(entries.count) entries)")
        }
    }

    /// The mark of link note `n`: `链接3`.
    static func noteLabel(_ n: Int) -> String { "链接\(n)" }

    /// `链接3` → 3.
    static func noteNumber(_ text: String) -> Int? {
        guard text.hasPrefix("链接") else { return nil }
        return Int(text.dropFirst(2))
    }

    // MARK: Rule 12

    private func checkImage(_ node: HTMLNode, path: String, error: (Int, String) -> Void, warning: (Int, String) -> Void) {
        guard let src = node.attribute("src"), !src.isEmpty else { error(12, "img without src at \(path)"); return }
        if node.attribute("alt") == nil { error(12, "img without alt at \(path)") }
        if node.attribute("width") != nil || node.attribute("height") != nil { error(12, "img with width/height attributes at \(path)") }
        let style = parseStyle(node.attribute("style") ?? "").declarations
        func has(_ property: String, _ value: String) -> Bool { style.contains { $0.property == property && $0.value == value } }
        if !has("max-width", "100%") { error(12, "img style lacks max-width:100% at \(path)") }
        if !has("display", "block") { error(12, "img style lacks display:block at \(path)") }
        if !has("height", "auto") { error(12, "img style lacks height:auto at \(path)") }
        if src.hasPrefix("https://") { return }
        if src.hasPrefix("data:") {
            if mode == .api { error(12, "data: image at \(path): draft/add accepts only uploaded images") }
            else { warning(12, "data: image at \(path) (fine for paste, not for the API)") }
            return
        }
        error(12, "img src `\(src.prefix(40))` is not https:// (\(path))")
    }

    // MARK: Helpers

    private func isZero(_ value: String) -> Bool {
        value.split(separator: " ").allSatisfy { $0 == "0" || $0 == "0px" }
    }

    private func scrollsSideways(_ style: [(property: String, value: String)]) -> Bool {
        style.contains { ($0.property == "overflow-x" || $0.property == "overflow") && ["auto", "scroll"].contains($0.value) }
    }

    /// True when the style moves the element along `side` with a margin.
    private func margin(_ style: [(property: String, value: String)], side: String) -> Bool {
        for (property, value) in style {
            if property == "margin-\(side)" && !isZero(value) { return true }
            if property == "margin" {
                let parts = value.split(separator: " ")
                let left = parts.count == 4 ? parts[3] : parts.count >= 2 ? parts[1] : parts.first
                if let left, !isZero(String(left)) { return true }
            }
        }
        return false
    }
}
