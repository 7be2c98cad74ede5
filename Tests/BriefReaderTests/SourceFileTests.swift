import BriefModel
import BriefReader
import XCTest

/// Whole-file problems: files that are empty, unreadable or carry a BOM, and runs that
/// must show the problems of both files at once.
final class SourceFileTests: XCTestCase {
    func problems(_ path: String, file: StaticString = #filePath, line: UInt = #line) -> [Diagnostic] {
        Fixture.problems(readingEditionAt: path, file: file, line: line)
    }

    func testEmptyPublicationIsRejectedForItsMissingKeys() {
        let f = Fixture()
        f.write("publication.yaml", "")
        let found = problems(f.write("editions/2026-05-28.md", Fixture.edition()))
        XCTAssertEqual(found.map(\.message).sorted(), ["publication.yaml has no `publisher`", "publication.yaml has no `title`"],
                       "expected the two required keys reported; found: \(found)")
        XCTAssertEqual(found.first?.location.line, 1)
    }

    func testCommentOnlyFrontMatterIsRejectedForItsMissingDate() {
        let f = Fixture()
        let found = problems(f.write("editions/2026-05-28.md", "---\n# 只有注释\n---\n\n# 节\n\n正文。\n"))
        XCTAssertEqual(found.map(\.message), ["the front matter has no `date`"], "found: \(found)")
        XCTAssertEqual(found.first?.location.line, 2, "expected the problem on the front matter's first line")
    }

    func testByteOrderMarkBeforePublicationIsIgnored() throws {
        let f = Fixture()
        f.write("publication.yaml", Data([0xEF, 0xBB, 0xBF]) + Data("titel: 甲\npublisher: 乙\n".utf8))
        let found = problems(f.write("editions/2026-05-28.md", Fixture.edition()))
        // With the BOM left in the text, libyaml counts it as a column of line 1.
        let unknown = found.first { $0.message.contains("unknown key `titel`") }
        XCTAssertEqual(unknown.map { "\($0.location.line):\($0.location.column)" }, "1:1",
                       "expected the misspelt key at 1:1 as the editor sees it; found: \(found)")
    }

    func testEditionThatIsAFolderIsUnreadableNotMissing() throws {
        let f = Fixture()
        let path = f.root.appendingPathComponent("editions/2026-05-28.md").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        XCTAssertThrowsError(try BriefingReader.read(editionAt: path)) { error in
            XCTAssertFalse("\(error)".contains("no such file"), "the file exists; found: \(error)")
            XCTAssertTrue("\(error)".contains("cannot read"), "found: \(error)")
        }
    }

    func testPublicationAndEditionProblemsAreReportedTogether() {
        let f = Fixture()
        f.write("publication.yaml", Fixture.publication.replacingOccurrences(of: "publisher:", with: "publsher:"))
        let found = problems(f.write("editions/2026-05-28.md", Fixture.edition(body: "# 节\n\n正文[@nope]。\n")))
        let files = Set(found.map { URL(fileURLWithPath: $0.location.file).lastPathComponent })
        XCTAssertEqual(files, ["publication.yaml", "2026-05-28.md"], "expected problems of both files; found: \(found)")
        XCTAssertTrue(found.contains { $0.message.contains("unknown reference `nope`") }, "found: \(found)")
    }
}
