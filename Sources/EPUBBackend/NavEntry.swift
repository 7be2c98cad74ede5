/// One line of the book's table of contents, with the lines nested under it. The nav
/// document and the NCX are both written from the same tree, so they cannot disagree.
struct NavEntry {
    var title: String
    /// Relative to the package document: `text/d20260528.xhtml#d20260528-s1`.
    var href: String
    var children: [NavEntry] = []
}

/// A landmark of the nav document: where the cover, the contents, the body and the back
/// matter begin.
struct Landmark {
    /// `epub:type`: cover, toc, bodymatter, backmatter.
    var type: String
    var title: String
    var href: String
}
