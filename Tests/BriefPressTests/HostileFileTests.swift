import Foundation
import XCTest

/// Files that are not what their names promise: pipes named like sources or layout
/// files, layout paths that point at whole file systems, repeated YAML keys. Each is
/// refused at once, with its path or line, and no output is written.
final class HostileFileTests: ExamplePublicationTestCase {
    var out: URL { publication.appendingPathComponent("out") }

    func makeFIFO(_ path: String) throws {
        let url = publication.appendingPathComponent(path)
        try? FileManager.default.removeItem(at: url)
        XCTAssertEqual(mkfifo(url.path, 0o644), 0, "mkfifo \(path)")
    }

    /// The command ends (a pipe never blocks it), with `status`, and writes nothing.
    func assertRefused(_ arguments: [String], status: Int32, mentions: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let r = try CLI.run(arguments, in: publication)
        XCTAssertEqual(r.status, status, r.stderr, file: file, line: line)
        XCTAssertTrue(r.stderr.contains(mentions), "expected \(mentions) in: \(r.stderr)", file: file, line: line)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path), "a refused run wrote out/", file: file, line: line)
    }

    func testAPipeNamedLikeAnEditionIsRefused() throws {
        try makeFIFO("editions/2026-05-29.md")
        try assertRefused(["check", "editions/2026-05-29.md"], status: 66, mentions: "editions/2026-05-29.md: error: cannot read the file (it is a pipe, not a regular file)")
        try assertRefused(["build", "editions/2026-05-29.md"], status: 66, mentions: "it is a pipe")
        try assertRefused(["bundle", ".", "--month", "2026-05"], status: 65, mentions: "2026-05-29.md:1:1: error: cannot read the edition (it is a pipe")
    }

    func testAPipeAsPublicationYamlIsRefused() throws {
        try makeFIFO("publication.yaml")
        try assertRefused(["check", "editions/2026-05-28.md"], status: 66, mentions: "publication.yaml: error: cannot read the file (it is a pipe")
        try assertRefused(["build", "editions/2026-05-28.md"], status: 66, mentions: "it is a pipe")
    }

    func testAPipeInALayoutFolderIsRefused() throws {
        let looks = publication.appendingPathComponent("looks")
        try FileManager.default.createDirectory(at: looks, withIntermediateDirectories: true)
        try makeFIFO("looks/wechat.yaml")
        try edit("publication.yaml") { $0.replacingOccurrences(of: "layout: default", with: "layout: ./looks") }
        try assertRefused(["check", "editions/2026-05-28.md"], status: 66, mentions: "looks/wechat.yaml: error: cannot read the file (it is a pipe")
    }

    /// `layout: /` once walked the whole file system; a layout folder is read by name.
    func testALayoutPathThatIsNoLayoutIsRefusedAtItsLine() throws {
        for path in ["/", "/usr", "./editions"] {
            try edit("publication.yaml") { text in
                text.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.hasPrefix("layout:") ? "layout: \(path)" : String($0) }.joined(separator: "\n")
            }
            let line = try layoutLine()
            try assertRefused(["check", "editions/2026-05-28.md"], status: 78,
                              mentions: "publication.yaml:\(line):9: error: `\(path)` is not a layout folder")
        }
    }

    func testAnUnknownLayoutNameIsReportedAtItsLine() throws {
        try edit("publication.yaml") { $0.replacingOccurrences(of: "layout: default", with: "layout: fancy") }
        try assertRefused(["build", "editions/2026-05-28.md"], status: 78,
                          mentions: "publication.yaml:\(try layoutLine()):9: error: unknown layout `fancy`")
    }

    func testARepeatedKeyIsReportedAtTheKeyWithoutQuotingTheFile() throws {
        try edit("publication.yaml") { $0.replacingOccurrences(of: "layout: default", with: "layout: default\ntitle: 又一个标题") }
        let r = try CLI.run(["check", "editions/2026-05-28.md"], in: publication)
        XCTAssertEqual(r.status, 65, r.stderr)
        let titleLine = try XCTUnwrap(try lines().firstIndex { $0.hasPrefix("title:") }) + 1
        XCTAssertTrue(r.stderr.contains("publication.yaml:\(titleLine):1: error: `title` is given more than once"), r.stderr)
        XCTAssertLessThan(r.stderr.count, 400, "the message quotes the file: \(r.stderr)")
    }

    func lines() throws -> [String] {
        try String(contentsOf: publication.appendingPathComponent("publication.yaml"), encoding: .utf8).components(separatedBy: "\n")
    }

    func layoutLine() throws -> Int { try XCTUnwrap(try lines().firstIndex { $0.hasPrefix("layout:") }) + 1 }
}

extension HostileFileTests {
    func testAPipeNamedLikeAnImageIsRefusedAtTheLineThatNamesIt() throws {
        try FileManager.default.createDirectory(at: publication.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try makeFIFO("assets/chart.png")
        try edit("editions/2026-05-28.md") { $0 + "\n![图表](assets/chart.png)\n" }
        let r = try CLI.run(["check", "editions/2026-05-28.md"], in: publication)
        XCTAssertEqual(r.status, 65, r.stderr)
        XCTAssertNotNil(r.stderr.range(of: #"2026-05-28\.md:\d+:1: error: image `assets/chart\.png` cannot be read \(it is a pipe"#, options: .regularExpression), r.stderr)
    }
}
