import BriefModel
import Foundation

/// `briefpress new`: starts a publication (when the folder has none) and a day's edition
/// from templates that already follow the format, so an editor fills in rather than recalls.
public enum EditionTemplate {
    public struct Refusal: Error, CustomStringConvertible {
        public var description: String
    }

    /// Creates `editions/DATE.md` in `publicationDirectory`; creates `publication.yaml` too when
    /// the folder has none. Never overwrites: each file is created exclusively (see
    /// `createExclusively`), so a file that appears meanwhile is refused, not replaced. The edition is written
    /// first, and removed again if the publication cannot be, so a failure leaves nothing
    /// half made. Returns the files it created.
    public static func create(in publicationDirectory: URL, date: EditionDate) throws -> [URL] {
        let fm = FileManager.default
        let publicationFile = publicationDirectory.appendingPathComponent("publication.yaml")
        let edition = publicationDirectory.appendingPathComponent("editions/\(date).md")
        let needsPublication = !fm.fileExists(atPath: publicationFile.path)
        do {
            try fm.createDirectory(at: edition.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw OutputWriter.Failure(description: "\(edition.deletingLastPathComponent().path): error: cannot create the folder (\(error.localizedDescription))")
        }
        try createExclusively(edition, Array(editionMarkdown(date).utf8),
                              exists: "the edition already exists; not overwriting it\n  hint: edit it, or pass --date for another day")
        guard needsPublication else { return [edition] }
        do {
            try createExclusively(publicationFile, Array(publicationYAML.utf8),
                                  exists: "publication.yaml appeared while the edition was being made; not overwriting it")
            try fm.createDirectory(at: publicationDirectory.appendingPathComponent("assets"), withIntermediateDirectories: true)
        } catch {
            try? fm.removeItem(at: edition)
            throw error
        }
        return [publicationFile, edition]
    }

    /// Writes `bytes` to a new file at `url`, atomically and never over anything: the bytes
    /// go to a temporary file in the same folder, which is then hard-linked to `url`.
    /// link(2) fails with EEXIST when anything (even a dangling symbolic link) is there,
    /// where a rename would silently replace it; a reader never sees a half-written file.
    static func createExclusively(_ url: URL, _ bytes: [UInt8], exists: String) throws {
        let temp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial-\(getpid())")
        guard FileManager.default.createFile(atPath: temp.path, contents: Data(bytes)) else {
            throw OutputWriter.Failure(description: "\(url.path): error: cannot write the file (is the folder writable?)")
        }
        defer { unlink(temp.path) }
        guard link(temp.path, url.path) == 0 else {
            if errno == EEXIST { throw Refusal(description: "\(url.path): error: \(exists)") }
            throw OutputWriter.Failure(description: "\(url.path): error: cannot create the file (\(String(cString: strerror(errno))))")
        }
    }

    /// Today in the editor's own time zone: an edition is named after the local day.
    public static func today() -> EditionDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return EditionDate(year: parts.year!, month: parts.month!, day: parts.day!)!
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
