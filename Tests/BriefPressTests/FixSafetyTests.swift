import Foundation
import XCTest

/// `fix` mends characters only: an edit that would change what the edition renders as
/// (swallow a `**`, turn emphasis into literal stars, move the end of an address) is not
/// made and its finding stays a warning; a symbolic link's target is edited in place.
final class FixSafetyTests: ExamplePublicationTestCase {
    static let body = """
    # 节

    **记者观察,** 今年订单增长。

    这是**重点。**。后文如此。

    ## **一、** 标题

    他说 **“重要”** 然后离开。

    见 https://zh.wikipedia.org/wiki/北京,上海 和更多。

    中文,测试。

    """

    func writeEdition() throws -> URL {
        let url = publication.appendingPathComponent("editions/2026-05-28.md")
        try Data("---\ndate: 2026-05-28\n---\n\n\(Self.body)".utf8).write(to: url)
        return url
    }

    func testEditsThatWouldChangeTheRenderingAreNotMade() throws {
        let url = try writeEdition()
        let before = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        let r = try CLI.run(["fix", "editions/2026-05-28.md"], in: publication)
        XCTAssertEqual(r.status, 0, r.stderr)
        let after = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        XCTAssertEqual(after.count, before.count)
        for (old, new) in zip(before, after) where old != new {
            XCTAssertEqual(old, "中文,测试。", "only the plain line may change; \(old) became \(new)")
            XCTAssertEqual(new, "中文，测试。")
        }
        XCTAssertTrue(r.stdout.contains(":17:3: fixed: half-width `,` in Chinese text"), r.stdout)
        // What was refused is still reported, and the address is never judged.
        XCTAssertTrue(r.stderr.contains(":7:7: warning: half-width `,` in Chinese text"), r.stderr)
        XCTAssertFalse(r.stderr.contains(":15:"), "the address runs to the next space: \(r.stderr)")
    }

    func testASymbolicLinkIsFollowedAndKept() throws {
        let url = try writeEdition()
        let real = publication.appendingPathComponent("drafts/real.md")
        try FileManager.default.createDirectory(at: real.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: url, to: real)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: real.path)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: "../drafts/real.md")
        let r = try CLI.run(["fix", "editions/2026-05-28.md"], in: publication)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: url.path), "../drafts/real.md")
        XCTAssertTrue(try String(contentsOf: real, encoding: .utf8).contains("中文，测试。"))
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: real.path)[.posixPermissions] as? Int, 0o640)
    }
}
