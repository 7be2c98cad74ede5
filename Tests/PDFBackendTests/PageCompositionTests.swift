import BriefModel
import Foundation
import Graphics
import TestSupport
import XCTest

/// How pages and blocks look to a reader, measured on the printed PDF: pages filled to the
/// foot, figures never blown up, references as a list, Latin words never letter-spaced,
/// dates and ranges never broken.
final class PageCompositionTests: XCTestCase {
    /// The shared sample sets on four pages, as Typst sets it; every page but the last ends
    /// within two lines of the foot, except one that ends before a level-1 heading, which
    /// takes its space, its two lines and the two lines of text kept with it (five lines).
    func testSharedSampleFillsItsPagesAndEndsWithTheContactBlockOnTheLastTextPage() throws {
        let printed = try PrintedSample.of(SamplePublication.shared())
        let lines = PrintedText.withoutPageNumbers(printed.lines).filter { $0.page > 0 }
        let pages = Set(lines.map(\.page)).sorted()
        XCTAssertEqual(pages.count, 4, "the sample on four pages")
        let pitch = 1.6 * printed.body.em
        // The foot: the lowest baseline of any page.
        let foot = lines.map(\.baseline).max() ?? 0
        for page in pages.dropLast() {
            let last = lines.filter { $0.page == page }.map(\.baseline).max() ?? 0
            let short = ((foot - last) / pitch).rounded(.down)
            let next = lines.filter { $0.page == page + 1 }.min { $0.baseline < $1.baseline }
            let opensWithHeading = (next?.size ?? 0) > 1.2 * printed.body.em
            XCTAssertLessThanOrEqual(short, opensWithHeading ? 4 : 2,
                                     "page \(page) ends \(short) lines above the foot (next page opens with “\(next?.text.prefix(10) ?? "")”)")
        }
        let lastPage = lines.filter { $0.page == pages.last }.map(\.mainText).joined()
        XCTAssertTrue(lastPage.contains("[11]"), "the last page holds the end of the reference list")
        XCTAssertTrue(lastPage.contains("联系我们"), "and the contact block under it")
    }

