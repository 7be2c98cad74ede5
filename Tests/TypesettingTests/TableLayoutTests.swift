import XCTest
@testable import Typesetting

/// The general parts of the table engine: content widths that never cut a number, a date
/// or a URL piece; CSS automatic column widths; stepping down in size; numeric columns.
final class TableLayoutTests: XCTestCase {
    override func setUpWithError() throws { try Fixtures.requireFonts() }

    private func widths(_ text: String, _ style: TextStyle = Fixtures.body) -> ContentWidths {
        Fixtures.typesetter.contentWidths([StyledText(text: text, style: style)])
    }

    func testNumbersDatesAndPercentagesAreOnePiece() {
        for token in ["2,824.5", "8.6%", "-36.2%", "−1.5", "2026-05-12", "10.2%", "¥1,299"] {
            let w = widths(token)
            XCTAssertEqual(w.minimum, w.maximum, accuracy: 1e-9, "\(token) may break inside: minimum \(w.minimum) < maximum \(w.maximum)")
        }
    }

    func testHanTextBreaksBetweenCharactersAndLatinBetweenWords() {
        let han = widths("同比增长率")
        XCTAssertEqual(han.minimum, Fixtures.em, accuracy: 1e-6, "one Han character is the widest piece")
        XCTAssertEqual(han.maximum, 5 * Fixtures.em, accuracy: 1e-6)
        let latin = widths("vision models")
        XCTAssertEqual(latin.minimum, widths("models").maximum, accuracy: 1e-6)
    }

    func testAURLsMinimumIsItsLongestPieceBetweenSlashesAndMarks() {
        let url = widths("https://data.example.org/projects/region-01/list.html?year=2026&type=storage", Fixtures.code)
        let piece = widths("region-01/", Fixtures.code)
        XCTAssertEqual(url.minimum, piece.maximum, accuracy: 1e-6, "the longest piece is region-01/ (no break after -)")
    }

    func testColumnsGetTheirMaximumWhenEverythingFits() {
        XCTAssertEqual(AutomaticTableLayout.columnWidths(minimum: [20, 30, 40], maximum: [40, 100, 120], available: 420), [40, 100, 120])
    }

    func testRoomAboveTheMinimumsIsSharedByWhatEachColumnStillWants() {
        // A column of numbers (minimum = maximum) keeps its width; the text columns share the rest.
        let widths = AutomaticTableLayout.columnWidths(minimum: [10, 10, 10, 10, 10, 10], maximum: [10, 25, 15, 10, 10, 10],
                                                       available: 75)
        XCTAssertEqual(widths[0], 10)
        XCTAssertEqual(widths.reduce(0, +), 75, accuracy: 1e-9)
        XCTAssertEqual((widths[1] - 10) / (widths[2] - 10), 15.0 / 5.0, accuracy: 1e-9)
    }

    func testOneLongColumnDoesNotTakeTheRoomOfTheOthers() {
        // An address column wanting 400 pt beside a text column wanting 100: its wish counts
        // only up to a third of the table, so the text column gets a fair share.
        let widths = AutomaticTableLayout.columnWidths(minimum: [60, 20], maximum: [400, 100], available: 200)
        let uncapped = 20 + 80 * 120.0 / 420
        XCTAssertGreaterThan(widths[1], uncapped + 10, "\(widths)")
        XCTAssertEqual(widths.reduce(0, +), 200, accuracy: 1e-9)
    }

    func testMinimumsThatDoNotFitAreScaledDown() {
        XCTAssertEqual(AutomaticTableLayout.columnWidths(minimum: [100, 300], maximum: [200, 300], available: 200), [50, 150])
        XCTAssertFalse(AutomaticTableLayout.fits(minimum: [100, 300], available: 200))
    }

    /// Eight columns of numbers too wide at 10.5 pt step down to the first size at which no
    /// number breaks; a table that fits stays at the body size.
    func testAWideTableStepsDownBeforeAnyNumberBreaks() {
        func cells(_ size: Double) -> [[[StyledText]]] {
            let style = TextStyle(fonts: [Fixtures.serif], size: size)
            return [Array(repeating: [StyledText(text: "12,345.67%", style: style)], count: 8)]
        }
        let at9 = Fixtures.typesetter.contentWidths(cells(9)[0][0]).maximum + 9
        let available = 8 * at9 + 1  // room for the numbers at 9 pt, not at 10.5 pt
        let fits = [10.5, 9, 8].map {
            Fixtures.typesetter.tableFit(size: $0, columns: 8, available: available, padding: 0.5 * $0, keepShort: 4, cells: cells($0))
        }
        XCTAssertEqual(fits.map(\.keepsWordsWhole), [false, true, true])
        let chosen = TableFit.choose(fits) { _ in 1 }
        XCTAssertEqual(chosen.size, 9)
        XCTAssertEqual(chosen.columnWidths, Array(repeating: at9, count: 8), "at 9 pt every column gets its whole number")
        let narrow = [10.5, 9, 8].map {
            Fixtures.typesetter.tableFit(size: $0, columns: 2, available: 420, padding: 0.5 * $0, keepShort: 4,
                                         cells: [Array(cells($0)[0].prefix(2))])
        }
        XCTAssertEqual(TableFit.choose(narrow) { _ in 1 }.size, 10.5)
    }

    func testASmallerSizeIsTakenWhenItMakesTheTableAQuarterShorter() {
        let fits = [10.5, 9, 8].map { TableFit(size: $0, columnWidths: [100], keepsWordsWhole: true) }
        XCTAssertEqual(TableFit.choose(fits) { [10.5: 40, 9: 32, 8: 31][$0.size]! }.size, 10.5, "a fifth shorter is not enough")
        XCTAssertEqual(TableFit.choose(fits) { [10.5: 40, 9: 36, 8: 20][$0.size]! }.size, 8)
        XCTAssertEqual(TableFit.choose(fits, shortest: 40) { [10.5: 40, 9: 36, 8: 20][$0.size]! }.size, 10.5,
                       "a table of one-line rows is as short as it gets")
        let none = fits.map { TableFit(size: $0.size, columnWidths: [100], keepsWordsWhole: false) }
        XCTAssertEqual(TableFit.choose(none) { _ in 1 }.size, 8, "when every size breaks words, the smallest breaks fewest")
    }

    func testNumericColumns() {
        for number in ["2,824.5", "8.6%", "-36.2%", "−1.5", "+3", "¥1,299", "12.5亿", " 42 "] {
            XCTAssertTrue(NumericText.isNumber(number), number)
        }
        for text in ["2026-05-12", "华东", "v1.2", "3.", "", "—", "1 万 2"] {
            XCTAssertFalse(NumericText.isNumber(text), text)
        }
        XCTAssertTrue(NumericText.isNumericColumn(["12", "—", "", "3.5%"]))
        XCTAssertFalse(NumericText.isNumericColumn(["12", "华东"]))
        XCTAssertFalse(NumericText.isNumericColumn(["—", ""]))
    }
}
