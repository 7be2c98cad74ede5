import BriefModel
import BriefReader
import Foundation
import TestSupport
import XCTest

/// The table fixture (Tests/Fixtures/tables) printed and read back with poppler, MuPDF and
/// qpdf: an eight-column table of numbers, dates, percentages and addresses, and a
/// sixty-row table over pages, as a reader sees them.
final class TableEditionTests: XCTestCase {
    static let editionPath = Checkout.root.appendingPathComponent("Tests/Fixtures/tables/editions/2026-06-02.md").path

    /// Rendered once for all the tests.
    private static let rendered = Result { try RenderedEdition(BriefingReader.read(editionAt: editionPath)) }

    /// A word as `pdftotext -bbox` finds it.
    struct Word {
        var page: Int
        var xMin, yMin, xMax, yMax: Double
        var text: String
    }

    private static func words(_ path: String) throws -> [Word] {
        let result = try Tool.run("pdftotext", ["-bbox", path, "-"])
        guard result.status == 0 else { throw ToolFailure(tool: "pdftotext -bbox", message: result.errors) }
        var words: [Word] = []
        var page = 0
        let pattern = try NSRegularExpression(pattern: #"<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>"#)
        for line in result.text.split(separator: "\n") {
            if line.contains("<page ") { page += 1; continue }
            let text = String(line)
            guard let match = pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { continue }
            func group(_ i: Int) -> String { String(text[Range(match.range(at: i), in: text)!]) }
            words.append(Word(page: page, xMin: Double(group(1))!, yMin: Double(group(2))!, xMax: Double(group(3))!,
                              yMax: Double(group(4))!, text: PrintedText.unescape(group(5))))
        }
        return words
    }

    private var tables: [BriefModel.Table] {
        get throws {
            try Self.rendered.get().briefing.edition.sections.flatMap(\.blocks).compactMap {
                if case .table(let table) = $0 { table } else { nil }
            }
        }
    }

    /// Every number, date and percentage of both tables is one word on one line: nothing
    /// like `2,|82` or `8.|6%`.
    func testNumbersDatesAndPercentagesAreNeverBroken() throws {
        let words = try Self.words(Self.rendered.get().path)
        let tokens = try tables.flatMap { $0.rows.flatMap { $0.map(\.plainText) } }
            .filter { $0.range(of: #"^[-−]?[\d,.]+%?$|^\d{4}-\d\d-\d\d$"#, options: .regularExpression) != nil }
        XCTAssertGreaterThan(tokens.count, 200, "the fixture's numbers, dates and percentages")
        for token in Set(tokens) {
            XCTAssertTrue(words.contains { $0.text.contains(token) }, "\(token) is not printed whole on one line")
        }
    }

    /// Short headers stay on one line (never one character a line), and an address in a
    /// cell breaks only after `/` or before `. ? & =`: every piece printed on a line starts
    /// and ends at such a point.
    func testShortHeadersStayWholeAndAddressesBreakOnlyAtTheirSeparators() throws {
        let words = try Self.words(Self.rendered.get().path)
        for header in ["地区", "项目数", "同比增速", "利用率", "公示日期", "公示地址", "序号", "日期", "占比"] {
            XCTAssertTrue(words.contains { $0.text == header }, "the header \(header) is not printed whole")
        }
        let urls = try tables[0].rows.map { $0[7].plainText }
        // Words in the address column: right of its header, below it, on its page.
        let columnHeads = words.filter { $0.text == "公示地址" }
        let inColumn = words.filter { word in
            columnHeads.contains { $0.page == word.page && word.xMin >= $0.xMin - 0.5 && word.yMin > $0.yMax }
        }
        var pieces = 0
        for word in inColumn {
            guard let url = urls.first(where: { $0.contains(word.text) }), word.text != url, word.text.count > 1,
                  let range = url.range(of: word.text) else { continue }
            pieces += 1
            let startsWell = range.lowerBound == url.startIndex || url[url.index(before: range.lowerBound)] == "/"
                || ".?&=".contains(word.text.first!)
            let endsWell = range.upperBound == url.endIndex || word.text.last == "/" || ".?&=".contains(url[range.upperBound])
            XCTAssertTrue(startsWell && endsWell, "the address breaks badly around “\(word.text)” in \(url)")
        }
        XCTAssertGreaterThan(pieces, 8, "the addresses are printed over several lines")
    }

    /// The wide table is set smaller than the body (it does not fit at 10.5 pt without
    /// wrapping its addresses many lines deep); the long narrow one at the body size.
    func testAWideTableStepsDownAndANarrowOneKeepsTheBodySize() throws {
        let chars = try PrintedText.chars(ofPDF: Self.rendered.get().path)
        func size(of text: String) throws -> Double {
            let lines = PrintedText.lines(chars).filter { $0.text.contains(text) }
            return try XCTUnwrap(lines.first, "\(text) is printed").chars.first { text.hasPrefix($0.text) }!.size
        }
        let wide = try tables[0], long = try tables[1]
        XCTAssertLessThan(try size(of: wide.rows[0][2].plainText), 10.5)
        XCTAssertEqual(try size(of: long.rows[0][1].plainText), 10.5, accuracy: 0.01)
    }

    /// Every page a table continues on opens with 续表 and the header row again, above
    /// its rows; the caption stands once, on the first page.
    func testEveryContinuationPageRepeatsTheHeaderUnderAContinuedLine() throws {
        let words = try Self.words(Self.rendered.get().path)
        let long = try tables[1]
        let rowMarks = long.rows.map { $0[1].plainText }  // 北京第1号储能电站…
        let pages = Set(words.filter { word in rowMarks.contains { $0.hasPrefix(word.text) && word.text.count > 2 } }.map(\.page)).sorted()
        XCTAssertGreaterThanOrEqual(pages.count, 3, "the 60-row table runs over three pages or more")
        for page in pages.dropFirst() {
            let onPage = words.filter { $0.page == page }
            let continued = try XCTUnwrap(onPage.first { $0.text == "续表" }, "page \(page) has no 续表")
            let header = try XCTUnwrap(onPage.first { $0.text == "序号" }, "page \(page) does not repeat the header")
            let firstRow = try XCTUnwrap(onPage.filter { word in rowMarks.contains { $0.hasPrefix(word.text) && word.text.count > 2 } }
                .min { $0.yMin < $1.yMin })
            XCTAssertLessThan(continued.yMax, header.yMin, "续表 above the header on page \(page)")
            XCTAssertLessThan(header.yMax, firstRow.yMin, "the header above the rows on page \(page)")
        }
        let text = words.map(\.text).joined()
        XCTAssertEqual(text.components(separatedBy: "逐日并网的新型储能项目").count - 1, 1, "the caption is printed once")
    }

    /// Numeric columns are right-aligned (their right edges agree, their left edges do not),
    /// dates and text left-aligned, on every page of the long table. A printed row is the
    /// words on one baseline that hold one of the long table's dates: 序号 first, the
    /// date, then 容量 and 占比.
    func testNumericColumnsAreRightAligned() throws {
        let words = try Self.words(Self.rendered.get().path)
        let dates = Set(try tables[1].rows.map { $0[2].plainText })
        let lines = Dictionary(grouping: words) { "\($0.page) \(Int($0.yMax.rounded()))" }.values
            .map { $0.sorted { $0.xMin < $1.xMin } }
            .filter { $0.contains { dates.contains($0.text) } }
        XCTAssertEqual(lines.count, 60, "every row of the long table found")
        func spread(_ values: [Double]) -> Double { values.max()! - values.min()! }
        for (page, rows) in Dictionary(grouping: lines, by: { $0[0].page }) where rows.count > 1 {
            let date = rows.map { row in row.firstIndex { dates.contains($0.text) }! }
            let columns: [(String, [Word], Bool)] = [
                ("序号", rows.map { $0[0] }, true),
                ("容量", zip(rows, date).map { $0[$1 + 1] }, true),
                ("占比", rows.map { $0.last! }, true),
                ("日期", zip(rows, date).map { $0[$1] }, false),
            ]
            for (name, cells, right) in columns {
                if right {
                    XCTAssertLessThan(spread(cells.map(\.xMax)), 0.5, "\(name) right edges on page \(page)")
                    if Set(cells.map(\.text.count)).count > 1 { XCTAssertGreaterThan(spread(cells.map(\.xMin)), 2, "\(name) left edges on page \(page)") }
                } else {
                    XCTAssertLessThan(spread(cells.map(\.xMin)), 0.5, "\(name) left edges on page \(page)")
                }
            }
        }
    }

    /// A three-line table: only horizontal rules, thick (1 pt) above the header and under
    /// the last row (and at the foot of each page the table breaks on), thin (0.5 pt) under
    /// the header; no vertical rule anywhere.
    func testThreeLineTablesHaveNoVerticalRules() throws {
        let rendered = try Self.rendered.get()
        let content = try ExpandedPDF.text(ofPDFAt: rendered.path)
        let stroke = try NSRegularExpression(pattern: #"([\d.]+) w\n|([\d.-]+) ([\d.-]+) m ([\d.-]+) ([\d.-]+) l S"#)
        var width = 0.0
        var horizontal: [Double: Int] = [:], vertical = 0
        for match in stroke.matches(in: content, range: NSRange(content.startIndex..., in: content)) {
            func group(_ i: Int) -> Double? { Range(match.range(at: i), in: content).flatMap { Double(content[$0]) } }
            if let w = group(1) { width = w; continue }
            guard let x0 = group(2), let y0 = group(3), let x1 = group(4), let y1 = group(5) else { continue }
            // Rules no wider than the type area (420 pt): the summary box's rule is wider.
            if x0 == x1 { vertical += 1 } else if y0 == y1, x1 - x0 <= 420.01 { horizontal[width, default: 0] += 1 }
        }
        XCTAssertEqual(vertical, 0, "vertical rules drawn")
        // Each table's top and bottom, and on each page a table continues on its new top and
        // the closing rule on the page before.
        let continued = try Self.words(rendered.path).filter { $0.text == "续表" }.count
        XCTAssertGreaterThan(continued, 0)
        XCTAssertEqual(horizontal[1, default: 0], 2 * 2 + 2 * continued, "thick rules: every page's part of a table is closed")
        XCTAssertGreaterThanOrEqual(horizontal[0.5, default: 0], 2, "thin rules under each header")
    }

    /// 表 1 and 表 2 each once: the typed 表 1 of the first caption is dropped, 续表 does
    /// not number, and the repeated headers are artifacts, so the structure holds each
    /// header once (TH with column scope), each cell a TD holding its text directly.
    func testCaptionsNumberOnceAndRepeatedHeadersAreArtifacts() throws {
        let rendered = try Self.rendered.get()
        let text = PrintedText.lines(try PrintedText.chars(ofPDF: rendered.path)).map(\.mainText).joined()
        XCTAssertEqual(text.components(separatedBy: "表1").count - 1, 1, "表 1 printed once")
        XCTAssertTrue(text.contains("表1各地区算力与储能项目（截至2026年5月）"))
        XCTAssertEqual(text.components(separatedBy: "表2").count - 1, 1, "表 2 printed once")
        XCTAssertTrue(text.contains("表2逐日并网的新型储能项目"))

        let check = try PDFUACheck(pdf: rendered.path)
        XCTAssertEqual(check.findings, [], "pdfua findings")
        let tree = try StructureTree(pdf: rendered.path)
        let tables = try self.tables
        XCTAssertEqual(tree.roles.filter { $0 == "TH" }.count, tables.map(\.header.count).reduce(0, +), "each header cell tagged once")
        XCTAssertEqual(tree.roles.filter { $0 == "TD" }.count, tables.map { $0.rows.map(\.count).reduce(0, +) }.reduce(0, +))
        XCTAssertEqual(tree.roles.filter { $0 == "TR" }.count, tables.map { $0.rows.count + 1 }.reduce(0, +))
        XCTAssertEqual(tree.texts(of: "Caption").map { $0.replacingOccurrences(of: " ", with: "") },
                       ["表1\u{3000}各地区算力与储能项目（截至2026年5月）", "表2\u{3000}逐日并网的新型储能项目"])
        XCTAssertFalse(tree.elements.contains { $0.text.contains("续表") }, "续表 is an artifact")
        for (index, element) in tree.elements.enumerated() where element.role == "TD" {
            XCTAssertFalse(index + 1 < tree.elements.count && tree.elements[index + 1].depth > element.depth
                           && tree.elements[index + 1].role == "P", "a cell holds its text, not a P")
        }
    }
}
