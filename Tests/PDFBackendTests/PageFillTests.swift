import BriefModel
import BriefReader
import Foundation
import Graphics
import TestSupport
import XCTest

/// Pages as an editor signs them off, measured on the printed PDFs of the example's editions
/// and the fixtures: every page but the last ends near the foot, and the contact block
/// stands on the foot of the last page, its codes of one size with their tops in line.
final class PageFillTests: XCTestCase {
    /// Each edition with the most lines the rules leave empty on a page but the last: two
    /// (pdf.yaml page.justifyBeyond). On 2026-05-27, whose sections are a kept two-line
    /// heading over paragraphs of four or five lines, no sequence of legal breaks on the grid
    /// does better than 3, 4, 3, 1 lines (checked by exhausting them): its first three pages
    /// are justified.
    private static let editions = [
        ("examples/xinzhi-demo/editions/2026-05-27.md", 2), ("examples/xinzhi-demo/editions/2026-05-28.md", 2),
        ("Tests/Fixtures/shuzhi/editions/2026-05-28.md", 2), ("Tests/Fixtures/changbiao/editions/2026-06-01.md", 2),
        ("Tests/Fixtures/tables/editions/2026-06-02.md", 2),
    ]

    /// Lines left empty at the foot of each page. The foot is the type area's last grid line,
    /// 37 pitches under its first: the highest body-size baseline of any page (a page that
    /// opens with body text; page 1 opens with the masthead).
    private func shortfalls(_ lines: [PrintedLine], pitch: Double, bodySize: Double) -> [Int] {
        let pages = Set(lines.map(\.page)).sorted()
        let top = lines.filter { $0.page > 1 && abs($0.size - bodySize) < 0.1 }.map(\.baseline).min() ?? 0
        let foot = top + 37 * pitch  // pdf.yaml page.lines: 38
        return pages.map { page in
            let last = lines.filter { $0.page == page }.map(\.baseline).max() ?? 0
            return Int(((foot - last) / pitch + 0.25).rounded(.down))
        }
    }

    func testEveryPageButTheLastEndsNearTheFootAndTheContactBlockOnIt() throws {
        let pitch = 1.6 * 10.5  // the default layout's body pitch (pdf.yaml body.pitch × body.size)
        for (path, limit) in PageFillTests.editions {
            let rendered = try RenderedEdition(BriefingReader.read(editionAt: Checkout.root.appendingPathComponent(path).path))
            let lines = PrintedText.withoutPageNumbers(PrintedText.lines(try PrintedText.chars(ofPDF: rendered.path)))
            let short = shortfalls(lines, pitch: pitch, bodySize: 10.5)
            XCTAssertTrue(short.dropLast().allSatisfy { $0 <= limit }, "\(path): lines left empty per page \(short)")
            if rendered.briefing.publication.contact != nil {
                XCTAssertEqual(short.last, 0, "\(path): the contact block stands on the foot of the last page")
            }
        }
    }

    /// A page that would end more than two lines above its foot is justified: the spaces
    /// between its blocks grow, never the pitch inside a paragraph, and no line comes closer
    /// to the one above it. Pages that end within two lines keep every line on the grid.
    /// (The example's editions: the fixtures' tables set their rows at a pitch of their own.)
    func testJustifiedPagesKeepTheirParagraphsOnePitchApartAndOthersStayOnTheGrid() throws {
        let pitch = 1.6 * 10.5, indent = 2 * 10.5  // pdf.yaml body.pitch, body.indent
        let paragraphStretch = 0.25 * pitch  // body.paragraphStretch
        var justified: [String] = []
        for (path, _) in PageFillTests.editions where path.hasPrefix("examples/") {
            let rendered = try RenderedEdition(BriefingReader.read(editionAt: Checkout.root.appendingPathComponent(path).path))
            let lines = PrintedText.withoutPageNumbers(PrintedText.lines(try PrintedText.chars(ofPDF: rendered.path)))
            let body = lines.filter { abs($0.size - 10.5) < 0.1 }
            let top = try XCTUnwrap(body.filter { $0.page > 1 }.map(\.baseline).min())
            let left = try XCTUnwrap(body.map(\.x0).min())
            // The last page holds the contact block, whose labels stand in its boxes.
            for page in Set(body.map(\.page)).sorted().dropLast() {
                let printed = lines.filter { $0.page == page }
                let onPage = body.filter { $0.page == page }
                let offGrid = onPage.filter { line in
                    let position = (line.baseline - top) / pitch
                    return abs(position - position.rounded()) > 0.02
                }
                guard !offGrid.isEmpty else { continue }
                justified.append("\(path.suffix(13)) p\(page)")
                for (above, line) in zip(printed, printed.dropFirst()) where abs(line.size - 10.5) < 0.1 && abs(above.size - 10.5) < 0.1 {
                    let gap = line.baseline - above.baseline
                    XCTAssertGreaterThanOrEqual(gap, pitch - 0.05, "\(path) page \(page): \(line.mainText.prefix(8)) moved up")
                    if line.x0 < left + indent / 2 {
                        XCTAssertEqual(gap, pitch, accuracy: 0.05, "\(path) page \(page): a paragraph's lines stay one pitch apart")
                    } else {
                        XCTAssertLessThanOrEqual(gap, pitch + paragraphStretch + 0.05, "\(path) page \(page): a paragraph gap grows a quarter line at most")
                    }
                }
            }
        }
        // Page 1 of 2026-05-27 is justified too, by two whole lines (its two heading spaces
        // at full stretch), so its lines are on the grid again.
        XCTAssertEqual(justified, ["2026-05-27.md p2", "2026-05-27.md p3"],
                       "2026-05-27's pages 2 and 3 are justified; 2026-05-28's pages end near the foot on the grid")
    }

