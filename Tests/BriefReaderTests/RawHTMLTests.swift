import BriefModel
import BriefReader
import XCTest

/// Raw HTML in an edition is reduced to what a reader sees, in the model's own terms.
final class RawHTMLTests: XCTestCase {
    func read(_ body: String) throws -> Edition { try Fixture.readEdition(Fixture.edition(body: body)) }

    func testLineBreakInAnHTMLBlockIsALineBreak() throws {
        let e = try read("# 节\n\n正文[@a]。\n\n<div>第一行<br>第二行<br/>\n第三行</div>\n")
        XCTAssertEqual(e.sections[0].blocks.last, .paragraph([.text("第一行"), .lineBreak, .text("第二行"), .lineBreak, .text("第三行")]),
                       "expected <br> as .lineBreak and no newline inside text")
    }

    func testHeadElementInlineIsHidden() throws {
        // `head` was hidden in blocks but not inline: one list now serves both.
        let e = try read("# 节\n\n正文<head>隐藏</head>可见[@a]。\n")
        XCTAssertEqual(e.sections[0].blocks[0].inlines.plainText, "正文可见。",
                       "expected the head element's content hidden; found \(e.sections[0].blocks)")
    }
}

private extension Block {
    var inlines: [Inline] {
        if case .paragraph(let inlines) = self { return inlines }
        return []
    }
}
