import Typesetting
import XCTest

/// The page rules of clreq (§5) on synthetic vertical lists.
final class PageBreakerTests: XCTestCase {
    private func paragraph(_ group: Int, lines: Int) -> [GridItem] {
        (0..<lines).map { GridItem.line(group: group, index: $0, count: lines) }
    }

    /// Page contents as a compact picture: H heading, S space, B box, F float, digit = line of group.
    private func picture(_ items: [GridItem], _ pages: [PageSlice]) -> [String] {
        pages.map { page in
            page.items.map { placed -> String in
                let item = items[placed.item]
                switch item.kind {
                case .line(let group, _, _): return String(group)
                case .box: return item.keepWithNext ? "H" : "B"
                case .space: return "S"
                case .float: return "F"
                }
            }.joined()
        }
    }

    func testFigureThatDoesNotFitOpensTheNextPageWhileTheTextFillsThisOne() {
        let items = paragraph(1, lines: 6) + [.space(lines: 1), .float(lines: 5), .space(lines: 1)] + paragraph(2, lines: 8)
        let pages = PageBreaker(linesPerPage: 10).paginate(items)
        XCTAssertEqual(picture(items, pages), ["1111112222", "F2222"],
                       "the text goes on under the paragraph; the figure leads the next page, its spaces dropped")
        XCTAssertEqual(pages[1].items.map(\.line), [0, 6, 7, 8, 9], "one line between the figure and the text")
    }

    func testFloatsKeepTheirOrder() {
        let items = paragraph(1, lines: 7) + [.float(lines: 4), .float(lines: 2)] + paragraph(2, lines: 4)
        let pages = PageBreaker(linesPerPage: 10).paginate(items)
        XCTAssertEqual(picture(items, pages), ["111111122", "FF22"], "the small figure waits behind the big one")
    }

    func testFigureThatFitsStaysInTheText() {
        let items = paragraph(1, lines: 3) + [.float(lines: 4)] + paragraph(2, lines: 3)
        XCTAssertEqual(picture(items, PageBreaker(linesPerPage: 10).paginate(items)), ["111F222"])
    }

    func testHeadingIsNeverLastOnAPage() {
        let items = paragraph(1, lines: 8) + [.space(lines: 1), .box(lines: 1, keepWithNext: true)] + paragraph(2, lines: 6)
        let pages = PageBreaker(linesPerPage: 10).paginate(items)
        XCTAssertEqual(picture(items, pages), ["11111111S", "H222222"], "the heading moves to the next page with its paragraph")
    }

    /// A continued table's rows reserve the lines its 续表 line and header take at the top
    /// of every page a row opens: the row stands below them, and the page holds that less.
    func testAnItemOpeningAPageStandsBelowWhatItRepeats() {
        let rows = (0..<12).map { _ in GridItem(kind: .box, lines: 1, repeatedLines: 2) }
        let items = [GridItem.box(lines: 1, keepWithNext: true)] + rows
        let pages = PageBreaker(linesPerPage: 6).paginate(items)
        XCTAssertEqual(pages.map(\.items.count), [6, 4, 3], "the first page holds the header and 5 rows, later ones 4 rows under 2 repeated lines")
        XCTAssertEqual(pages[1].items.first?.line, 2)
        XCTAssertEqual(pages[0].items.first?.line, 0, "the header opens the first page itself")
    }

    func testNoOrphanAtTheFootOfAPage() {
        let items = paragraph(1, lines: 9) + paragraph(2, lines: 5)
        let pages = PageBreaker(linesPerPage: 10).paginate(items)
        XCTAssertEqual(picture(items, pages), ["111111111", "22222"], "one line of a paragraph must not stay behind")
    }

    func testNoWidowAtTheHeadOfAPage() {
        let items = paragraph(1, lines: 5) + paragraph(2, lines: 6)
        let pages = PageBreaker(linesPerPage: 10).paginate(items)
        XCTAssertEqual(picture(items, pages), ["111112222", "22"], "the break moves up so two lines go over")
    }

    func testHeadingKeepsTwoLinesOfItsParagraph() {
        let items = paragraph(1, lines: 7) + [.box(lines: 2, keepWithNext: true)] + paragraph(2, lines: 4)
        let pages = PageBreaker(linesPerPage: 10).paginate(items)
        XCTAssertEqual(picture(items, pages), ["1111111", "H2222"], "a heading with one line of its paragraph moves over")
    }

    func testBoxIsKeptWholeAndSpaceDoesNotOpenAPage() {
        let items = paragraph(1, lines: 6) + [.space(lines: 1), .box(lines: 5), .space(lines: 1)] + paragraph(2, lines: 2)
        let pages = PageBreaker(linesPerPage: 10).paginate(items)
        XCTAssertEqual(picture(items, pages), ["111111S", "BS22"])
        XCTAssertEqual(pages[1].items.first?.line, 0, "the box starts the page")
    }

    func testTiedSpaceGoesWithWhatFollowsAndIsDroppedThere() {
        let rule = GridItem(kind: .space, lines: 1, keepWithNext: true)
        let items = paragraph(1, lines: 7) + [.space(lines: 1), rule, .box(lines: 3)]
        let pages = PageBreaker(linesPerPage: 10).paginate(items)
        XCTAssertEqual(picture(items, pages), ["1111111S", "B"], "the tied space must not end page 1 nor open page 2")
    }