    /// A generated code and a supplied image of the same code (its white border part of
    /// the image) print as the same square, side by side with their tops in line: the
    /// dark modules of both cover the same rows and columns.
    func testCodesShareOneSizeAndTop() throws {
        var briefing = try BlockKindsTests.briefing()
        let url = "https://example.org/figure"
        let code = try QRCode(encoding: url)
        let side = (code.size + 8) * 4  // the 4-module quiet zone is part of the image, as it is of a code we draw
        let image = ImageAsset(path: "assets/code.png", format: .png, pixelWidth: side, pixelHeight: side, data: Data(code.png(scale: 4)))
        briefing.publication.contact?.codes = [
            ContactCode(label: "生成码", caption: nil, source: .url(url)),
            ContactCode(label: "图片码", caption: nil, source: .image(image)),
        ]
        let rendered = try RenderedEdition(briefing)
        let lines = PrintedText.withoutPageNumbers(PrintedText.lines(try PrintedText.chars(ofPDF: rendered.path)))
        let lastPage = try XCTUnwrap(lines.map(\.page).max())
        let labels = lines.filter { $0.page == lastPage && ($0.mainText.contains("生成码") || $0.mainText.contains("图片码")) }
        let labelTop = try XCTUnwrap(labels.map(\.baseline).min()) - 12

        let resolution = 144.0
        let base = RenderedEdition.directory.appendingPathComponent("codes-\(UUID().uuidString)").path
        let result = try Tool.run("pdftoppm", ["-gray", "-r", "\(Int(resolution))", "-f", "\(lastPage)", "-l", "\(lastPage)",
                                               "-singlefile", rendered.path, base])
        XCTAssertEqual(result.status, 0, result.errors)
        defer { try? FileManager.default.removeItem(atPath: base + ".pgm") }
        let raster = try Raster(pgm: Data(contentsOf: URL(fileURLWithPath: base + ".pgm")), scale: resolution / 72)
        // The dark modules of each code: ink in the band above the labels, left and right of
        // the gap between the codes (where the centred heading above them may reach down).
        let scale = raster.scale
        let bandTop = Int((labelTop - 100) * scale), bandBottom = Int(labelTop * scale)
        let middle = raster.width / 2, gap = Int(24 * scale)
        func inkBox(_ columns: Range<Int>) -> (top: Int, bottom: Int, left: Int, right: Int)? {
            var box: (top: Int, bottom: Int, left: Int, right: Int)?
            for y in max(0, bandTop)..<min(raster.height, bandBottom) {
                for x in columns where raster.pixels[y * raster.width + x] < Raster.inkLevel {
                    box = (min(box?.top ?? y, y), max(box?.bottom ?? y, y), min(box?.left ?? x, x), max(box?.right ?? x, x))
                }
            }
            return box
        }
        let generated = try XCTUnwrap(inkBox(0..<middle - gap), "no code left of the middle")
        let supplied = try XCTUnwrap(inkBox(middle + gap..<raster.width), "no code right of the middle")
        XCTAssertEqual(generated.top, supplied.top, accuracy: 2, "the tops of the codes are in line")
        XCTAssertEqual(generated.bottom - generated.top, supplied.bottom - supplied.top, accuracy: 2, "one height")
        XCTAssertEqual(generated.right - generated.left, supplied.right - supplied.left, accuracy: 2, "one width")
        let drawn = Double(generated.right - generated.left + 1) / scale
        XCTAssertEqual(drawn, 68.0 * Double(code.size) / Double(code.size + 8), accuracy: 1,
                       "the codes are pdf.yaml contact.codeSize (68 pt) wide with their quiet zone")
    }
}
