import BriefModel
import BriefReader
import Compression
import XCTest

/// What one edition may cost later stages, checked while reading: the image bytes its
/// figures show (each use counted, as the WeChat article embeds every use), and how many
/// problems one report lists.
final class ReadingBudgetTests: XCTestCase {
    /// A 1.08 MB PNG: 600 × 600 RGB rows stored without compression.
    static let megabytePNG: [UInt8] = {
        let row = [0] + [UInt8](repeating: 0x80, count: 600 * 3)
        let rows = Array([[UInt8]](repeating: row, count: 600).joined())
        return TestPNG.signature + TestPNG.header(width: 600, height: 600)
            + TestPNG.chunk("IDAT", Zlib.compress(rows, level: 0)) + TestPNG.chunk("IEND", [])
    }()

    func figures(_ count: Int) -> String {
        Fixture.edition(body: "# 节\n\n正文[@a]。\n\n" + (0..<count).map { "![图 \($0)](assets/big.png)\n" }.joined(separator: "\n"))
    }

    func testFiguresWithinTheBudgetAreRead() throws {
        let f = Fixture()
        f.write("assets/big.png", Data(Self.megabytePNG))
        let edition = try BriefingReader.read(editionAt: f.write("editions/2026-05-28.md", figures(29))).edition
        XCTAssertEqual(edition.sections[0].blocks.count, 30)
    }

    func testTheFirstFigurePastTheBudgetIsReportedOnce() throws {
        XCTAssertGreaterThan(Self.megabytePNG.count, 1 << 20)
        let f = Fixture()
        f.write("assets/big.png", Data(Self.megabytePNG))
        let text = figures(40)
        let found = Fixture.problems(readingEditionAt: f.write("editions/2026-05-28.md", text))
        XCTAssertEqual(found.map(\.message), ["the edition's figures pass 32 MB of images (each use counted)"])
        // 31 uses of 1.08 MB fit in 32 MiB; the 32nd passes it.
        let lines = text.components(separatedBy: "\n")
        XCTAssertEqual(found.first.map { lines[$0.location.line - 1] }, "![图 31](assets/big.png)")
    }

    func testAReportListsAHundredProblemsAndCountsTheRest() {
        let found = Fixture.problems(ofEdition: Fixture.edition(body: "# 节\n\n" + String(repeating: "引用[@x]", count: 250) + "\n"))
        XCTAssertEqual(found.count, 250)
        let report = SourceErrors(found)
        XCTAssertEqual(report.description.components(separatedBy: "\n").filter { $0.contains(": error: ") }.count, 100)
        XCTAssertTrue(report.description.hasSuffix("… and 150 more problems not listed"), String(report.description.suffix(80)))
        XCTAssertTrue(report.failureMessage.hasSuffix("250 errors; nothing was written"))
    }
}
