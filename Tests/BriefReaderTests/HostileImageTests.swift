import BriefModel
import BriefReader
import Foundation
import XCTest

/// `check` opens every image the sources name and refuses a bad one at the line that names
/// it, so `build` never meets an image problem `check` did not report (issue #9.4). The
/// hostile files are made here; each is refused by its header or structure, quickly.
final class HostileImageTests: XCTestCase {
    /// The one problem of an edition whose only figure is `bytes`, written as `assets/NAME`.
    private func figureProblem(_ bytes: [UInt8], name: String = "bad.png", file: StaticString = #filePath, line: UInt = #line) -> Diagnostic? {
        let f = Fixture()
        f.write("assets/\(name)", Data(bytes))
        let edition = f.write("editions/2026-05-28.md", Fixture.edition(body: "# 节\n\n正文[@a]。\n\n![图一](assets/\(name))\n"))
        let found = Fixture.problems(readingEditionAt: edition, file: file, line: line)
        XCTAssertEqual(found.count, 1, "expected one problem, found: \(found)", file: file, line: line)
        return found.first
    }

    /// Asserts the problem is located at the figure (line 16 of the fixture edition) and says `text`.
    private func assertAtFigure(_ problem: Diagnostic?, _ text: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let problem else { return }
        XCTAssertEqual("\(problem.location.line):\(problem.location.column)", "16:1", "wrong place: \(problem)", file: file, line: line)
        XCTAssertTrue(problem.location.file.hasSuffix("editions/2026-05-28.md"), "wrong file: \(problem)", file: file, line: line)
        XCTAssertTrue(problem.message.hasPrefix("image `assets/bad.png` cannot be used: "), problem.message, file: file, line: line)
        XCTAssertTrue(problem.message.contains(text), "expected `\(text)` in: \(problem.message)", file: file, line: line)
        XCTAssertNotNil(problem.hint, file: file, line: line)
    }

    /// A PNG whose header claims `width` × `height` and whose data is a little valid zlib.
    private func claiming(width: UInt32, height: UInt32) -> [UInt8] {
        TestPNG.file(width: width, height: height, rows: [UInt8](repeating: 0, count: 1 << 16))
    }

    func testHeaderClaimingTenBillionPixelsIsRefused() {
        assertAtFigure(figureProblem(claiming(width: 100_000, height: 100_000)),
                       "PNG is 100000 × 100000 pixels; the limit is 16384 pixels a side")
    }

    func testHeaderClaimingTheLargestPNGSizeIsRefused() {
        assertAtFigure(figureProblem(claiming(width: 2_147_483_647, height: 2_147_483_647)),
                       "PNG is 2147483647 × 2147483647 pixels; the limit is 16384 pixels a side")
    }

    func testAllZeroImageOfFourHundredMegapixelsIsRefusedQuickly() {
        // 20000 × 20000 RGB whose zeros would inflate to 1.2 GB: the first 200 rows of zeros
        // are here (the header alone refuses it, before any of them is inflated).
        let rows = [UInt8](repeating: 0, count: 200 * (20_000 * 3 + 1))
        let png = TestPNG.file(width: 20_000, height: 20_000, rows: rows)
        let start = Date()
        assertAtFigure(figureProblem(png), "PNG is 20000 × 20000 pixels; the limit is 16384 pixels a side")
        XCTAssertLessThan(Date().timeIntervalSince(start), 2, "the refusal should not inflate the data")
    }

    func testTruncatedPNGIsRefused() {
        let whole = TestPNG.rgb(width: 64, height: 64)
        assertAtFigure(figureProblem(Array(whole.prefix(whole.count / 2))), "PNG ends inside its IDAT chunk")
    }

    func testPNGSignatureFollowedByGarbageIsRefused() {
        // A fixed pattern, so the test fails the same way on every run if it fails.
        let garbage = TestPNG.signature + (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }
        assertAtFigure(figureProblem(garbage), "PNG has a damaged chunk header at byte 8")
    }

    func testFileOverTheSizeLimitIsRefusedWithoutBeingRead() throws {
        // 200 MB of which only the signature is written: a sparse file, refused by its size.
        let f = Fixture()
        let path = f.write("assets/bad.png", Data(TestPNG.signature))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 200 * 1024 * 1024)
        try handle.close()
        let edition = f.write("editions/2026-05-28.md", Fixture.edition(body: "# 节\n\n正文[@a]。\n\n![图一](assets/bad.png)\n"))
        let found = Fixture.problems(readingEditionAt: edition)
        XCTAssertEqual(found.count, 1, "\(found)")
        assertAtFigure(found.first, "the file is 200 MB; the limit for an image is 20 MB")
    }

    func testCorruptImageDataIsRefused() {
        var png = TestPNG.rgb(width: 16, height: 16)
        let idat = 33 + 8  // signature and IHDR, then the IDAT chunk's length and type
        png[idat] = 0x55  // the zlib header's first byte; the CRC is made right again below
        let length = Int(png[33]) << 24 | Int(png[34]) << 16 | Int(png[35]) << 8 | Int(png[36])
        let crc = TestPNG.chunk("IDAT", Array(png[idat..<(idat + length)])).suffix(4)
        png.replaceSubrange((idat + length)..<(idat + length + 4), with: crc)
        assertAtFigure(figureProblem(png), "PNG image data is corrupt")
    }

    func testContactCodeImageIsCheckedAtItsLineInThePublication() throws {
        let f = Fixture()
        f.write("publication.yaml", Fixture.publication.replacingOccurrences(of: "      url: https://example.org\n", with: "      image: assets/qr.png\n"))
        f.write("assets/qr.png", Data(claiming(width: 100_000, height: 100_000)))
        let found = Fixture.problems(readingEditionAt: f.write("editions/2026-05-28.md", Fixture.edition()))
        XCTAssertEqual(found.count, 1, "\(found)")
        guard let problem = found.first else { return }
        XCTAssertTrue(problem.location.file.hasSuffix("publication.yaml"), "\(problem)")
        XCTAssertEqual("\(problem.location.line):\(problem.location.column)", "9:14", "\(problem)")
        XCTAssertTrue(problem.message.contains("image `assets/qr.png` cannot be used: PNG is 100000 × 100000 pixels"), problem.message)
    }

    func testGoodImageReadsWithItsFacts() throws {
        let f = Fixture()
        let pHYs = TestPNG.chunk("pHYs", TestPNG.be32(11811) + TestPNG.be32(11811) + [1])  // 300 dpi
        f.write("assets/good.png", Data(TestPNG.rgb(width: 30, height: 20, extra: pHYs)))
        let path = f.write("editions/2026-05-28.md", Fixture.edition(body: "# 节\n\n正文[@a]。\n\n![图一](assets/good.png)\n"))
        let edition = try BriefingReader.read(editionAt: path).edition
        guard case .figure(let figure)? = edition.sections.first?.blocks.last else { return XCTFail("no figure in \(edition.sections)") }
        XCTAssertEqual("\(figure.image.format) \(figure.image.pixelWidth)×\(figure.image.pixelHeight)", "png 30×20")
        XCTAssertEqual(figure.image.pixelsPerInch?.horizontal ?? 0, 300, accuracy: 0.01)
    }
}
