import Foundation

/// A complete publication the suites read end to end, with what a reader must find in it.
/// Two exist: the project's own fixture in `Tests/Fixtures/shuzhi` (always there, so a fresh
/// clone tests everything), and the shared sample beside the checkout (a real briefing, there
/// on the team's machines and on CI). Both have the same shapes: a summary, six numbered
/// sections and an unnumbered one, eleven references, citations of several ids at once, and
/// a contact block with two QR codes given as URLs; tests compare with the facts below instead
/// of writing a sample's text into their assertions.
public struct SamplePublication: Sendable {
    /// Names the publication in failure messages.
    public var name: String
    /// The folder holding publication.yaml and editions/.
    public var directory: URL
    /// The date of its one edition, `YYYY-MM-DD`.
    public var editionDate: String

    public var title: String
    public var publisher: String
    /// The producers as printed, joined with " & ".
    public var producerLine: String
    /// The edition's date the Chinese way, as printed in the title block.
    public var chineseDate: String
    /// The opening words of the summary.
    public var summaryOpening: String
    /// The top-level headings as printed: the numbered sections with their numbers, then the
    /// unnumbered one.
    public var sectionHeadings: [String]
    /// The subsection headings as printed, in order (empty when the edition has none).
    public var subsectionHeadings: [String]
    /// The opening words of the first paragraph of section 一.
    public var firstBodyOpening: String
    /// Words that stand in the first paragraph of the section at index `section`.
    public var phrase: (section: Int, text: String)
    /// The reference numbers of each citation, in reading order.
    public var citationNumbers: [[Int]]
    /// The id of the first reference in the front matter.
    public var firstReferenceID: String
    /// The first and the last entry of the reference list as printed: `1. source | title | …`.
    public var firstReferenceEntry: String
    public var lastReferenceEntry: String
    /// Strings pdftotext must find in the printed edition, whitespace removed: Latin, digits
    /// and symbols that a text extraction can lose.
    public var printedLiterals: [String]
    public var contactHeading: String
    /// Each contact code's label and caption.
    public var codes: [(label: String, caption: String)]
    /// Each organisation of the contact block with the opening words of its blurb.
    public var about: [(name: String, opening: String)]
    public var website: String
    /// The first citation of the edition's source, where `check` reports it when its id is
    /// misspelt: `[@id]` starts at `line`:`column` of the edition file.
    public var firstCitation: (id: String, line: Int, column: Int)

    /// The edition's Markdown file.
    public var edition: String { directory.appendingPathComponent("editions/\(editionDate).md").path }

    /// The plain text of the edition as printed, line by line (title block, contents with
    /// tab-separated page numbers, body, references, contact block), to compare outputs with.
    public var original: String { directory.appendingPathComponent("original-\(editionDate).txt").path }
}
