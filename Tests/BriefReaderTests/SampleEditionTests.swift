import BriefModel
import BriefReader
import TestSupport
import XCTest

/// The shared sample is a real edition: reading it must give exactly its structure.
final class SampleEditionTests: XCTestCase {
    var briefing: Briefing!

    override func setUpWithError() throws {
        briefing = try BriefingReader.read(editionAt: SharedSample.edition())
    }

    func testSampleHasSixNumberedSectionsAndOneUnnumbered() {
        let sections = briefing.edition.sections
        XCTAssertEqual(sections.count, 7)
        XCTAssertEqual(sections.compactMap(\.number), [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(sections.map(\.label), ["一、", "二、", "三、", "四、", "五、", "六、", ""])
        XCTAssertEqual(sections.last?.title.plainText, "今日判断")
        XCTAssertEqual(sections[0].headingText, "一、南繁硅谷论坛突出数字智能育种，农业新质生产力从实验室走向产业链")
    }

    func testSampleHasElevenReferencesInFrontMatterOrder() {
        let refs = briefing.edition.references
        XCTAssertEqual(refs.count, 11)
        XCTAssertEqual(refs.map(\.number), Array(1...11))
        XCTAssertEqual(refs[0].id, "ndrc-seed")
        XCTAssertEqual(refs[8].title, "Micron joins $1 trillion club, AI race powers memory chip boom")
    }

    func testEveryCitationResolvesToItsReferenceNumber() {
        let citations = briefing.edition.citations
        XCTAssertEqual(citations.map(\.numbers), [[1], [3], [4], [5], [2], [9, 10], [11], [7], [6], [8]])
        XCTAssertEqual(citations.map(\.occurrence), Array(1...10))
        // No `[@` may survive as text anywhere.
        let text = briefing.edition.sections.flatMap(\.blocks).map { block -> String in
            if case .paragraph(let inlines) = block { return inlines.plainText }
            return ""
        }.joined()
        XCTAssertFalse(text.contains("[@"), "a citation was left as text")
    }

    func testSummaryTitleBlockAndContact() {
        XCTAssertEqual(briefing.edition.summary?.title, "摘要")
        XCTAssertEqual(briefing.edition.summary?.blocks.count, 1)
        XCTAssertEqual(briefing.edition.date.chinese, "2026 年 5 月 28 日")
        XCTAssertEqual(briefing.edition.title, "新质生产力每日动态")
        XCTAssertEqual(briefing.publication.producerLine, "博雅云创 & 中科创新驱动")
        XCTAssertEqual(briefing.publication.contact?.codes.count, 2)
        XCTAssertEqual(briefing.publication.contact?.about.map(\.name), ["新质生产力工作委员会", "工业智能算网"])
        XCTAssertEqual(briefing.publication.contact?.website, "https://gyznswn.cn")
    }

    func testContentsListsSectionsThenReferences() {
        let contents = briefing.edition.contents
        XCTAssertEqual(contents.count, 8)
        XCTAssertEqual(contents.first?.text, "一、南繁硅谷论坛突出数字智能育种，农业新质生产力从实验室走向产业链")
        XCTAssertEqual(contents.suffix(2).map(\.text), ["今日判断", "参考文献"])
        XCTAssertEqual(Set(contents.map(\.anchor)).count, contents.count, "anchors must be unique")
    }

    func testParagraphTextKeepsLatinAndDigits() {
        guard case .paragraph(let inlines) = briefing.edition.sections[2].blocks[0] else {
            return XCTFail("section 三 should open with a paragraph")
        }
        XCTAssertTrue(inlines.plainText.contains("核心交易系统延迟低于 500 微秒"), inlines.plainText)
    }
}
