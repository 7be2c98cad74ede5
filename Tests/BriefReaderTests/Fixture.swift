import BriefModel
import BriefReader
import Foundation
import XCTest
import TestSupport

/// A throwaway publication folder for one test: write files, read them, and the folder is
/// removed when the fixture goes away.
final class Fixture {
    let root: URL

    init() {
        root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("briefpress-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: root.appendingPathComponent("editions"), withIntermediateDirectories: true)
        write("publication.yaml", Fixture.publication)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    @discardableResult
    func write(_ path: String, _ text: String) -> String {
        write(path, Data(text.utf8))
    }

    @discardableResult
    func write(_ path: String, _ data: Data) -> String {
        let url = root.appendingPathComponent(path)
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! data.write(to: url)
        return url.path
    }

    static var repository: URL {
        Checkout.root
    }

    static let publication = """
    title: 测试简报
    publisher: 测试编辑部
    producers: [甲, 乙]
    contact:
      heading: 联系我们
      codes:
        - label: 网站
          caption: example.org
          url: https://example.org
      about:
        - name: 编辑部
          text: 一个用于测试的编辑部。
      website: https://example.org

    """

    /// A valid edition body to vary in tests.
    static func edition(date: String = "2026-05-28", extraFront: String = "", body: String = "# 第一节\n\n正文[@a]。\n") -> String {
        """
        ---
        date: \(date)
        \(extraFront)references:
          - id: a
            source: 来源甲
            title: 标题甲
          - id: b
            source: 来源乙
            title: 标题乙
        ---

        \(body)
        """
    }

    /// Reads `path` and returns the problems reported; fails the calling test when the
    /// sources read, or fail with anything but source problems.
    static func problems(readingEditionAt path: String, file: StaticString = #filePath, line: UInt = #line) -> [Diagnostic] {
        do {
            _ = try BriefingReader.read(editionAt: path)
            XCTFail("expected the sources to be rejected, but they read", file: file, line: line)
        } catch let errors as SourceErrors {
            return errors.diagnostics
        } catch {
            XCTFail("expected SourceErrors, found \(type(of: error)): \(error)", file: file, line: line)
        }
        return []
    }

    /// The edition `text` written as editions/2026-05-28.md of a fresh publication, read.
    static func readEdition(_ text: String) throws -> Edition {
        let f = Fixture()
        return try BriefingReader.read(editionAt: f.write("editions/2026-05-28.md", text)).edition
    }

    /// The problems of the edition `text` written as editions/2026-05-28.md of a fresh publication.
    static func problems(ofEdition text: String, file: StaticString = #filePath, line: UInt = #line) -> [Diagnostic] {
        let f = Fixture()
        return problems(readingEditionAt: f.write("editions/2026-05-28.md", text), file: file, line: line)
    }
}

