import Foundation
import TestSupport
import XCTest

/// `--embed-fonts` from the command line: it changes the EPUB alone, and says what the
/// fonts add. (What is inside the book is tested in EPUBBackendTests.EmbeddedFontsTests.)
final class EmbedFontsCommandTests: FixturePublicationTestCase {
    private var date: String { SamplePublication.fixture.editionDate }
    private var edition: String { "editions/\(date).md" }

    private func build(_ extra: [String], into folder: String) throws -> (stderr: String, epub: [UInt8], pdf: [UInt8]) {
        let r = try CLI.run(["build", edition, "--format", "epub", "--format", "pdf", "--output", folder] + extra, in: publication,
                            environment: ["SOURCE_DATE_EPOCH": "1780000000"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let out = publication.appendingPathComponent(folder)
        return (r.stderr, [UInt8](try Data(contentsOf: out.appendingPathComponent("\(date).epub"))),
                [UInt8](try Data(contentsOf: out.appendingPathComponent("\(date).pdf"))))
    }

    /// Zip entry names are stored as they are, so a name in the bytes is an entry of the book.
    private func hasEntry(_ name: String, _ zip: [UInt8]) -> Bool {
        let needle = Array(name.utf8)
        return zip.indices.dropLast(needle.count).contains { zip[$0..<$0 + needle.count].elementsEqual(needle) }
    }

    func testBuildEmbedsFontsInTheEPUBOnlyAndReportsTheirSize() throws {
        let plain = try build([], into: "plain")
        let embedded = try build(["--embed-fonts"], into: "embedded")
        XCTAssertEqual(plain.pdf, embedded.pdf, "the PDF does not change")
        XCTAssertFalse(hasEntry("META-INF/encryption.xml", plain.epub))
        XCTAssertTrue(hasEntry("META-INF/encryption.xml", embedded.epub))
        XCTAssertTrue(hasEntry("OEBPS/fonts/NotoSerifCJKSC-400.otf", embedded.epub))
        XCTAssertTrue(hasEntry("META-INF/com.apple.ibooks.display-options.xml", embedded.epub))
        XCTAssertFalse(plain.stderr.contains("embedded fonts"), plain.stderr)

        let note = try XCTUnwrap(embedded.stderr.split(separator: "\n").first { $0.contains("embedded fonts add") }, embedded.stderr)
        XCTAssertTrue(note.hasPrefix("note: \(date).epub:"), String(note))
        let added = try XCTUnwrap(note.split(separator: " ").firstIndex(of: "add").map { Int(note.split(separator: " ")[$0 + 1]) } ?? nil)
        let growth = embedded.epub.count - plain.epub.count
        XCTAssertTrue(added > 100_000 && added <= growth && growth - added < 2_000, "reported \(added), the book grew by \(growth)")
        XCTAssertTrue(note.contains("of \(embedded.epub.count))"), "the note names the book's size: \(note)")
    }

    func testBundleEmbedsFontsToo() throws {
        let r = try CLI.run(["bundle", ".", "--month", String(date.prefix(7)), "--output", "out", "--embed-fonts"], in: publication)
        XCTAssertEqual(r.status, 0, r.stderr)
        let book = [UInt8](try Data(contentsOf: publication.appendingPathComponent("out/\(date.prefix(7)).epub")))
        XCTAssertTrue(hasEntry("META-INF/encryption.xml", book))
        XCTAssertTrue(r.stderr.contains("embedded fonts add"), r.stderr)
    }
}
