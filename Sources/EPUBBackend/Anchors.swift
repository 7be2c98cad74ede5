import BriefModel

/// Every ID and file name of one edition inside the book, prefixed by its date so that a
/// month of editions concatenated in one EPUB never repeats an ID (`d20260528-s1`).
/// Hrefs and IDs both come from here, so a link cannot miss its target.
struct Anchors {
    /// `d20260528`: the chapter's ID and the stem of its file name.
    let prefix: String

    init(_ date: EditionDate) { prefix = "d" + date.compact }

    /// `text/d20260528.xhtml`, relative to the package document.
    var file: String { "text/\(prefix).xhtml" }
    var title: String { "\(prefix)-title" }
    var summary: String { "\(prefix)-summary" }
    var references: String { "\(prefix)-\(Edition.referencesAnchor)" }
    /// A section or subsection, from the model's ASCII anchor (`s1`, `s2-1`).
    func section(_ id: String) -> String { "\(prefix)-\(id)" }
    func figure(_ number: Int) -> String { "\(prefix)-f\(number)" }
    /// The entry of a reference in the reference list (`d20260528-ref-3`).
    func note(_ reference: Reference) -> String { "\(prefix)-\(reference.anchor)" }
    func note(number: Int) -> String { "\(prefix)-ref-\(number)" }
    /// A citation in the text, target of the reference list's backlinks.
    func citation(_ occurrence: Int) -> String { "\(prefix)-c\(occurrence)" }
    /// The anchor a contents entry of the model points at.
    func contents(_ entry: ContentsEntry) -> String {
        entry.anchor == Edition.referencesAnchor ? references : section(entry.anchor)
    }
}
