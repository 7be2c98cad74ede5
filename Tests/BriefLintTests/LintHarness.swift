import BriefLint
import BriefModel
import BriefReader
import Foundation
import XCTest

/// Writes a publication with one edition whose body is given, reads it as `check` does, and
/// lints or fixes it: the rules are judged on what the editor typed, through the real reader.
struct LintHarness {
    let directory: URL
    let editionPath: String
    /// Lines before the body: the front matter (`---`, date, a reference, `---`).
    static let frontMatter = "---\ndate: 2026-05-28\nreferences:\n  - {id: a, source: 新华社, title: 报道}\n  - {id: b, source: 人民日报, title: 评论}\n---\n"
    static let bodyFirstLine = 7

    init(body: String, publicationExtra: String = "") throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("editions"), withIntermediateDirectories: true)
        try Data("title: 测试\npublisher: 测试组\n\(publicationExtra)".utf8).write(to: directory.appendingPathComponent("publication.yaml"))
        editionPath = directory.appendingPathComponent("editions/2026-05-28.md").path
        try Data((LintHarness.frontMatter + body).utf8).write(to: URL(fileURLWithPath: editionPath))
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }

    var text: String { (try? String(contentsOfFile: editionPath, encoding: .utf8)) ?? "" }

    func findings() throws -> [LintFinding] {
        let briefing = try BriefingReader.read(editionAt: editionPath)
        return try Linter.lint(briefing.edition, of: briefing.publication)
    }

    func fix() throws -> EditionFixer.Outcome {
        let briefing = try BriefingReader.read(editionAt: editionPath)
        return try EditionFixer.fix(briefing.edition, of: briefing.publication)
    }

    /// `(rule, body line, column)` of each finding; body line 1 is the body's first line.
    static func places(_ body: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        do {
            let harness = try LintHarness(body: body)
            defer { harness.remove() }
            return try harness.findings().map { "\($0.rule.rawValue)@\($0.location.line - bodyFirstLine + 1):\($0.location.column)" }
        } catch {
            XCTFail("\(error)", file: file, line: line)
            return []
        }
    }

    /// The body after `fix`.
    static func fixed(_ body: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            let harness = try LintHarness(body: body)
            defer { harness.remove() }
            _ = try harness.fix()
            return String(harness.text.dropFirst(frontMatter.count))
        } catch {
            XCTFail("\(error)", file: file, line: line)
            return ""
        }
    }
}