    /// Every reference line starts with its `[n]` or continues under the text (never with a
    /// separator); the URL has a line of its own; no date breaks at its hyphens.
    func testReferencesAreAListWithHangingNumbersAndWholeDates() throws {
        let printed = try PrintedSample.of(SamplePublication.shared())
        let lines = PrintedText.withoutPageNumbers(printed.lines)
        guard let start = lines.firstIndex(where: { $0.mainText == "参考文献" && $0.size > printed.body.em }) else {
            return XCTFail("no 参考文献 heading")
        }
        let entries = lines[(start + 1)...].prefix { $0.size < printed.body.em && !$0.text.contains("联系") }
        let numbers = entries.compactMap { line -> Int? in
            guard line.mainText.hasPrefix("["), let close = line.mainText.firstIndex(of: "]") else { return nil }
            return Int(line.mainText[line.mainText.index(after: line.mainText.startIndex)..<close])
        }
        XCTAssertEqual(numbers, Array(1...printed.edition.briefing.edition.references.count), "one [n] per entry, in order")
        let numberEdge = entries.first { $0.mainText.hasPrefix("[1]") }.map { $0.chars[3].x0 } ?? 0
        for line in entries {
            XCTAssertFalse(line.mainText.hasPrefix("|") || line.mainText.hasPrefix("："), "a line starts with a separator: \(line.text)")
            XCTAssertNil(line.mainText.range(of: #"\d{4}-(\d{2}-?)?$"#, options: .regularExpression), "a date breaks: \(line.text)")
            if !line.mainText.hasPrefix("[") {
                XCTAssertEqual(line.x0, numberEdge, accuracy: 0.5, "a continued line hangs under the text: \(line.text)")
            }
        }
    }

    /// On justified lines the letters of a Latin word keep their natural spacing: a pair of
    /// letters in one face and size stands the same distance apart (origin to origin) wherever
    /// it is printed, on a justified line as on a ragged one. Letter-spacing, which the issue
    /// measured at 0.35–0.55 pt, would widen the pairs of loose lines only. Gaps of a word
    /// space and more are between words.
    func testLatinWordsAreNeverLetterSpaced() throws {
        let printed = try PrintedSample.of(SamplePublication.shared())
        var distances: [String: [(Double, String)]] = [:]
        for line in printed.lines {
            for (a, b) in zip(line.chars, line.chars.dropFirst())
            where a.text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic && $0.isASCII })
                && b.text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic && $0.isASCII })
                && a.size == b.size && a.font == b.font && b.x0 - a.x1 < 0.15 * a.size {
                distances["\(a.font) \(a.size) \(a.text)\(b.text)", default: []].append((b.x0 - a.x0, line.text))
            }
        }
        let repeated = distances.filter { $0.value.count > 1 }
        XCTAssertGreaterThan(repeated.count, 20, "expected Latin words repeated in the sample")
        for (pair, seen) in repeated {
            let least = seen.map(\.0).min()!, most = seen.max { $0.0 < $1.0 }!
            XCTAssertLessThanOrEqual(most.0 - least, 0.01, "\(pair) spaced \(most.0 - least) pt apart in “\(most.1)”")
        }
    }

    /// A 120-pixel image with no recorded resolution is drawn at 144 ppi at most (never
    /// stretched across the measure), and a caption the editor numbered is not numbered again.
    func testSmallFigureKeepsItsNaturalSizeAndItsNumberOnce() throws {
        let png = try QRCode(encoding: "https://example.org/f").png(scale: 4)
        let pixels = (try QRCode(encoding: "https://example.org/f").size + 8) * 4
        let image = ImageAsset(path: "assets/small.png", format: .png, pixelWidth: pixels, pixelHeight: pixels, data: Data(png))
        var briefing = try BlockKindsTests.briefing()
        briefing.edition.sections[0].blocks = [
            .paragraph([.text("正文。")]),
            .figure(Figure(image: image, caption: [.text("图 1 示意")], number: 1)),
        ]
        let rendered = try RenderedEdition(briefing)
        let list = try Tool.run("pdfimages", ["-list", rendered.path]).text
        // page num type width height color comp bpc enc interp object ID x-ppi y-ppi …
        let rows: [[Substring]] = list.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ") }
        let figureRow = rows.first { (row: [Substring]) -> Bool in row.count > 13 && row[3] == Substring(String(pixels)) }
        let ppi: Double? = figureRow.flatMap { Double($0[12]) }
        XCTAssertNotNil(ppi, "figure not found in:\n\(list)")
        XCTAssertGreaterThanOrEqual(ppi ?? 0, 143.5, "the figure is blown up past its natural size")
        let text = PrintedText.lines(try PrintedText.chars(ofPDF: rendered.path)).map(\.mainText).joined().compacted
        XCTAssertTrue(text.contains("图1示意"), "caption missing in \(text)")
        XCTAssertFalse(text.contains("图1图1"), "the typed number is printed twice")
    }

    /// A wrapped contents entry continues under its title text, not under its number.
    func testWrappedContentsEntryContinuesUnderItsTitle() throws {
        let printed = try PrintedSample.of(SamplePublication.shared())
        let lines = printed.lines.filter { $0.page == 1 }
        guard let index = lines.firstIndex(where: { $0.mainText.hasPrefix("五、Micron") && $0.size < 1.1 * printed.body.em }),
              index + 1 < lines.count else { return XCTFail("no wrapped contents entry 五、Micron… on page 1") }
        let titleStart = lines[index].chars[2].x0
        XCTAssertEqual(lines[index + 1].x0, titleStart, accuracy: 0.5, "“\(lines[index + 1].text)” under “\(lines[index].text)”")
    }

    /// A level-1 heading of three phrases too long for two lines is set centred on three,
    /// each line a whole phrase.
    func testLongHeadingStaysCentredInWholePhrases() throws {
        var briefing = try BlockKindsTests.briefing()
        briefing.edition.sections[0].title = [.text("数据政策继续围绕场景和制度施工展开，国家数据局公布年度重点任务清单与评估办法，地方观察数据要素市场化配置改革的进展")]
        let rendered = try RenderedEdition(briefing)
        let lines = PrintedText.lines(try PrintedText.chars(ofPDF: rendered.path)).filter { $0.size > 14 && $0.size < 16 }
        let heading = lines.filter { $0.mainText.contains("数据") || $0.mainText.contains("评估") }
            .drop { !$0.mainText.hasPrefix("一、") }.prefix(3)
        XCTAssertEqual(heading.map(\.mainText), ["一、数据政策继续围绕场景和制度施工展开，", "国家数据局公布年度重点任务清单与评估办法，",
                                                 "地方观察数据要素市场化配置改革的进展"])
        let centres = heading.map { ($0.x0 + $0.x1) / 2 }
        for centre in centres { XCTAssertEqual(centre, centres[0], accuracy: 8, "lines centred on one axis: \(centres)") }
    }
}
