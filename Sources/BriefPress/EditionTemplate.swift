import BriefModel
import Foundation

/// `briefpress new`: starts a publication (when the folder has none) and a day's edition
/// from templates that already follow the format, so an editor fills in rather than recalls.
public enum EditionTemplate {
    public struct Refusal: Error, CustomStringConvertible {
        public var description: String
    }

    /// Creates `editions/DATE.md` in `publicationDirectory`; creates `publication.yaml` too when
    /// the folder has none. Never overwrites. Returns the files it created.
    public static func create(in publicationDirectory: URL, date: EditionDate) throws -> [URL] {
        let fm = FileManager.default
        var created: [URL] = []
        let publicationFile = publicationDirectory.appendingPathComponent("publication.yaml")
        let edition = publicationDirectory.appendingPathComponent("editions/\(date).md")
        if fm.fileExists(atPath: edition.path) {
            throw Refusal(description: "\(edition.path): error: the edition already exists; not overwriting it\n  hint: edit it, or pass --date for another day")
        }
        let writer = OutputWriter(directory: publicationDirectory)
        if !fm.fileExists(atPath: publicationFile.path) {
            created += try writer.write([OutputFile(name: "publication.yaml", bytes: Array(publicationYAML.utf8))])
            try fm.createDirectory(at: publicationDirectory.appendingPathComponent("assets"), withIntermediateDirectories: true)
        }
        created += try OutputWriter(directory: edition.deletingLastPathComponent())
            .write([OutputFile(name: edition.lastPathComponent, bytes: Array(editionMarkdown(date).utf8))])
        return created
    }

    static let publicationYAML = """
    # What every edition shares. See FORMAT in the BriefPress README for every key.
    title: 每日动态
    publisher: 编辑部
    producers: []
    language: zh-CN
    layout: default
    contact:
      heading: 联系我们，请扫描二维码
      codes:
        - label: 官方网站
          caption: example.org
          url: https://example.org
      website: https://example.org

    """

    static func editionMarkdown(_ date: EditionDate) -> String {
        """
        ---
        date: \(date)
        references:
          - id: source-1
            source: 来源机构
            title: 报道标题
            date: \(date)
            note: 用于核验的内容
        ---

        # 摘要 {.summary}

        用一段话概括今天的要点。

        # 第一条动态的标题

        正文。引用参考文献时写成这样[@source-1]。

        # 今日判断 {-}

        今天的总体判断。

        """
    }
}
