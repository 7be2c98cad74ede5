import Foundation
import XCTest

/// The hostile sources of the reliability review, through the real binary: each is refused
/// by `check` and by `build` with exit 65 and a located message, and `build` writes nothing.
final class HostileSourceTests: ExamplePublicationTestCase {
    var out: URL { publication.appendingPathComponent("out") }

    func assertRefused(_ pattern: String, file: StaticString = #filePath, line: UInt = #line) throws {
        for command in ["check", "build"] {
            let r = try CLI.run([command, "editions/2026-05-28.md"], in: publication)
            XCTAssertEqual(r.status, 65, "\(command): \(r.stderr)", file: file, line: line)
            XCTAssertNotNil(r.stderr.range(of: pattern, options: .regularExpression), "\(command): expected \(pattern) in \(r.stderr)", file: file, line: line)
            XCTAssertLessThan(r.stderr.count, 2_000, "\(command): the report quotes too much", file: file, line: line)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path), "a refused build wrote out/", file: file, line: line)
    }

    func testAScriptAddressInAReferenceIsRefused() throws {
        try edit("editions/2026-05-28.md") { text in
            var replaced = false
            return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                guard !replaced, line.hasPrefix("    url: ") else { return String(line) }
                replaced = true
                return "    url: javascript:alert(1)"
            }.joined(separator: "\n")
        }
        try assertRefused(#"2026-05-28\.md:\d+:10: error: `url` in a reference: `javascript:` addresses are not allowed"#)
    }

    func testAFileAddressAsTheWebsiteIsRefused() throws {
        try edit("publication.yaml") { $0.replacingOccurrences(of: "  website: ", with: "  website: file:///etc/passwd\n  # ") }
        try assertRefused(#"publication\.yaml:\d+:12: error: `website` in contact: `file:` addresses are not allowed"#)
    }

    func testAContactAddressNoQRCodeHoldsIsRefusedByCheck() throws {
        let long = "https://example.org/" + String(repeating: "码", count: 800)
        try edit("publication.yaml") { $0.replacingOccurrences(of: "url: https://data.xinzhi-demo.example.org", with: "url: \(long)") }
        try assertRefused(#"publication\.yaml:\d+:\d+: error: `url` of a contact code: 2420 bytes do not fit in a QR code"#)
    }

    func testDeepQuotesAreRefusedAtTheirLine() throws {
        try edit("editions/2026-05-28.md") { $0 + "\n" + String(repeating: "> ", count: 20_000) + "x\n" }
        try assertRefused(#"2026-05-28\.md:\d+:33: error: quotes and lists nested more than 16 levels deep"#)
    }

    func testDeepEmphasisIsRefusedAtItsLine() throws {
        try edit("editions/2026-05-28.md") { $0 + "\n" + String(repeating: "*", count: 19_400) + "x" + String(repeating: "*", count: 19_400) + "\n" }
        try assertRefused(#"2026-05-28\.md:\d+:1: error: emphasis, strong text and links nested more than 16 levels deep"#)
    }
}
