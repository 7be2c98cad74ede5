import BriefModel
import BriefPress
import PDFBackend
import TestSupport
import Foundation
import XCTest

/// Promises of the CLI at its edges: exit statuses, atomic output,
/// reproducible dates, layout checks, `new` and `bundle` edge cases, and `--help`.
final class CommandEdgeCaseTests: ExamplePublicationTestCase {
    // MARK: sources

    func testEmptyPublicationFailsCheckAndBuild() throws {
        try Data().write(to: publication.appendingPathComponent("publication.yaml"))
        for command in ["check", "build"] {
            let r = try CLI.run([command, "editions/2026-05-28.md"], in: publication)
            XCTAssertEqual(r.status, 65, "\(command) of an empty publication.yaml; stderr: \(r.stderr)")
            XCTAssertTrue(r.stderr.contains("publication.yaml:1:1: error: publication.yaml has no `title`"), r.stderr)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: publication.appendingPathComponent("out").path))
    }

    func testManyProblemsAreCountedAfterTheFirstHundred() throws {
        let citations = (1...1500).map { "[@missing-\($0)]" }.joined()
        try edit("editions/2026-05-28.md") { $0 + "\n\(citations)\n" }
        let r = try CLI.run(["check", "editions/2026-05-28.md"], in: publication)
        XCTAssertEqual(r.status, 65)
        XCTAssertEqual(r.stderr.components(separatedBy: "\n").filter { $0.contains(": error: citation of unknown reference") }.count, 100)
        XCTAssertTrue(r.stderr.hasSuffix("… and 1400 more problems not listed\n1500 errors; nothing was written\n"), String(r.stderr.suffix(200)))
    }

    // MARK: outputs

    func testSameEditionTwiceBuildsItOnce() throws {
        let r = try CLI.run(["build", "--format", "epub", "editions/2026-05-28.md", "./editions/2026-05-28.md"], in: publication)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout.split(separator: "\n").map { URL(fileURLWithPath: String($0)).lastPathComponent }, ["2026-05-28.epub"])
    }

    func testTwoOutputsOfOneNameAreRefusedBeforeAnythingIsWritten() throws {
        let out = publication.appendingPathComponent("out")
        let writer = OutputWriter(directory: out)
        XCTAssertThrowsError(try writer.write([OutputFile(name: "a.epub", bytes: [1]), OutputFile(name: "b.pdf", bytes: [2]),
                                               OutputFile(name: "a.epub", bytes: [3])])) { error in
            let report = FailureReport(error)
            XCTAssertEqual(report.exitStatus, 73)
            XCTAssertTrue(report.message.contains("a.epub: error: two outputs have this name"), report.message)
        }
        XCTAssertEqual((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? [], [], "nothing may be written")
    }

    // MARK: dates

    func testSourceDateEpochDatesEveryOutput() throws {
        let r = try CLI.run(["build", "--format", "pdf", "--format", "epub", "editions/2026-05-28.md"], in: publication,
                            environment: ["SOURCE_DATE_EPOCH": "1780302600"])  // 2026-06-01T08:30:00Z
        XCTAssertEqual(r.status, 0, r.stderr)
        let info = try Tool.output("pdfinfo", [publication.appendingPathComponent("out/2026-05-28.pdf").path])
        XCTAssertTrue(info.contains("CreationDate:    Mon Jun  1 08:30:00 2026 UTC"), "PDF date; pdfinfo says:\n\(info)")
        let opf = try Tool.output("unzip", ["-p", publication.appendingPathComponent("out/2026-05-28.epub").path, "OEBPS/content.opf"])
        XCTAssertTrue(opf.contains(">2026-06-01T08:30:00Z<"), "EPUB dcterms:modified; content.opf:\n\(opf)")
    }

    func testSourceDateEpochValues() throws {
        XCTAssertNil(try BuildOptions.sourceDate(from: [:]))
        XCTAssertNil(try BuildOptions.sourceDate(from: ["SOURCE_DATE_EPOCH": ""]), "empty counts as unset")
        XCTAssertEqual(try BuildOptions.sourceDate(from: ["SOURCE_DATE_EPOCH": "951782400"])?.w3c, "2000-02-29T00:00:00Z")
        for bad in ["-1", "1e9", "1780302600.5", "99999999999999"] {
            XCTAssertThrowsError(try BuildOptions.sourceDate(from: ["SOURCE_DATE_EPOCH": bad]), "\(bad) must be refused") {
                XCTAssertEqual(FailureReport($0).exitStatus, 64)
            }
        }
    }

    func testInvalidSourceDateEpochIsAUsageErrorForEveryFormat() throws {
        for format in ["pdf", "epub"] {
            let r = try CLI.run(["build", "--format", format, "editions/2026-05-28.md"], in: publication,
                                environment: ["SOURCE_DATE_EPOCH": "yesterday"])
            XCTAssertEqual(r.status, 64, "--format \(format); stderr: \(r.stderr)")
            XCTAssertTrue(r.stderr.hasPrefix("error: SOURCE_DATE_EPOCH is \"yesterday\""), r.stderr)
        }
        let r = try CLI.run(["bundle", ".", "--month", "2026-05"], in: publication, environment: ["SOURCE_DATE_EPOCH": "1.5"])
        XCTAssertEqual(r.status, 64, r.stderr)
    }

    // MARK: layout

    func testCheckReportsABrokenLayout() throws {
        let looks = publication.appendingPathComponent("looks")
        try FileManager.default.createDirectory(at: looks, withIntermediateDirectories: true)
        try Data("headings: [\n".utf8).write(to: looks.appendingPathComponent("wechat.yaml"))
        try edit("publication.yaml") { $0.replacingOccurrences(of: "layout: default", with: "layout: ./looks") }
        let r = try CLI.run(["check", "editions/2026-05-28.md"], in: publication)
        XCTAssertEqual(r.status, 78, "check must decode the layout as build does; stderr: \(r.stderr)")
        XCTAssertTrue(r.stderr.contains("wechat.yaml") && r.stderr.contains("error:"), r.stderr)
    }

    // MARK: exit statuses and messages

    func testFailureReportsMapTypesToStatuses() {
        struct Surprise: Error, CustomStringConvertible { var description: String { "something odd" } }
        XCTAssertEqual(FailureReport(Surprise()), FailureReport(message: "error: internal error: something odd", exitStatus: 70))
        XCTAssertEqual(FailureReport(UsageError("bad")).exitStatus, 64)
        XCTAssertEqual(FailureReport(MissingSourceFile(path: "x.md")).exitStatus, 66)
        XCTAssertEqual(FailureReport(UnreadableSourceFile(path: "x.md", reason: "it is a folder")).exitStatus, 66)
        let source = FailureReport(SourceErrors([Diagnostic(SourceLocation(file: "e.md", line: 3, column: 4), "oops", hint: "fix")]))
        XCTAssertEqual(source.exitStatus, 65)
        XCTAssertTrue(source.message.hasPrefix("e.md:3:4: error: oops"), source.message)
        // An image of the publication that the PDF cannot print is the editor's to fix.
        let image = FailureReport(PDFRenderError.unusableImage(path: "assets/broken.png", reason: "corrupt PNG image data"))
        XCTAssertEqual(image.exitStatus, 65)
        XCTAssertTrue(image.message.hasPrefix("assets/broken.png: error:"), image.message)
        // The engine's and the writer's errors reach the CLI wrapped by the PDF backend.
        XCTAssertEqual(FailureReport(PDFRenderError.font(.notFound(family: "X", hint: "install it"))).exitStatus, 78)
        XCTAssertEqual(FailureReport(PDFRenderError.writer(.fontUnreadable(path: "/f.otf"))).exitStatus, 78)
        XCTAssertEqual(FailureReport(PDFRenderError.writer(.unsupportedImage(reason: "CMYK"))).exitStatus, 65)
        XCTAssertEqual(FailureReport(PDFRenderError.writer(.undefinedDestination(name: "x"))).exitStatus, 70)
        XCTAssertEqual(FailureReport(PDFRenderError.qrCode(url: "https://x", problem: "too long")).exitStatus, 65)
    }

    // MARK: bundle

    func testBundleIgnoresFilesThatAreNotADay() throws {
        try Data("草稿，尚未完成\n".utf8).write(to: publication.appendingPathComponent("editions/2026-05-28-draft.md"))
        let r = try CLI.run(["bundle", ".", "--month", "2026-05"], in: publication)
        XCTAssertEqual(r.status, 0, "a draft beside the editions is not an edition; stderr: \(r.stderr)")
        XCTAssertTrue(r.stderr.contains("bundled 2 editions of 2026-05"), r.stderr)
    }

    func testProgressLineCountsEditionsAndClearsBeforeTheLast() {
        XCTAssertEqual(Pipeline.progressLine(index: 0, total: 3, path: "/p/editions/2026-05-01.md"), "\r\u{1B}[K[1/3] 2026-05-01.md")
        XCTAssertEqual(Pipeline.progressLine(index: 2, total: 3, path: "/p/editions/2026-05-03.md"), "\r\u{1B}[K")
    }

    // MARK: new

    func testNewLeavesNothingWhenTheEditionCannotBeWritten() throws {
        let fresh = publication.deletingLastPathComponent().appendingPathComponent("fresh")
        try FileManager.default.createDirectory(at: fresh, withIntermediateDirectories: true)
        try Data("not a folder".utf8).write(to: fresh.appendingPathComponent("editions"))
        let r = try CLI.run(["new", ".", "--date", "2026-06-01"], in: fresh)
        XCTAssertEqual(r.status, 73, r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: fresh.appendingPathComponent("publication.yaml").path),
                       "a failed `new` must not leave half a publication")
    }

    func testNewDoesNotReplaceWhatIsAlreadyThere() throws {
        // A dangling symbolic link is "nothing there" to a check, but a rename replaces it.
        let link = publication.appendingPathComponent("editions/2026-06-01.md")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "elsewhere.md")
        let r = try CLI.run(["new", ".", "--date", "2026-06-01"], in: publication)
        XCTAssertEqual(r.status, 73, r.stderr)
        XCTAssertTrue(r.stderr.contains("already exists"), r.stderr)
        XCTAssertEqual(try? FileManager.default.destinationOfSymbolicLink(atPath: link.path), "elsewhere.md", "the link was replaced")
        let left = try FileManager.default.contentsOfDirectory(atPath: link.deletingLastPathComponent().path).filter { $0.hasPrefix(".") }
        XCTAssertEqual(left, [], "no temporary file may be left behind")
    }

    // MARK: help

    func testHelpKeepsExampleLinesWholeAndSaysWherePublicationYamlIsFound() throws {
        let r = try CLI.run(["--help"], in: publication, environment: ["COLUMNS": "80"])
        let lines = r.stdout.components(separatedBy: "\n")
        XCTAssertTrue(lines.contains("  briefpress build editions/2026-05-28.md"), r.stdout)
        XCTAssertFalse(lines.contains { $0.hasPrefix("out/") || $0 == "file," }, "a hand-broken line was wrapped again:\n\(r.stdout)")
        XCTAssertTrue(r.stdout.replacingOccurrences(of: "\n", with: " ").contains("publication.yaml in the nearest folder above"), r.stdout)
    }

    func testBuildHelpListsEachFormatOnce() throws {
        let help = try CLI.run(["build", "--help"], in: publication, environment: ["COLUMNS": "100"]).stdout
        XCTAssertFalse(help.contains("pdf|html|epub"), "formats listed twice:\n\(help)")
        XCTAssertEqual(help.components(separatedBy: "print PDF").count - 1, 1, help)
    }
}

/// A command-line tool's output, for judging real files.
enum Tool {
    static func output(_ tool: String, _ arguments: [String]) throws -> String {
        try ToolProcess.run("/usr/bin/env", [tool] + arguments).text
    }
}
