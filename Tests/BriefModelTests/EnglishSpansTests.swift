import BriefModel
import XCTest

final class EnglishSpansTests: XCTestCase {
    private func runs(_ text: String) -> [String] {
        EnglishSpans.runs(text).map { $0.english ? "[\($0.text)]" : $0.text }
    }

    func testChineseWithFewerThanTwoLatinLettersIsOneChineseRun() {
        XCTAssertEqual(runs("全国算力网调度平台"), ["全国算力网调度平台"])
        XCTAssertEqual(runs("A股与5G，增长20%"), ["A股与5G，增长20%"])
        XCTAssertTrue(EnglishSpans.runs("").isEmpty)
    }

    func testLatinWordsAreEnglishTrimmedToTheirLetters() {
        XCTAssertEqual(runs("据 Financial Times 报道"), ["据 ", "[Financial Times]", " 报道"])
        XCTAssertEqual(runs("“Grid-scale storage”，他说"), ["“", "[Grid-scale storage]", "”，他说"])
        XCTAssertEqual(runs("Café au lait。"), ["[Café au lait]", "。"])
    }

    func testRunsJoinToTheText() {
        for text in ["HBM 与 EDA 产业链", "AI", "见 https://example.org/a-b 的说明", "ÅÄ中文"] {
            XCTAssertEqual(EnglishSpans.runs(text).map(\.text).joined(), text)
        }
    }
}
