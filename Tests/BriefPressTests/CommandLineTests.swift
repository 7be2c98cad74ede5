import BriefModel
import BriefPress
import Foundation
import XCTest

/// The promises the CLI makes an editor: quiet success, precise failure, exit statuses,
/// and never a broken file on disk.
final class CommandLineTests: XCTestCase {
    var publication: URL!

    override func setUpWithError() throws {
        try CLI.requireBinary()
        publication = try CLI.copyOf(CLI.sample())
    }

    override func tearDown() {
        if let publication { try? FileManager.default.removeItem(at: publication.deletingLastPathComponent()) }
    }

    func testCheckOnTheSamplePrintsNothingAndSucceeds() throws {
        let r = try CLI.run(["check", "editions/2026-05-28.md"], in: publication)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout + r.stderr, "", "check must print nothing but problems")
    }

    func testCheckReportsFileLineColumnAndExits65() throws {
        let edition = publication.appendingPathComponent("editions/2026-05-28.md")
        var text = try String(contentsOf: edition, encoding: .utf8)
        text = text.replacingOccurrences(of: "[@ndrc-seed]", with: "[@ndrc-sed]")
        try text.write(to: edition, atomically: true, encoding: .utf8)
        let r = try CLI.run(["check", "editions/2026-05-28.md"], in: publication)
        XCTAssertEqual(r.status, 65)
        XCTAssertEqual(r.stdout, "")
        XCTAssertTrue(r.stderr.contains("editions/2026-05-28.md:67:115:"), "expected the citation's line in: \(r.stderr)")
        XCTAssertTrue(r.stderr.contains("unknown reference `ndrc-sed`"), r.stderr)
        XCTAssertTrue(r.stderr.contains("did you mean `@ndrc-seed`"), r.stderr)
    }

    func testMissingEditionExits66() throws {
        let r = try CLI.run(["check", "editions/2026-05-31.md"], in: publication)
        XCTAssertEqual(r.status, 66, r.stderr)
        XCTAssertTrue(r.stderr.contains("editions/2026-05-31.md"), r.stderr)
    }

    func testBadUsageExits64() throws {
        XCTAssertEqual(try CLI.run(["check"], in: publication).status, 64)
        XCTAssertEqual(try CLI.run(["build", "editions/2026-05-28.md", "--format", "docx"], in: publication).status, 64)
        XCTAssertEqual(try CLI.run(["new", ".", "--date", "2026-02-30"], in: publication).status, 64)
    }

    func testFailedBuildWritesNothing() throws {
        let edition = publication.appendingPathComponent("editions/2026-05-28.md")
        let text = try String(contentsOf: edition, encoding: .utf8).replacingOccurrences(of: "date: 2026-05-28", with: "date: 2026-05-32")
        try text.write(to: edition, atomically: true, encoding: .utf8)
        let r = try CLI.run(["build", "editions/2026-05-28.md"], in: publication)
        XCTAssertNotEqual(r.status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: publication.appendingPathComponent("out").path),
                       "a failed build must not create outputs")
    }

    func testNewStartsAnEditionThatChecksAndRefusesToOverwrite() throws {
        let fresh = publication.deletingLastPathComponent().appendingPathComponent("fresh")
        var r = try CLI.run(["new", "fresh", "--date", "2026-06-01"], in: publication.deletingLastPathComponent())
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: fresh.appendingPathComponent("publication.yaml").path))
        r = try CLI.run(["check", "editions/2026-06-01.md"], in: fresh)
        XCTAssertEqual(r.status, 0, "the template must pass check: \(r.stderr)")
        r = try CLI.run(["new", ".", "--date", "2026-06-01"], in: fresh)
        XCTAssertEqual(r.status, 73)
        XCTAssertTrue(r.stderr.contains("already exists"), r.stderr)
    }

    func testUnknownLayoutIsAClearError() throws {
        let yaml = publication.appendingPathComponent("publication.yaml")
        let text = try String(contentsOf: yaml, encoding: .utf8).replacingOccurrences(of: "layout: default", with: "layout: fancy")
        try text.write(to: yaml, atomically: true, encoding: .utf8)
        let r = try CLI.run(["check", "editions/2026-05-28.md"], in: publication)
        XCTAssertEqual(r.status, 78)
        XCTAssertTrue(r.stderr.contains("unknown layout `fancy`") && r.stderr.contains("default"), r.stderr)
    }
}
