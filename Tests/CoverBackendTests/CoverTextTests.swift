import BriefModel
import BriefReader
@testable import CoverBackend
import TestSupport
import Typesetting
import XCTest

/// What a cover says, and how its lines are set: balanced when they wrap, smaller when
/// they must, never wider than their measure.
final class CoverTextTests: XCTestCase {
    private func fixture() throws -> Briefing { try BriefingReader.read(editionAt: SamplePublication.fixture.edition) }

    func testADaysCoverCarriesTheMastheadDateAndIssueNumber() throws {
        var briefing = try fixture()
        briefing.edition.number = 148
        briefing.publication.subtitle = "产业动态与政策解读"
        let content = CoverContent(briefing)
        XCTAssertEqual(content.title, briefing.edition.title)
        XCTAssertEqual(content.subtitle, "产业动态与政策解读")
        XCTAssertEqual(content.detail, "2026 年 5 月 28 日·第 148 期")
        XCTAssertEqual(content.publisher, SamplePublication.fixture.publisher)
    }

    func testAMonthsCoverNamesTheMonthAndItsSpan() throws {
        let briefing = try fixture()
        var first = briefing.edition
        let last = briefing.edition
        first.date = try XCTUnwrap(EditionDate("2026-05-04"))
        let month = try XCTUnwrap(EditionMonth("2026-05"))
        let content = CoverContent(publication: briefing.publication, editions: [last, first], month: month)
        XCTAssertEqual(content.title, briefing.publication.title)
        XCTAssertEqual(content.subtitle, "2026 年 5 月 合订本")
        XCTAssertEqual(content.detail, "5 月 4 日至 5 月 28 日·共 2 期")
        XCTAssertEqual(CoverContent(publication: briefing.publication, editions: [first], month: month).detail,
                       "2026 年 5 月 4 日·共 1 期")
    }

    func testAnOverlongLineIsCutWithAnEllipsis() throws {
        var briefing = try fixture()
        briefing.edition.title = String(repeating: "新型工业化观察", count: 1_000)
        let title = CoverContent(briefing).title
        XCTAssertEqual(title.count, CoverContent.longest)
        XCTAssertTrue(title.hasSuffix("……") && title.hasPrefix("新型工业化观察新型"), title)
        XCTAssertEqual(CoverContent(try fixture()).title, SamplePublication.fixture.title, "a title of a usual length is whole")
    }

    func testAWrappedTitleIsBalancedAndAnOverlongOneShrinks() throws {
        let store = FontStore()
        let layout = try CoverLayout(Layout.projectDefault())
        let fonts = try CoverFonts(layout.fonts, directory: nil, store: store)
        let fitter = TextFitter(typesetter: Typesetter(fonts: store))
        let title = "新质生产力每日动态与政策观察"  // 14 characters: two lines at 72 px in 540 px
        let lines = try XCTUnwrap(fitter.balanced(title, faces: fonts.title, size: 72, width: 540, maxLines: 2))
        XCTAssertEqual(lines.count, 2)
        let widths = lines.map(\.width)
        XCTAssertLessThanOrEqual(abs(widths[0] - widths[1]), 72, "balanced lines differ by at most one character: \(widths)")
        XCTAssertNil(fitter.balanced(title, faces: fonts.title, size: 72, width: 540, maxLines: 1), "one line cannot hold it at 72 px")

        let (size, one) = fitter.largest(title, faces: fonts.title, size: 72, width: 540, maxLines: 1)
        XCTAssertEqual(one.count, 1)
        XCTAssertLessThan(size, 72)
        XCTAssertGreaterThan(size, 540 / 14 * 0.9, "shrunk only as far as it must")
        XCTAssertLessThanOrEqual(one[0].width, 540.01)
    }
}
