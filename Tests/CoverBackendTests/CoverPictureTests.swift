import BriefModel
import BriefReader
@testable import CoverBackend
import Raster
import TestSupport
import XCTest

/// The covers as a reader sees them: decoded from the PNG bytes and measured. Every cover
/// has its canvas's size, the layout's background at the corners, the title's ink where
/// the title stands, and no ink in the margins, however long its text.
final class CoverPictureTests: XCTestCase {
    private func renderer() throws -> CoverRenderer { try CoverRenderer(layout: Layout.projectDefault()) }
    private func layout() throws -> CoverLayout { try CoverLayout(Layout.projectDefault()) }
    private func fixture() throws -> Briefing { try BriefingReader.read(editionAt: SamplePublication.fixture.edition) }

    /// The fixture with every line of the masthead far longer than a masthead is.
    private func overlong() throws -> Briefing {
        var briefing = try fixture()
        briefing.edition.title = String(repeating: "新型工业化与数字经济深度融合发展观察，", count: 6) + "WorldSemiconductorTradeStatisticsQuarterly"
        briefing.publication.subtitle = String(repeating: "面向政府与企业决策者的每日产业动态、政策解读与趋势研判", count: 4)
        briefing.publication.publisher = String(repeating: "澄江数字经济研究会产业观察组", count: 5)
        briefing.edition.number = 123_456_789
        return briefing
    }

    func testTheWeChatCoversAreNamedAfterTheDateAndHaveTheirSizes() throws {
        let files = try renderer().wechatCovers(try fixture())
        XCTAssertEqual(files.map(\.name), ["2026-05-28.cover.png", "2026-05-28.cover-square.png"])
        let article = try DecodedCover(files[0].bytes), square = try DecodedCover(files[1].bytes)
        XCTAssertEqual([article.width, article.height], [900, 383], "the 公众号 article cover")
        XCTAssertEqual(square.width, square.height, "the share thumbnail is square")
        XCTAssertGreaterThanOrEqual(square.width, 500, "the share thumbnail is kept at 500 px or more")
        XCTAssertEqual(try renderer().bookCover(try fixture()), files[1].bytes, "the EPUB's cover is the share thumbnail")
    }

    func testCornersShowTheLayoutsBackground() throws {
        let background = try layout().colors.background.color
        for picture in try pictures(of: fixture()) {
            for (x, y) in [(0, 0), (picture.width - 1, 0), (0, picture.height - 1), (picture.width - 1, picture.height - 1)] {
                XCTAssertEqual(picture.color(x: x, y: y), background, "corner (\(x), \(y)) of a \(picture.width)×\(picture.height) cover")
            }
        }
    }

    func testTheTitleIsInkedInTheTitleColourUnderTheAccentRule() throws {
        let layout = try layout()
        let pictures = try pictures(of: fixture())
        for (picture, spec) in zip(pictures, [layout.article, layout.square, layout.square]) {
            // Under the accent rule, in the upper half: where the title stands.
            let top = Int(spec.marginY + spec.rule) + 1
            let area = (x: Int(spec.marginX)..<picture.width - Int(spec.marginX), y: top..<picture.height / 2)
            var solid = 0
            for y in area.y { for x in area.x where picture.color(x: x, y: y) == layout.colors.title.color { solid += 1 } }
            // The fixture's title, 8 characters: solid strokes are a good part of each glyph's box.
            XCTAssertGreaterThan(solid, Int(spec.titleSize * spec.titleSize) / 4,
                                 "pixels of the title colour in the title area of the \(picture.width)×\(picture.height) cover")
            // The accent rule is drawn where the layout puts it.
            XCTAssertEqual(picture.color(x: Int(spec.marginX) + 1, y: Int(spec.marginY) + 1), layout.colors.rule.color)
        }
    }

