import BriefLint
import XCTest

/// A figure or table caption that types its own number; the figure needs a real image.
final class CaptionTests: XCTestCase {
    /// A 1×1 greyscale PNG.
    static let png: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x00, 0x00, 0x00, 0x00, 0x3A, 0x7E, 0x9B,
        0x55, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x60, 0x00, 0x00, 0x00,
        0x02, 0x00, 0x01, 0x48, 0xAF, 0xA4, 0x71, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
        0x42, 0x60, 0x82,
    ]

    func testTypedFigureNumberIsRemoved() throws {
        let body = "# 经济\n\n![图 2：产量走势](../assets/c.png)\n\n![表1 产量](../assets/c.png)\n\n![图表显示产量](../assets/c.png)\n"
        let harness = try LintHarness(body: body)
        defer { harness.remove() }
        try FileManager.default.createDirectory(at: harness.directory.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try Data(CaptionTests.png).write(to: harness.directory.appendingPathComponent("assets/c.png"))
        XCTAssertEqual(try harness.findings().map { "\($0.rule.rawValue)@\($0.location.line - LintHarness.bodyFirstLine + 1):\($0.location.column)" },
                       ["typed-caption-number@3:3", "typed-caption-number@5:3"])
        _ = try harness.fix()
        XCTAssertEqual(String(harness.text.dropFirst(LintHarness.frontMatter.count)),
                       "# 经济\n\n![产量走势](../assets/c.png)\n\n![产量](../assets/c.png)\n\n![图表显示产量](../assets/c.png)\n")
    }

    /// pandoc's `Table:` and `:` captions: the marker is not text, the typed number after it is
    /// found at its column and deleted by `fix`; the marker's colon is no half-width fault.
    func testTypedTableNumberIsFoundAfterTheCaptionMarker() {
        let body = "# 经济\n\n| 地区 | 产量 |\n|---|---:|\n| 华东 | 12 |\n\nTable: 表 1　各地产量\n\n| a | b |\n|---|---|\n| c | d |\n\n: Table 2. 产量\n"
        XCTAssertEqual(LintHarness.places(body), ["typed-caption-number@7:8", "typed-caption-number@13:3"])
        XCTAssertEqual(LintHarness.fixed(body),
                       "# 经济\n\n| 地区 | 产量 |\n|---|---:|\n| 华东 | 12 |\n\nTable: 各地产量\n\n| a | b |\n|---|---|\n| c | d |\n\n: 产量\n")
    }
}