    func testBoxTallerThanAPageStillPrints() {
        let items: [GridItem] = [.box(lines: 12)] + paragraph(1, lines: 3)
        let pages = PageBreaker(linesPerPage: 10).paginate(items)
        XCTAssertEqual(picture(items, pages), ["B", "111"])
    }

    /// Filling page 1 to the foot would leave page 2 four lines short (the next box does not
    /// fit under the one that opens it); ending page 1 two lines early spreads the gap over
    /// two pages, which costs less (2² + 2² < 4²), on as many pages.
    func testAnEarlierShortBreakBeatsALaterVeryShortPage() {
        let items = [GridItem.box(lines: 4)] + paragraph(1, lines: 4) + paragraph(2, lines: 2)
            + [.box(lines: 6), .box(lines: 5)] + paragraph(3, lines: 2)
        let pages = PageBreaker(linesPerPage: 10).paginate(items)
        XCTAssertEqual(picture(items, pages), ["B1111", "22B", "B33"])
    }

    /// The last page's gap costs nothing: the breaker does not move lines off earlier pages
    /// to fill it, and it takes no more pages than needed.
    func testTheLastPageMayEndShort() {
        let items = paragraph(1, lines: 14)
        XCTAssertEqual(picture(items, PageBreaker(linesPerPage: 10).paginate(items)), ["1111111111", "1111"])
    }

    /// What follows a filling space stands on the foot of its page, on the page where the
    /// text ends as on one it opens; the text above it stays where it is.
    func testWhatFollowsAFillingSpaceStandsOnTheFoot() {
        let items = paragraph(1, lines: 3) + [.fill(), .box(lines: 2)]
        let pages = PageBreaker(linesPerPage: 10).paginate(items)
        XCTAssertEqual(pages.count, 1)
        XCTAssertEqual(pages[0].items.map(\.line), [0, 1, 2, 3, 8], "the box ends on line 10; the fill stays where the text ends")

        let overflowing = paragraph(1, lines: 9) + [.fill(), .box(lines: 3)]
        let two = PageBreaker(linesPerPage: 10).paginate(overflowing)
        XCTAssertEqual(picture(overflowing, two), ["111111111", "B"], "the fill goes over with the box, not ending page 1")
        XCTAssertEqual(two[1].items.first?.line, 7)
        XCTAssertEqual(two[0].items.map(\.line), Array(0..<9), "the page before keeps its text at the top")
    }

    // MARK: Justified pages

    /// Two sections on a 12-line page: the second heading with its paragraph does not fit
    /// under the first section, which ends 4 lines above the foot.
    private func twoSections(paragraphGap: Double, headingGap: Double, trailing: Double = 0) -> [GridItem] {
        paragraph(1, lines: 2) + [.space(lines: 0, stretch: paragraphGap)] + paragraph(2, lines: 2)
            + [.space(lines: 1, stretch: headingGap), .box(lines: 1, keepWithNext: true)] + paragraph(3, lines: 2)
            + [.space(lines: 1, stretch: trailing), .box(lines: 1, keepWithNext: true)] + paragraph(4, lines: 3)
    }

    /// A page ending further above its foot than `justifyBeyond` allows is justified: its
    /// spaces grow in proportion to their stretch (2 : 6 over 4 empty lines gives 1 and 3)
    /// until its last line stands on the foot; the last page stays on the grid.
    func testAPageEndingTooHighGrowsItsSpacesInProportionUntilItEndsOnTheFoot() {
        let items = twoSections(paragraphGap: 2, headingGap: 6, trailing: 5)
        let pages = PageBreaker(linesPerPage: 12, justifyBeyond: 1).paginate(items)
        XCTAssertEqual(picture(items, pages), ["11S22SH33S", "H444"])
        XCTAssertEqual(pages[0].items.map(\.offset), [0, 0, 0, 1, 1, 1, 4, 4, 4, 4],
                       "the paragraph gap grows by 1, the heading's space by 3; the trailing space takes nothing")
        let last = pages[0].items[8]
        XCTAssertEqual(Double(last.line + items[last.item].lines) + last.offset, 12, "the last line stands on the foot")
        XCTAssertEqual(pages[1].items.map(\.offset), [0, 0, 0, 0], "the last page is not justified")
    }

    /// Within `justifyBeyond` of the foot a page keeps every line on the grid.
    func testAPageEndingNearTheFootStaysOnTheGrid() {
        let items = twoSections(paragraphGap: 2, headingGap: 6)
        let pages = PageBreaker(linesPerPage: 12, justifyBeyond: 4).paginate(items)
        XCTAssertEqual(picture(items, pages), ["11S22SH33S", "H444"])
        XCTAssertTrue(pages.allSatisfy { $0.items.allSatisfy { $0.offset == 0 } })
    }

    /// Stretch that cannot fill the page is all taken and the rest stays empty: spaces do
    /// not grow past what the layout lets them.
    func testSpacesGrowNoMoreThanTheirStretch() {
        let items = twoSections(paragraphGap: 0.5, headingGap: 0.5)
        let pages = PageBreaker(linesPerPage: 12, justifyBeyond: 1).paginate(items)
        XCTAssertEqual(pages[0].items.map(\.offset), [0, 0, 0, 0.5, 0.5, 0.5, 1, 1, 1, 1])
    }
}
