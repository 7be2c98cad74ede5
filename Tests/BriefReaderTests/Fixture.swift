import Foundation
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
}
