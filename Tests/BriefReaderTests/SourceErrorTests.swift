import BriefModel
import BriefReader
import XCTest

/// Every problem FORMAT.md lists must come back as its own clear message at the right
/// line and column, as a new editor would make it.
final class SourceErrorTests: XCTestCase {
    func diagnostics(_ path: String, file: StaticString = #filePath, line: UInt = #line) -> [Diagnostic] {
        Fixture.problems(readingEditionAt: path, file: file, line: line)
    }

    func assertOne(_ found: [Diagnostic], at expectedLine: Int, column: Int? = nil, containing text: String,
                   file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(found.count, 1, "expected one problem, found: \(found)", file: file, line: line)
        guard let d = found.first else { return }
        XCTAssertEqual(d.location.line, expectedLine, "wrong line in \(d)", file: file, line: line)
        if let column { XCTAssertEqual(d.location.column, column, "wrong column in \(d)", file: file, line: line) }
        XCTAssertTrue(d.message.contains(text), "expected a message about `\(text)`, found: \(d.message)", file: file, line: line)
        XCTAssertNotNil(d.hint, "every problem should say how to fix it: \(d)", file: file, line: line)
    }

    func testValidEditionReads() throws {
        let f = Fixture()
        let b = try BriefingReader.read(editionAt: f.write("editions/2026-05-28.md", Fixture.edition()))
        XCTAssertEqual(b.edition.sections.count, 1)
        XCTAssertEqual(b.publication.producerLine, "甲 & 乙")
    }

    func testMissingDate() {
        let f = Fixture()
        let p = f.write("editions/2026-05-28.md", "---\nnumber: 3\n---\n\n# 节\n\n正文。\n")
        assertOne(diagnostics(p), at: 2, containing: "no `date`")
    }

    func testDateThatIsNotARealDay() {
        let f = Fixture()
        let p = f.write("editions/2026-02-30.md", Fixture.edition(date: "2026-02-30"))
        assertOne(diagnostics(p), at: 2, column: 7, containing: "not a real day")
    }

    func testFileNameDateDiffersFromDate() {
        let f = Fixture()
        let p = f.write("editions/2026-05-29.md", Fixture.edition(date: "2026-05-28"))
        assertOne(diagnostics(p), at: 2, containing: "differs from the file name 2026-05-29.md")
    }

    func testCitationOfUnknownId() {
        let f = Fixture()
        let p = f.write("editions/2026-05-28.md", Fixture.edition(body: "# 节\n\n第一句。第二句[@a; @nope]。\n"))
        // The front matter takes lines 1–10, the heading is line 12, the paragraph line 14.
        assertOne(diagnostics(p), at: 14, column: 13, containing: "unknown reference `nope`")
    }

    func testDuplicateReferenceId() {
        let f = Fixture()
        let text = "---\ndate: 2026-05-28\nreferences:\n  - id: a\n    source: 甲\n    title: 甲\n  - id: a\n    source: 乙\n    title: 乙\n---\n\n# 节\n\n正文[@a]。\n"
        assertOne(diagnostics(f.write("editions/2026-05-28.md", text)), at: 7, column: 9, containing: "duplicate reference id `a`")
    }

    func testImageThatDoesNotExist() {
        let f = Fixture()
        let p = f.write("editions/2026-05-28.md", Fixture.edition(body: "# 节\n\n![图一](assets/missing.png)\n"))
        assertOne(diagnostics(p), at: 14, column: 1, containing: "does not exist")
    }

    func testImageOutsideThePublication() throws {
        let f = Fixture()
        let outside = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("outside-\(UUID().uuidString).png")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        let p = f.write("editions/2026-05-28.md", Fixture.edition(body: "# 节\n\n![图一](../\(outside.lastPathComponent))\n\n![图二](\(outside.path))\n"))
        let found = diagnostics(p)
        XCTAssertEqual(found.count, 2, "\(found)")
        XCTAssertTrue(found.allSatisfy { $0.message.contains("outside the publication folder") }, "\(found)")
    }

    func testSecondSummary() {
        let f = Fixture()
        let p = f.write("editions/2026-05-28.md", Fixture.edition(body: "# 摘要 {.summary}\n\n一。\n\n# 节\n\n正文[@a]。\n\n# 再摘要 {.summary}\n\n二。\n"))
        assertOne(diagnostics(p), at: 20, column: 1, containing: "a second summary")
    }

    func testInvalidUTF8() {
        let f = Fixture()
        var data = Data(Fixture.edition(body: "# 节\n\n正文").utf8)
        data.append(contentsOf: [0xE6, 0x28, 0xA1])
        data.append(Data("[@a]。\n".utf8))
        assertOne(diagnostics(f.write("editions/2026-05-28.md", data)), at: 14, column: 3, containing: "not valid UTF-8")
    }

    func testUnknownKeyInFrontMatter() {
        let f = Fixture()
        let p = f.write("editions/2026-05-28.md", Fixture.edition(extraFront: "titel: 错字\n"))
        let found = diagnostics(p)
        assertOne(found, at: 3, column: 1, containing: "unknown key `titel`")
        XCTAssertTrue(found.first?.hint?.contains("did you mean `title`") == true, "\(found)")
    }

