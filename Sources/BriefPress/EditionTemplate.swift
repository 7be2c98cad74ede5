import BriefModel
import Foundation

/// `briefpress new`: starts a publication (when the folder has none) and a day's edition
/// from templates that already follow the format, so an editor fills in rather than recalls.
public enum EditionTemplate {
    public struct Refusal: StatusCarryingError, CustomStringConvertible {
        public var description: String
        public var exitStatus: ExitStatus { .cannotCreate }
        public var failureMessage: String { description }
    }

    /// Creates `editions/DATE.md` in `publicationDirectory`; creates `publication.yaml` too when
    /// the folder has none. Never overwrites: each file is created exclusively (see
    /// `createExclusively`), so a file that appears meanwhile is refused, not replaced. The
    /// folders are made first; then the edition, which is removed again if the publication
    /// cannot be written, so a failure leaves nothing half made. Returns the files it created.
    public static func create(in publicationDirectory: URL, date: EditionDate) throws -> [URL] {
        let fm = FileManager.default
        let publicationFile = publicationDirectory.appendingPathComponent("publication.yaml")
        let edition = publicationDirectory.appendingPathComponent("editions/\(date).md")
        let assets = publicationDirectory.appendingPathComponent("assets")
        let needsPublication = !fm.fileExists(atPath: publicationFile.path)
        // Every folder is made before any file is written, so a folder that cannot be made
        // (a file named `assets` in the way) stops `new` with nothing written.
        try makeFolder(edition.deletingLastPathComponent())
        var madeAssets = false
        if needsPublication {
            madeAssets = !fm.fileExists(atPath: assets.path)
            try makeFolder(assets)
        }
        do {
            try createExclusively(edition, Array(editionMarkdown(date).utf8),
                                  exists: "the edition already exists; not overwriting it\n  hint: edit it, or pass --date for another day")
        } catch {
            // rmdir(2) removes the folder only while it is still empty.
            if madeAssets { rmdir(assets.path) }
            throw error
        }
        guard needsPublication else { return [edition] }
        do {
            try createExclusively(publicationFile, Array(publicationYAML.utf8),
                                  exists: "publication.yaml appeared while the edition was being made; not overwriting it")
        } catch {
            try? fm.removeItem(at: edition)
            if madeAssets { rmdir(assets.path) }
            throw error
        }
        return [publicationFile, edition]
    }

    /// Makes `folder` (and its parents) unless it is there; anything else at that path is
    /// an output that cannot be created.
    static func makeFolder(_ folder: URL) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw OutputWriter.Failure(description: "\(folder.path): error: cannot create the folder: a file of this name is in the way\n"
                                           + "  hint: move or rename the file, then run `briefpress new` again")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputWriter.Failure(description: "\(folder.path): error: cannot create the folder (\(error.localizedDescription))")
        }
    }

    /// Errors of link(2) that mean the file system has no hard links (vfat, some network
    /// file systems), not that anything is wrong with the folder.
    static let linkUnsupported: Set<Int32> = [EPERM, ENOTSUP, EMLINK]

    /// Writes `bytes` to a new file at `url`, atomically and never over anything: the bytes
    /// go to a temporary file in the same folder, which is then hard-linked to `url`.
    /// link(2) fails with EEXIST when anything (even a dangling symbolic link) is there,
    /// where a rename would silently replace it; a reader never sees a half-written file.
    /// Where the file system has no hard links, the file is created with O_CREAT|O_EXCL
    /// (still never over anything) and written in place. `hardLink` returns 0 or an errno;
    /// tests replace it to act as such a file system.
    static func createExclusively(_ url: URL, _ bytes: [UInt8], exists: String,
                                  hardLink: (String, String) -> Int32 = { link($0, $1) == 0 ? 0 : errno }) throws {
        let temp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial-\(getpid())")
        guard FileManager.default.createFile(atPath: temp.path, contents: Data(bytes)) else {
            throw OutputWriter.Failure(description: "\(url.path): error: cannot write the file (is the folder writable?)")
        }
        defer { unlink(temp.path) }
        let linkError = hardLink(temp.path, url.path)
        if linkError == 0 { return }
        if linkError == EEXIST { throw Refusal(description: "\(url.path): error: \(exists)") }
        guard linkUnsupported.contains(linkError) else {
            throw OutputWriter.Failure(description: "\(url.path): error: cannot create the file (\(String(cString: strerror(linkError))))")
        }
        try createInPlace(url, bytes, exists: exists)
    }

    /// The fallback of `createExclusively`: open(2) with O_CREAT|O_EXCL refuses anything
    /// already there; the bytes are written and flushed to disk, and the file is removed
    /// again if that fails, so no half-written file stays.
    static func createInPlace(_ url: URL, _ bytes: [UInt8], exists: String) throws {
        let fd = open(url.path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            if errno == EEXIST { throw Refusal(description: "\(url.path): error: \(exists)") }
            throw OutputWriter.Failure(description: "\(url.path): error: cannot create the file (\(String(cString: strerror(errno))))")
        }
        var failure: Int32 = 0
        var written = 0
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let n = write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += n
            }
        }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        if close(fd) != 0, failure == 0 { failure = errno }
        guard failure == 0 else {
            unlink(url.path)
            throw OutputWriter.Failure(description: "\(url.path): error: cannot write the file (\(String(cString: strerror(failure))))")
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
