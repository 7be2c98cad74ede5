import BriefModel
@testable import BriefPress
import Foundation
import PDFBackend
import EPUBBackend
import PDFWriter
import WeChatBackend
import XCTest

/// How failures reach the editor: messages with one `error:`,
/// statuses of image and bundle failures, `new` on odd folders and file systems, repeated
/// formats, and SOURCE_DATE_EPOCH past the year 9999.
final class FailureMessageTests: ExamplePublicationTestCase {
    // MARK: messages and statuses

    func testBrokenPDFLayoutIsReportedWithOneErrorPrefix() throws {
        let looks = publication.appendingPathComponent("looks")
        try FileManager.default.createDirectory(at: looks, withIntermediateDirectories: true)
        let pdf = try String(contentsOf: CLI.repository.appendingPathComponent("layouts/default/pdf.yaml"), encoding: .utf8)
        try pdf.replacingOccurrences(of: "columns: 40", with: "columns: forty").write(to: looks.appendingPathComponent("pdf.yaml"), atomically: true, encoding: .utf8)
        try edit("publication.yaml") { $0.replacingOccurrences(of: "layout: default", with: "layout: ./looks") }
        let r = try CLI.run(["build", "--format", "pdf", "editions/2026-05-28.md"], in: publication)
        XCTAssertEqual(r.status, 78, r.stderr)
        let first = r.stderr.components(separatedBy: "\n")[0]
        XCTAssertTrue(first.contains("pdf.yaml:") && first.contains(": error: "), "expected `FILE:LINE:COL: error:`, found: \(r.stderr)")
        XCTAssertFalse(r.stderr.hasPrefix("error: "), "the message already names its place; found a second prefix: \(r.stderr)")
    }

    func testBrokenWeChatLayoutIsReportedLikeThePDFLayout() throws {
        let looks = publication.appendingPathComponent("looks")
        try FileManager.default.createDirectory(at: looks, withIntermediateDirectories: true)
        let wechat = try String(contentsOf: CLI.repository.appendingPathComponent("layouts/default/wechat.yaml"), encoding: .utf8)
        try wechat.replacingOccurrences(of: "  body: 16", with: "  body: 12").replacingOccurrences(of: "  radius: 4 ", with: "  radus: 4 ")
            .write(to: looks.appendingPathComponent("wechat.yaml"), atomically: true, encoding: .utf8)
        try edit("publication.yaml") { $0.replacingOccurrences(of: "layout: default", with: "layout: ./looks") }
        let r = try CLI.run(["build", "--format", "html", "editions/2026-05-28.md"], in: publication)
        XCTAssertEqual(r.status, 78, r.stderr)
        let file = looks.standardizedFileURL.appendingPathComponent("wechat.yaml").path
        for expected in ["\(file):", ": error: `sizes.body` must be a text size from 14 to 18 px", ": error: missing key `boxes.radius`",
                         ": error: unknown key `boxes.radus`: did you mean `radius`?"] {
            XCTAssertTrue(r.stderr.contains(expected), "expected `\(expected)` in:\n\(r.stderr)")
        }
    }

    func testEveryMappedMessageHasExactlyOneErrorPrefix() {
        let errors: [Error] = [
            PDFRenderError.missingLayoutFile(file: "/p/pdf.yaml"),
            PDFRenderError.writer(.unsupportedImage(reason: "a CMYK JPEG")),
            PDFRenderError.writer(.fontUnreadable(path: "/f.otf")),
            PDFRenderError.writer(.subsetFailed(font: "/f.otf", reason: "hb-subset said no")),
            PDFRenderError.font(.notFound(family: "Noto Serif CJK SC", hint: "apt-get install fonts-noto-cjk")),
            PDFRenderError.qrCode(url: "https://example.org", problem: "too long"),
            EPUBError.missingStylesheet(layout: "looks"),
            EPUBError.duplicateEdition(date: "2026-05-28"),
            WeChatError.invalidImageBase("http://x"),
            UsageError("bad"),
            UnreadableSourceFile(path: "e.md", reason: "it is a folder"),
            MissingSourceFile(path: "e.md"),
        ]
        for error in errors {
            let message = FailureReport(error).message
            let firstLine = message.components(separatedBy: "\n")[0]
            XCTAssertEqual(firstLine.components(separatedBy: "error:").count - 1, 1, "expected one `error:` in: \(message)")
        }
        XCTAssertEqual(FailureReport(PDFRenderError.missingLayoutFile(file: "/p/pdf.yaml")).exitStatus, 78)
    }

    func testAnImageThePDFCannotEmbedIsADataError() {
        let report = FailureReport(PDFRenderError.writer(.unsupportedImage(reason: "a CMYK JPEG")))
        XCTAssertEqual(report.exitStatus, 65, "an unusable image is a problem in the sources; found: \(report)")
        XCTAssertEqual(report.message, "error: unsupported image: a CMYK JPEG")
    }

