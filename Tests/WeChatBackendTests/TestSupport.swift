import BriefModel
import WeChatBackend
import XCTest

extension XCTestCase {
    func render(_ briefing: Briefing, imageBase: String? = nil) throws -> WeChatArticle {
        try WeChatWriter(layout: Fixtures.defaultLayout(), imageBase: imageBase).render(briefing)
    }

    /// The fragment's root section, parsed.
    func root(of article: WeChatArticle, file: StaticString = #filePath, line: UInt = #line) throws -> HTMLNode {
        let nodes = ParsedHTML.fragment(article.fragment).filter { $0.name != nil }
        return try XCTUnwrap(nodes.first, "expected a root section in the fragment", file: file, line: line)
    }
}

extension String {
    var withoutWhitespace: String { String(filter { !$0.isWhitespace }) }
}

extension HTMLNode {
    /// The value of `property` in this element's style attribute.
    func style(_ property: String) -> String? {
        FragmentChecker().parseStyle(attribute("style") ?? "").declarations.first { $0.property == property }?.value
    }
}

/// Asserts that each of `parts` occurs in `text` after the previous one.
func assertInOrder(_ parts: [String], in text: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
    var rest = Substring(text)
    for part in parts where !part.isEmpty {
        guard let range = rest.range(of: part) else {
            let seenAnywhere = text.contains(part)
            XCTFail("\(what): expected “\(part.prefix(60))” \(seenAnywhere ? "later in the text (it appears out of order)" : "in the text (it is missing)")",
                    file: file, line: line)
            return
        }
        rest = rest[range.upperBound...]
    }
}
