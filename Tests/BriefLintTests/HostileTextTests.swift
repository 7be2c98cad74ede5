import BriefLint
import Foundation
import XCTest

/// Text built to make a careless scanner quadratic: the lint of each stays linear, so a
/// paragraph of hundreds of kilobytes is linted in well under a second.
final class HostileTextTests: XCTestCase {
    func testPathologicalParagraphsLintQuickly() throws {
        let n = 20_000
        let paragraphs = [
            String(repeating: "中](", count: n),                 // link targets never closed
            String(repeating: "（", count: n) + String(repeating: "”", count: n),  // closers of another kind
            String(repeating: "(中", count: n) + String(repeating: ")", count: n),  // deep nesting
            (1...200).map { String(repeating: "`", count: $0) + "中" }.joined(),   // code spans never closed
            String(repeating: "中,", count: n),                  // a finding at every other character
        ]
        for paragraph in paragraphs {
            let harness = try LintHarness(body: "# 经济\n\n\(paragraph)\n")
            defer { harness.remove() }
            let start = Date()
            _ = try harness.findings()
            _ = try harness.fix()
            XCTAssertLessThan(Date().timeIntervalSince(start), 5, "\(paragraph.prefix(8))…")
        }
    }
}
