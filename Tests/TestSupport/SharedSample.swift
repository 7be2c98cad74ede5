import Foundation

/// The real briefing every test suite reads: `shared/samples/xinzhi`, which lives outside the
/// repository in the `shared` folder next to the checkout (`../shared` from the repository
/// root). A git worktree nested in a folder of its own (say `wt/fix-tests`) sits one level
/// further down, so the folders above the checkout are searched nearest first.
/// The checkout is found from the test sources' own path (`Checkout.root`), so no absolute
/// path is written anywhere.
public enum SharedSample {
    static let relativePath = "shared/samples/xinzhi"
    /// The sample's one edition.
    public static let editionDate = "2026-05-28"

    /// The sample publication's folder (holding publication.yaml and editions/).
    public static func directory() throws -> URL {
        var folder = Checkout.root.deletingLastPathComponent()
        while true {
            let candidate = folder.appendingPathComponent(relativePath)
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("publication.yaml").path) {
                return candidate
            }
            if folder.path == "/" { break }
            folder = folder.deletingLastPathComponent()
        }
        throw Prerequisite.missing("the shared sample (\(relativePath) next to the checkout \(Checkout.root.path) or above it)",
                                   remedy: "check out the shared folder beside the repository")
    }

    /// The sample edition's Markdown file.
    public static func edition() throws -> String {
        try directory().appendingPathComponent("editions/\(editionDate).md").path
    }

    /// The original article the sample edition was made from, as plain text.
    public static func original() throws -> String {
        try directory().appendingPathComponent("original-\(editionDate).txt").path
    }
}