    func testReadmeListsTheExitStatusesOfHelp() throws {
        func sentence(_ text: String) -> String? {
            let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard let start = flat.range(of: "Exit status:") else { return nil }
            return flat[start.lowerBound...].components(separatedBy: "problem.")[0]
        }
        let help = try CLI.run(["--help"], in: publication, environment: ["COLUMNS": "200"]).stdout
        let readme = try String(contentsOf: CLI.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let fromHelp = try XCTUnwrap(sentence(help), help)
        XCTAssertTrue(fromHelp.contains("70 an internal error"), fromHelp)
        XCTAssertEqual(sentence(readme), fromHelp, "README and --help list different exit statuses")
    }

    // MARK: new

    func testNewWithAFileNamedAssetsWritesNothing() throws {
        let fresh = publication.deletingLastPathComponent().appendingPathComponent("fresh")
        try FileManager.default.createDirectory(at: fresh, withIntermediateDirectories: true)
        try Data("not a folder".utf8).write(to: fresh.appendingPathComponent("assets"))
        let r = try CLI.run(["new", ".", "--date", "2026-06-01"], in: fresh)
        XCTAssertEqual(r.status, 73, r.stderr)
        XCTAssertTrue(r.stderr.contains("assets: error: cannot create the folder: a file of this name is in the way"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: fresh.appendingPathComponent("publication.yaml").path),
                       "a failed `new` left publication.yaml behind")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: fresh.appendingPathComponent("editions").path), [],
                       "a failed `new` left an edition behind")
    }

    func testNewWritesWhereTheFileSystemHasNoHardLinks() throws {
        for code in [EPERM, ENOTSUP, EMLINK] {
            let folder = publication.appendingPathComponent("nolinks-\(code)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let file = folder.appendingPathComponent("publication.yaml")
            try EditionTemplate.createExclusively(file, Array("title: 甲\n".utf8), exists: "there", hardLink: { _, _ in code })
            XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "title: 甲\n", "link(2) failing with errno \(code)")
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["publication.yaml"],
                           "no temporary file may be left behind")
            XCTAssertThrowsError(try EditionTemplate.createExclusively(file, [1], exists: "there", hardLink: { _, _ in code })) {
                XCTAssertEqual(FailureReport($0).message, "\(file.path): error: there")
            }
            XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "title: 甲\n", "an existing file was replaced")
        }
        let other = publication.appendingPathComponent("other.yaml")
        XCTAssertThrowsError(try EditionTemplate.createExclusively(other, [1], exists: "there", hardLink: { _, _ in EACCES })) {
            XCTAssertEqual(FailureReport($0).exitStatus, 73)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: other.path), "only a file system without hard links falls back")
    }

    // MARK: build

    func testAFormatNamedTwiceIsBuiltOnce() throws {
        XCTAssertEqual(BuildOptions(formats: [.pdf, .epub, .pdf, .epub], outputDirectory: publication).formats, [.pdf, .epub])
        let r = try CLI.run(["build", "--format", "epub", "--format", "epub", "editions/2026-05-28.md"], in: publication)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout.split(separator: "\n").map { URL(fileURLWithPath: String($0)).lastPathComponent }, ["2026-05-28.epub"])
    }

    func testSourceDateEpochPastTheYear9999SaysSo() throws {
        XCTAssertEqual(try BuildOptions.sourceDate(from: ["SOURCE_DATE_EPOCH": "253402300799"])?.w3c, "9999-12-31T23:59:59Z")
        for late in ["253402300800", "99999999999999", "99999999999999999999999999"] {
            XCTAssertThrowsError(try BuildOptions.sourceDate(from: ["SOURCE_DATE_EPOCH": late])) {
                let report = FailureReport($0)
                XCTAssertEqual(report.exitStatus, 64)
                XCTAssertTrue(report.message.contains("past 9999-12-31"), "\(late): \(report.message)")
                XCTAssertFalse(report.message.contains("whole number"), "\(late) is a whole number: \(report.message)")
            }
        }
    }

    // MARK: bundle

    func testSkipInvalidLeavesOutAnEditionThatCannotBeRead() throws {
        try FileManager.default.createDirectory(at: publication.appendingPathComponent("editions/2026-05-20.md"), withIntermediateDirectories: true)
        let stop = try CLI.run(["bundle", ".", "--month", "2026-05"], in: publication)
        XCTAssertEqual(stop.status, 65, stop.stderr)
        let r = try CLI.run(["bundle", ".", "--month", "2026-05", "--skip-invalid"], in: publication)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("2026-05-20.md:1:1: error: cannot read the edition (it is a folder)"), r.stderr)
        XCTAssertTrue(r.stderr.contains("left out 1 invalid edition: 2026-05-20.md"), r.stderr)
        XCTAssertTrue(r.stderr.contains("bundled 2 editions of 2026-05"), r.stderr)
    }

    func testSkipInvalidWithEveryEditionInvalidIsASourceError() throws {
        for name in ["2026-05-27.md", "2026-05-28.md"] {
            try edit("editions/\(name)") { $0 + "\n见[@missing-id]。\n" }
        }
        let r = try CLI.run(["bundle", ".", "--month", "2026-05", "--skip-invalid"], in: publication)
        XCTAssertEqual(r.status, 65, r.stderr)
        XCTAssertTrue(r.stderr.contains("2026-05-27.md:") && r.stderr.contains("2026-05-28.md:"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: publication.appendingPathComponent("out").path))
    }
}
