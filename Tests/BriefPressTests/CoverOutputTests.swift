import Foundation
import XCTest

/// The covers as `build` and `bundle` deliver them: beside the WeChat article (the 公众号
/// needs them to publish it), shown by its preview page but never pasted, and inside the
/// EPUBs as their cover image.
final class CoverOutputTests: FixturePublicationTestCase {
    private var out: URL { publication.appendingPathComponent("out") }

    /// Width and height from a PNG's IHDR (the cover backend's tests decode the pixels).
    private func pngSize(_ data: Data) -> [Int] {
        let bytes = [UInt8](data)
        guard bytes.count > 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { return [] }
        func be32(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return [be32(16), be32(20)]
    }

    func testTheArticleComesWithItsCoversAndThePreviewShowsTheCoverOutsideTheArticle() throws {
        let r = try CLI.run(["build", "editions/2026-05-28.md", "--format", "html"], in: publication)
        XCTAssertEqual(r.status, 0, r.stderr)
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        XCTAssertEqual(written, ["2026-05-28.cover-square.png", "2026-05-28.cover.png", "2026-05-28.wechat.html"])
        XCTAssertEqual(pngSize(try Data(contentsOf: out.appendingPathComponent("2026-05-28.cover.png"))), [900, 383])
        XCTAssertEqual(pngSize(try Data(contentsOf: out.appendingPathComponent("2026-05-28.cover-square.png"))), [600, 600])

        let page = try String(contentsOf: out.appendingPathComponent("2026-05-28.wechat.html"), encoding: .utf8)
        XCTAssertTrue(page.contains(#"<img src="2026-05-28.cover.png""#), "the preview shows the cover by its relative name")
        let article = try XCTUnwrap(page.range(of: #"<div id="briefpress-article">"#))
        XCTAssertFalse(page[article.lowerBound...].contains("cover.png"), "the pasted article never names the cover")
    }

    /// With every format, the EPUB takes the thumbnail the article's covers drew (one
    /// picture fewer to draw); the book must not tell the difference.
    func testAnEPUBBuiltWithTheArticleCarriesTheSameCoverAsOneBuiltAlone() throws {
        XCTAssertEqual(try CLI.run(["build", "editions/2026-05-28.md", "--format", "epub", "-o", "alone"], in: publication).status, 0)
        XCTAssertEqual(try CLI.run(["build", "editions/2026-05-28.md"], in: publication).status, 0)
        let alone = try Data(contentsOf: publication.appendingPathComponent("alone/2026-05-28.epub"))
        XCTAssertEqual(try Data(contentsOf: out.appendingPathComponent("2026-05-28.epub")), alone, "byte-identical EPUBs")
    }

    func testThePDFAloneWritesNoCover() throws {
        let r = try CLI.run(["build", "editions/2026-05-28.md", "--format", "pdf"], in: publication)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path), ["2026-05-28.pdf"])
    }

    func testTheDayAndTheMonthEPUBCarryTheirCoverImages() throws {
        XCTAssertEqual(try CLI.run(["build", "editions/2026-05-28.md", "--format", "epub"], in: publication).status, 0)
        XCTAssertEqual(try CLI.run(["bundle", ".", "--month", "2026-05"], in: publication).status, 0)
        var covers: [Data] = []
        for book in ["2026-05-28.epub", "2026-05.epub"] {
            let path = out.appendingPathComponent(book).path
            let opf = try Tool.output("unzip", ["-p", path, "OEBPS/content.opf"])
            XCTAssertTrue(opf.contains(#"<item id="cover-image" href="images/cover.png" media-type="image/png" properties="cover-image"/>"#),
                          "\(book): content.opf:\n\(opf)")
            XCTAssertTrue(opf.contains(#"<meta name="cover" content="cover-image"/>"#), "\(book): the EPUB 2 cover meta")
            let unpacked = publication.appendingPathComponent("unpacked-\(book)")
            _ = try Tool.output("unzip", ["-q", "-o", path, "OEBPS/images/cover.png", "-d", unpacked.path])
            let cover = try Data(contentsOf: unpacked.appendingPathComponent("OEBPS/images/cover.png"))
            XCTAssertEqual(pngSize(cover), [600, 600], "\(book): the cover image")
            covers.append(cover)
        }
        XCTAssertNotEqual(covers[0], covers[1], "the month's cover names the month, not the day")
        XCTAssertEqual(try CLI.run(["build", "editions/2026-05-28.md", "--format", "html"], in: publication).status, 0)
        XCTAssertEqual(covers[0], try Data(contentsOf: out.appendingPathComponent("2026-05-28.cover-square.png")),
                       "the day's EPUB cover is its share thumbnail")
    }
}
