import XMLKit

/// `META-INF/com.apple.ibooks.display-options.xml`: Apple Books shows a book's own fonts
/// only when the book says it specifies fonts; other readers ignore the file.
enum DisplayOptions {
    static let path = "META-INF/com.apple.ibooks.display-options.xml"

    static func bytes() -> [UInt8] {
        let tree = XMLTree(root: "display_options")
        let platform = tree.root.element("platform", ["name": "*"])
        platform.element("option", ["name": "specified-fonts"], text: "true")
        return tree.xml()
    }
}
