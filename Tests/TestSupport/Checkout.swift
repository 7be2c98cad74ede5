import Foundation

/// The repository the tests were compiled from, found from this file's own path
/// (Tests/TestSupport/Checkout.swift), so no absolute path is written anywhere and the
/// tests work in any clone or worktree.
public enum Checkout {
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
