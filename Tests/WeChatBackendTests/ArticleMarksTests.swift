import BriefModel
import TestSupport
import WeChatBackend
import XCTest

/// A mark in the article means one thing (issue #11): `[n]` is always reference n, a link
/// note is `链接n` from a series of its own, and no source carries two marks. The reference
/// list reads as a list whose numbers look like the marks in the text.
final class ArticleMarksTests: XCTestCase {
    /// Every input in the repository, and the shared sample when it is there.
    private func inputs() throws -> [(name: String, briefing: Briefing)] {
        var all = try Fixtures.all()
        if let sample = try? SamplePublication.shared() { all.append(("shared", try Fixtures.read(sample))) }
        return all
    }

    /// The closing list headed `heading`: its entries, in order.
    private func list(_ heading: String, in root: HTMLNode) -> [HTMLNode] {
        Array(root.children.filter { $0.name != nil }.drop { $0.text() != heading }.dropFirst().prefix { $0.name == "p" })
    }

    /// The address an entry ends with (its last element).
    private func url(of entry: HTMLNode) -> String? {
        guard entry.elements("br").count == 1 else { return nil }
        return entry.children.last { $0.name != nil }?.text()
    }

    /// `1`, `1, 2` or `1–3` → the reference numbers.
    private func numbers(_ label: Substring) -> [Int]? {
        var out: [Int] = []
        for part in label.split(separator: ",") {
            let ends = part.split(separator: "–").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let first = ends.first.flatMap({ Int($0) }), let last = ends.last.flatMap({ Int($0) }), first <= last else { return nil }
            out += Array(first...last)
        }
        return out
    }

    func testNoMarkMeansTwoThingsAndNoSourceCarriesTwoMarks() throws {
        for (name, briefing) in try inputs() {
            let root = try root(of: render(briefing))
            let references = list(Edition.referencesHeading, in: root)
            let notes = list("引用链接", in: root)
            XCTAssertEqual(references.count, briefing.edition.references.count, name)

            // Every superscript is a citation of existing references or an existing link note.
            var noteMarks: Set<Int> = []
            root.walk { node, _ in
                guard node.name == "sup" else { return }
                let mark = node.text()
                if mark.hasPrefix("["), mark.hasSuffix("]"), let cited = numbers(mark.dropFirst().dropLast()) {
                    XCTAssertTrue(cited.allSatisfy { (1...references.count).contains($0) },
                                  "\(name): \(mark) cites a reference the list does not have")
                } else if mark.hasPrefix("链接"), let n = Int(mark.dropFirst(2)) {
                    XCTAssertTrue((1...max(notes.count, 1)).contains(n) && !notes.isEmpty, "\(name): \(mark) has no 引用链接 entry")
                    noteMarks.insert(n)
                } else {
                    XCTFail("\(name): superscript “\(mark)” is neither a citation [n] nor a link note 链接n")
                }
            }
            // The two lists use the marks of their series, and each note is used in the text.
            for (index, entry) in references.enumerated() {
                XCTAssertTrue(entry.text().hasPrefix("[\(index + 1)]"), "\(name): reference \(index + 1) reads “\(entry.text().prefix(20))”")
            }
            for (index, entry) in notes.enumerated() {
                XCTAssertTrue(entry.text().hasPrefix("链接\(index + 1)"), "\(name): link note \(index + 1) reads “\(entry.text().prefix(20))”")
            }
            XCTAssertEqual(noteMarks, Set(notes.indices.map { $0 + 1 }), "\(name): every link note is marked in the text")

            // One source, one mark: an address is never both a reference and a link note.
            let referenceURLs = Set(references.compactMap(url(of:)))
            let noteURLs = notes.compactMap(url(of:))
            XCTAssertEqual(noteURLs.count, notes.count, "\(name): every link note ends with its address on a line of its own")
            XCTAssertEqual(Set(noteURLs).count, noteURLs.count, "\(name): an address is listed twice under 引用链接")
            XCTAssertEqual(referenceURLs.intersection(noteURLs), [], "\(name): a reference's address also has a link note")
        }
    }

    func testALinkToAReferencesAddressShowsThatReferencesNumber() throws {
        // 发改委原文 links to reference 1's URL, 《南繁硅谷论坛》 (an mp article) to reference 2's.
        let root = try root(of: render(Fixtures.exercise()))
        let paragraph = try XCTUnwrap(root.elements("p").first { $0.text().hasPrefix("公众号文章") })
        let marks = paragraph.elements("sup").map { ($0.text(), $0.style("color")) }
        XCTAssertEqual(marks.map(\.0), ["[2]", "[1]", "[1]", "链接1", "[1]"])
        let citationColour = try XCTUnwrap(marks.last?.1)
        XCTAssertTrue(marks.filter { $0.0.hasPrefix("[") }.allSatisfy { $0.1 == citationColour },
                      "a link's reference mark looks exactly like a citation")
        XCTAssertNotEqual(marks[3].1, citationColour, "a link note is set apart from the citations by colour too")
    }

    func testReferenceListReadsAsAListWithTheTextsMarksAndUnbreakableDates() throws {
        for (name, briefing) in try inputs() {
            let root = try root(of: render(briefing))
            let citationColour = root.elements("sup").first { $0.text().hasPrefix("[") }?.style("color")
            let entries = list(Edition.referencesHeading, in: root)
            for (entry, reference) in zip(entries, briefing.edition.references) {
                let text = entry.text()
                XCTAssertFalse(text.contains("|"), "\(name): “\(text.prefix(40))” is still table columns")
                XCTAssertFalse(text.contains("。。"), "\(name): doubled full stop in “\(text.prefix(40))”")
                let number = try XCTUnwrap(entry.children.first { $0.name != nil }, name)
                XCTAssertEqual(number.text(), "[\(reference.number)]", "\(name): the entry opens with its mark")
                if let citationColour { XCTAssertEqual(number.style("color"), citationColour, "\(name): the number looks like the mark") }
                XCTAssertTrue(text.contains("\(reference.source)：\(reference.title)"), "\(name): “\(text.prefix(40))”")
                if let date = reference.date {
                    let span = entry.elements("span").first { $0.text() == date }
                    XCTAssertEqual(span?.style("white-space"), "nowrap", "\(name): the date \(date) may break at its hyphen")
                }
                if let address = reference.url {
                    XCTAssertEqual(url(of: entry), address, "\(name): the URL stands on its own line at the end")
                }
            }
        }
    }
}
