import Foundation
import TestSupport
import XCTest

/// `briefpress preview` as an editor uses it: the page and the outputs are served, a save
/// is rendered and announced, a broken source is reported where it is broken while the
/// last good outputs stay served, and the server keeps to this machine.
final class PreviewServerTests: XCTestCase {
    var preview: RunningPreview!

    override func setUpWithError() throws {
        preview = try RunningPreview()
    }

    override func tearDown() {
        preview = nil
    }

    func testServesThePageAndEveryOutputNamedAsBuildNamesThem() throws {
        let page = try preview.get("/")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.text.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(page.text.contains(#"src="/out/2026-05-28.pdf""#), "the PDF view shows the served PDF")
        XCTAssertTrue(page.text.contains("new EventSource('/events')"))

        let pdf = try preview.get("/out/2026-05-28.pdf")
        XCTAssertEqual(pdf.status, 200)
        XCTAssertTrue(try preview.pdfText(pdf.body).contains(SamplePublication.fixture.firstBodyOpening.filter { !$0.isWhitespace }))
        let page2 = try preview.get("/out/2026-05-28.wechat.html")
        XCTAssertEqual(page2.status, 200)
        XCTAssertTrue(page2.text.contains(SamplePublication.fixture.summaryOpening))
        let epub = try preview.get("/out/2026-05-28.epub")
        XCTAssertEqual(epub.status, 200)
        XCTAssertTrue(try preview.epubText(epub.body).contains(SamplePublication.fixture.summaryOpening))

        let chapter = try preview.get("/epub/chapter", follow: true)
        XCTAssertEqual(chapter.status, 200)
        XCTAssertTrue(chapter.text.contains(SamplePublication.fixture.summaryOpening))
        let article = try preview.get("/wechat/article")
        XCTAssertTrue(article.text.hasPrefix("<section"), "the article alone, as pasted into WeChat")

        // Only fixed routes: no path reaches the file system.
        for path in ["/publication.yaml", "/out/../publication.yaml", "/out/2026-05-27.pdf", "/epub/../../publication.yaml",
                     "/editions/2026-05-28.md", "/etc/passwd"] {
            XCTAssertEqual(try preview.get(path).status, 404, path)
        }
    }

    func testAnAppendedParagraphReachesEveryOutputAndIsAnnounced() throws {
        let events = try preview.listen()
        try preview.waitFor("the first report") { !RunningPreview.reports(events()).isEmpty }
        let added = "预览新增段落核对句甲乙丙"
        try preview.saveEdition { $0 + "\n\(added)。\n" }
        try preview.waitFor("a report of the rebuild") {
            RunningPreview.reports(events()).contains { ($0["version"] as? Int ?? 0) > 1 && $0["ok"] as? Bool == true }
        }
        let report = try XCTUnwrap(RunningPreview.reports(events()).last)
        XCTAssertEqual(report["changed"] as? [String], ["pdf", "wechat", "epub"])
        XCTAssertNotNil(report["milliseconds"] as? Int, "the report says how long the rebuild took")

        XCTAssertTrue(try preview.pdfText(preview.get("/out/2026-05-28.pdf").body).contains(added))
        XCTAssertTrue(try preview.get("/out/2026-05-28.wechat.html").text.contains(added))
        XCTAssertTrue(try preview.get("/wechat/article").text.contains(added))
        XCTAssertTrue(try preview.epubText(preview.get("/out/2026-05-28.epub").body).contains(added))
        XCTAssertTrue(try preview.get("/epub/chapter", follow: true).text.contains(added))

        // What the rebuild kept (open fonts, set paragraphs) changes no byte: the outputs are
        // those a fresh `build` of the edited edition writes.
        let built = try preview.build()
        for name in ["2026-05-28.pdf", "2026-05-28.wechat.html", "2026-05-28.epub"] {
            XCTAssertEqual(try preview.get("/out/\(name)").body, try Data(contentsOf: built.appendingPathComponent(name)), name)
        }
    }

    func testAnEditDrawingOnlyCharactersAlreadyPrintedIsServedAsAFreshBuildWritesIt() throws {
        // Every character of the added paragraph is already printed in the body, so the
        // rebuild embeds each font from the subset the last rebuild made.
        let added = SamplePublication.fixture.firstBodyOpening.filter { !$0.isWhitespace && !$0.isNumber }
        try saveAndWaitForTheRebuild { $0 + "\n\(added)。\n" }
        try assertServedAsBuilt()
    }

    func testACharacterNeverPrintedBeforeReachesThePDFAsAFreshBuildWritesIt() throws {
        // 龘 is in no fixture: the body font's subset must be made again to hold it.
        let rare = "龘"
        XCTAssertFalse(try preview.pdfText(preview.get("/out/2026-05-28.pdf").body).contains(rare))
        try saveAndWaitForTheRebuild { $0 + "\n生僻字\(rare)核对。\n" }
        XCTAssertTrue(try preview.pdfText(preview.get("/out/2026-05-28.pdf").body).contains("生僻字\(rare)核对"))
        try assertServedAsBuilt()
    }

    /// Saves the edition and waits until the server reports a successful rebuild of it.
    private func saveAndWaitForTheRebuild(_ change: (String) -> String) throws {
        let events = try preview.listen()
        try preview.waitFor("the first report") { !RunningPreview.reports(events()).isEmpty }
        let before = RunningPreview.reports(events()).compactMap { $0["version"] as? Int }.max() ?? 0
        try preview.saveEdition(change)
        try preview.waitFor("a report of the rebuild") {
            RunningPreview.reports(events()).contains { ($0["version"] as? Int ?? 0) > before && $0["ok"] as? Bool == true }
        }
    }

    /// The served outputs are those a fresh `build` of the edition as saved writes.
    private func assertServedAsBuilt(file: StaticString = #filePath, line: UInt = #line) throws {
        let built = try preview.build()
        for name in ["2026-05-28.pdf", "2026-05-28.wechat.html", "2026-05-28.epub", "2026-05-28.cover.png", "2026-05-28.cover-square.png"] {
            XCTAssertEqual(try preview.get("/out/\(name)").body, try Data(contentsOf: built.appendingPathComponent(name)), name,
                           file: file, line: line)
        }
    }

    func testABrokenCitationIsLocatedWhileTheLastGoodPDFIsServedUntilMended() throws {
        let events = try preview.listen()
        try preview.waitFor("the first report") { !RunningPreview.reports(events()).isEmpty }
        let good = try preview.get("/out/2026-05-28.pdf").body
        let original = try String(contentsOf: preview.edition, encoding: .utf8)
        let cited = "[@\(SamplePublication.fixture.firstReferenceID)]"
        XCTAssertTrue(original.contains(cited))
        try preview.saveEdition { $0.replacingOccurrences(of: cited, with: "[@no-such-source]") }

        try preview.waitFor("the problem on /events") {
            RunningPreview.reports(events()).contains { $0["ok"] as? Bool == false }
        }
        let failed = try XCTUnwrap(RunningPreview.reports(events()).last { $0["ok"] as? Bool == false })
        let problem = try XCTUnwrap((failed["problems"] as? [[String: Any]])?.first)
        let line = try XCTUnwrap(problem["line"] as? String)
        let brokenLine = try XCTUnwrap(original.components(separatedBy: "\n").firstIndex { $0.contains(cited) }) + 1
        XCTAssertTrue(line.hasPrefix("editions/2026-05-28.md:\(brokenLine):"), line)
        XCTAssertTrue(line.contains("error:") && line.contains("no-such-source"), line)
        XCTAssertTrue((problem["source"] as? String)?.contains("[@no-such-source]") == true, "the overlay quotes the line")

        XCTAssertEqual(try preview.get("/out/2026-05-28.pdf").body, good, "the last good PDF is still served")
        XCTAssertEqual(try preview.get("/").status, 200, "the server stays up")

        try preview.saveEdition { _ in original }
        try preview.waitFor("recovery on /events") {
            RunningPreview.reports(events()).last?["ok"] as? Bool == true
        }
        XCTAssertEqual(try preview.get("/out/2026-05-28.pdf").body, good)
    }

    func testListensOnLoopbackOnlyAndRefusesAForeignHost() throws {
        // /proc/net/tcp lists listening sockets (state 0A) by address:port, in hex.
        let table = try String(contentsOfFile: "/proc/net/tcp", encoding: .utf8)
        let port = String(format: "%04X", preview.port)
        let listening = table.components(separatedBy: "\n").filter { $0.contains(":\(port) ") && $0.contains(" 0A ") }
        XCTAssertFalse(listening.isEmpty)
        for row in listening {
            XCTAssertTrue(row.contains("0100007F:\(port)"), "bound to 127.0.0.1 only: \(row)")
        }
        XCTAssertEqual(try preview.get("/", host: "evil.example").status, 403)
        XCTAssertEqual(try preview.get("/", host: "evil.example:\(preview.port)").status, 403, "DNS rebinding is refused")
        XCTAssertEqual(try preview.get("/out/2026-05-28.pdf", host: "127.0.0.1.nip.io:\(preview.port)").status, 403)
        XCTAssertEqual(try preview.get("/events", host: "localhost:1").status, 403)
        XCTAssertEqual(try preview.get("/", host: "localhost:\(preview.port)").status, 200)
        XCTAssertEqual(try preview.get("/", host: "[::1]:\(preview.port)").status, 200)
    }

    func testSIGTERMAndSIGINTStopItAtOnceWithStatusZeroLeavingNothing() throws {
        let before = preview.publicationListing()
        try preview.saveEdition { $0 + "\n再加一段。\n" }  // a rebuild in memory writes nothing
        usleep(500_000)
        let started = Date()
        kill(preview.process.processIdentifier, SIGTERM)
        try preview.waitFor("the exit after SIGTERM") { !preview.process.isRunning }
        XCTAssertLessThan(Date().timeIntervalSince(started), 1.0)
        XCTAssertEqual(preview.process.terminationReason, .exit)
        XCTAssertEqual(preview.process.terminationStatus, 0)
        XCTAssertEqual(preview.publicationListing(), before, "no file is left in the publication")

        let second = try RunningPreview()
        kill(second.process.processIdentifier, SIGINT)
        try second.waitFor("the exit after SIGINT") { !second.process.isRunning }
        XCTAssertEqual(second.process.terminationReason, .exit)
        XCTAssertEqual(second.process.terminationStatus, 0)
    }
}