    func testUnknownKeyInPublication() {
        let f = Fixture()
        f.write("publication.yaml", Fixture.publication + "colour: red\n")
        let p = f.write("editions/2026-05-28.md", Fixture.edition())
        let found = diagnostics(p)
        assertOne(found, at: 14, column: 1, containing: "unknown key `colour`")
        XCTAssertTrue(found[0].location.file.hasSuffix("publication.yaml"))
    }

    func testUnknownKeyInReference() {
        let f = Fixture()
        let text = "---\ndate: 2026-05-28\nreferences:\n  - id: a\n    source: 甲\n    titel: 甲\n---\n\n# 节\n\n正文。\n"
        let found = diagnostics(f.write("editions/2026-05-28.md", text))
        XCTAssertEqual(found.map(\.location.line), [4, 6], "\(found)")  // missing title (at the entry), unknown titel
    }

    func testEveryProblemOfAFileIsReportedAtOnce() {
        let f = Fixture()
        let p = f.write("editions/2026-05-28.md", Fixture.edition(extraFront: "colour: red\n", body: "# 节\n\n甲[@x]。乙[@y]。\n"))
        XCTAssertEqual(diagnostics(p).count, 3)
    }

    func testMissingEditionFileIsNotASourceError() {
        XCTAssertThrowsError(try BriefingReader.read(editionAt: "/nonexistent/editions/2026-05-28.md")) { error in
            XCTAssertTrue(error is MissingSourceFile, "expected MissingSourceFile, found \(error)")
        }
    }

    func testNoPublicationAbove() throws {
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("nopub-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let p = dir.appendingPathComponent("2026-05-28.md")
        try Data(Fixture.edition().utf8).write(to: p)
        XCTAssertThrowsError(try BriefingReader.read(editionAt: p.path)) { error in
            XCTAssertTrue(error is MissingSourceFile, "expected MissingSourceFile, found \(error)")
        }
    }
}

extension SourceErrorTests {
    func testSummaryAttributeOnASubsectionSaysWhereItBelongs() {
        let f = Fixture()
        let p = f.write("editions/2026-05-28.md", Fixture.edition(body: "# 节\n\n正文[@a]。\n\n## 小结 {.summary}\n\n文。\n"))
        let found = diagnostics(p)
        assertOne(found, at: 16, containing: "only allowed on a `#` heading")
        XCTAssertFalse(found.contains { $0.message.contains("unknown heading attribute") }, "found: \(found)")
    }
}

/// Editors on Windows save with CRLF line ends; old Mac tools with a lone CR.
final class LineEndingTests: XCTestCase {
    func testWindowsLineEndsReadLikeUnixOnes() throws {
        let f = Fixture()
        f.write("publication.yaml", Fixture.publication.replacingOccurrences(of: "\n", with: "\r\n"))
        let body = Fixture.edition(body: "# 第一节\n\n正文[@a]，第二句。\n第二行。\n").replacingOccurrences(of: "\n", with: "\r\n")
        let b = try BriefingReader.read(editionAt: f.write("editions/2026-05-28.md", body))
        XCTAssertEqual(b.edition.sections.map(\.headingText), ["一、第一节"])
        XCTAssertEqual(b.edition.references.count, 2)
        guard case .paragraph(let inlines) = b.edition.sections[0].blocks[0] else { return XCTFail("\(b.edition.sections[0].blocks)") }
        XCTAssertFalse(inlines.plainText.contains("\r"), "a carriage return reached the text: \(inlines)")
    }

    func testErrorsInACRLFFileKeepTheirLineAndColumn() {
        let f = Fixture()
        let body = Fixture.edition(body: "# 节\n\n第一句。第二句[@a; @nope]。\n").replacingOccurrences(of: "\n", with: "\r\n")
        let p = f.write("editions/2026-05-28.md", body)
        XCTAssertThrowsError(try BriefingReader.read(editionAt: p)) { error in
            let d = (error as? SourceErrors)?.diagnostics ?? []
            XCTAssertEqual(d.map(\.location.line), [14], "\(d)")
            XCTAssertEqual(d.map(\.location.column), [13], "\(d)")
        }
    }

    func testInvalidUTF8InACRLFFileIsReportedAtItsOffsetInTheFile() {
        let f = Fixture()
        var data = Data(Fixture.edition(body: "# 节\n\n正文").replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let offset = data.count  // every line end before the bad byte is two bytes in the file
        data.append(contentsOf: [0xE6, 0x28, 0xA1])
        data.append(Data("[@a]。\r\n".utf8))
        let found = diagnostics(f.write("editions/2026-05-28.md", data))
        XCTAssertEqual(found.map(\.location.line), [14], "\(found)")
        XCTAssertEqual(found.map(\.location.column), [3], "\(found)")
        XCTAssertTrue(found.first?.message.contains("at offset \(offset))") == true,
                      "expected the offset \(offset) of the bad byte in the file, found: \(found.map(\.message))")
    }

    func diagnostics(_ path: String) -> [Diagnostic] { Fixture.problems(readingEditionAt: path) }

    func testClassicMacLineEnds() throws {
        let f = Fixture()
        let body = Fixture.edition().replacingOccurrences(of: "\n", with: "\r")
        XCTAssertNoThrow(try BriefingReader.read(editionAt: f.write("editions/2026-05-28.md", body)))
    }
}
