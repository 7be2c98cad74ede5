@testable import PDFBackend
import XCTest

/// How a table shares the type area among its columns.
final class TableColumnWidthTests: XCTestCase {
    func testTableThatFitsKeepsNaturalWidths() {
        XCTAssertEqual(Composer.columnWidths(natural: [40, 100, 120], available: 420), [40, 100, 120])
    }

    func testNarrowColumnKeepsItsWidthWhenWideOnesShare() {
        // 地区 (two characters) beside two long text columns: it must not be squeezed.
        let widths = Composer.columnWidths(natural: [31.5, 400, 300], available: 420)
        XCTAssertEqual(widths[0], 31.5, "the narrow column was squeezed: \(widths)")
        XCTAssertEqual(widths.reduce(0, +), 420, accuracy: 1e-9)
        XCTAssertEqual(widths[1] / widths[2], 400.0 / 300.0, accuracy: 1e-9, "wide columns share in proportion")
    }

    func testEveryColumnWideSharesInProportion() {
        let widths = Composer.columnWidths(natural: [300, 300, 600], available: 420)
        XCTAssertEqual(widths, [105, 105, 210])
    }
}