    func testNoInkMeetsTheMarginsHoweverLongTheText() throws {
        let layout = try layout()
        for briefing in [try fixture(), try overlong()] {
            for (picture, spec) in zip(try pictures(of: briefing), [layout.article, layout.square, layout.square]) {
                let box = try XCTUnwrap(picture.inkBox(background: layout.colors.background.color))
                let name = "\(picture.width)×\(picture.height) cover of \(briefing.edition.title.prefix(10))"
                XCTAssertGreaterThanOrEqual(box.left, Int(spec.marginX), "ink left of the margin: \(name)")
                XCTAssertGreaterThanOrEqual(box.top, Int(spec.marginY), "ink above the margin: \(name)")
                XCTAssertLessThan(box.right, picture.width - Int(spec.marginX), "ink right of the margin: \(name)")
                XCTAssertLessThan(box.bottom, picture.height - Int(spec.marginY), "ink below the margin: \(name)")
            }
        }
    }

    func testAnOverlongTitleShrinksButIsStillThere() throws {
        let layout = try layout()
        let picture = try DecodedCover(try renderer().wechatCovers(try overlong())[0].bytes)
        var titleInk = 0
        for y in 0..<picture.height { for x in 0..<picture.width where picture.color(x: x, y: y) == layout.colors.title.color { titleInk += 1 } }
        XCTAssertGreaterThan(titleInk, 200, "the title's solid pixels, smaller but present")
    }

    func testTheSameSourcesGiveTheSameBytes() throws {
        let first = try renderer(), second = try renderer()
        XCTAssertEqual(try first.wechatCovers(try fixture()), try second.wechatCovers(try fixture()))
        XCTAssertEqual(try first.bookCover(try overlong()), try second.bookCover(try overlong()))
        XCTAssertNotEqual(try first.bookCover(try fixture()), try first.bookCover(try overlong()), "another masthead, another cover")
    }

    /// The preview remembers the covers it drew: a save that leaves the masthead alone gets
    /// them back, one that changes it (another title, another issue number) gets the covers
    /// a fresh renderer draws, and so does the save after that.
    func testRememberedCoversAreTheCoversOfTheMastheadAsItIsNow() throws {
        let shared = try renderer(), memory = CoverMemory()
        var briefing = try fixture()
        XCTAssertEqual(try shared.wechatCovers(briefing, memory: memory), try renderer().wechatCovers(briefing))
        briefing.edition.sections.removeLast()
        XCTAssertEqual(try shared.wechatCovers(briefing, memory: memory), try renderer().wechatCovers(briefing),
                       "a body edit leaves the covers as they were")
        briefing.edition.title = "芯片出口管制升级后的产业链重构"
        let retitled = try shared.wechatCovers(briefing, memory: memory)
        XCTAssertEqual(retitled, try renderer().wechatCovers(briefing))
        XCTAssertNotEqual(retitled, try renderer().wechatCovers(try fixture()), "another title, another cover")
        briefing.edition.number = (briefing.edition.number ?? 0) + 1
        XCTAssertEqual(try shared.wechatCovers(briefing, memory: memory), try renderer().wechatCovers(briefing))
    }

    /// A build draws its editions' covers on several threads with one renderer, which keeps
    /// its faces, glyph masks and canvas memory between covers: each edition still gets the
    /// covers a renderer of its own would draw.
    func testCoversDrawnTogetherAreTheCoversDrawnAlone() throws {
        var another = try fixture()
        another.edition.title = "芯片出口管制升级后的产业链重构"
        let briefings = [try fixture(), another]
        // A renderer of its own for each picture: nothing kept from another cover.
        let alone = try briefings.map { try renderer().wechatCovers($0).map(\.bytes) + [try renderer().bookCover($0)] }
        let shared = try renderer(), runs = 6
        var together = [Result<[[UInt8]], Error>](repeating: .success([]), count: runs)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: runs) { run in
            let briefing = briefings[run % 2]
            let drawn = Result { try shared.wechatCovers(briefing).map(\.bytes) + [try shared.bookCover(briefing)] }
            lock.withLock { together[run] = drawn }
        }
        for run in 0..<runs {
            XCTAssertEqual(try together[run].get(), alone[run % 2],
                           "covers of \(briefings[run % 2].edition.title.prefix(10)), drawn as the \(run)th of \(runs) at once")
        }
    }

    private func pictures(of briefing: Briefing) throws -> [DecodedCover] {
        let renderer = try renderer()
        return try (renderer.wechatCovers(briefing).map(\.bytes) + [renderer.bookCover(briefing)]).map(DecodedCover.init)
    }
}
