import Foundation
import BriefModel
import XCTest

final class ModelWalkerTests: XCTestCase {
    /// Enter and leave events as short strings, in the order the walker gives them.
    func trace(_ roots: [ModelNode], skipping skip: (ModelNode) -> Bool = { _ in false }) -> [String] {
        var events: [String] = []
        func name(_ node: ModelNode) -> String {
            switch node {
            case .block(let b):
                switch b {
                case .paragraph: return "p"
                case .list: return "list"
                case .quote: return "quote"
                case .table: return "table"
                case .figure: return "figure"
                case .code: return "code"
                case .thematicBreak: return "hr"
                }
            case .heading(_, let level): return "h\(level)"
            case .listItem(_, let index): return "item\(index)"
            case .tableCell(_, let row, let column): return "cell\(row),\(column)"
            case .inline(let i):
                switch i {
                case .text(let s): return "'\(s)'"
                case .strong: return "strong"
                case .emphasis: return "em"
                case .strikethrough: return "del"
                case .code(let s): return "`\(s)`"
                case .link: return "link"
                case .citation(let c): return "[\(c.label)]"
                case .lineBreak: return "br"
                case .softBreak: return "soft"
                }
            }
        }
        ModelWalker.walk(roots, enter: { node, _ in
            events.append("+" + name(node))
            return skip(node) ? .skipChildren : .visitChildren
        }, leave: { events.append("-" + name($0)) })
        return events
    }

    func testEveryNodeIsEnteredThenLeftInDocumentOrder() {
        let list = List(ordered: false, items: [[.paragraph([.text("a")])], [.quote([.paragraph([.strong([.text("b")])])])]])
        XCTAssertEqual(trace([.block(.list(list)), .block(.thematicBreak)]), [
            "+list", "+item0", "+p", "+'a'", "-'a'", "-p", "-item0",
            "+item1", "+quote", "+p", "+strong", "+'b'", "-'b'", "-strong", "-p", "-quote", "-item1", "-list",
            "+hr", "-hr",
        ])
    }

    func testTableCellsComeRowByRowWithTheHeaderAsRowZero() {
        let table = Table(alignments: [.none, .right], header: [[.text("h1")], [.text("h2")]], rows: [[[.text("x")], []]])
        let cells = trace([.block(.table(table))]).filter { $0.hasPrefix("+cell") }
        XCTAssertEqual(cells, ["+cell0,0", "+cell0,1", "+cell1,0", "+cell1,1"])
    }

    func testSkippedChildrenAreNotVisitedButTheNodeIsLeft() {
        let roots: [ModelNode] = [.inline(.link(url: "https://example.org", [.text("in")])), .inline(.text("after"))]
        let events = trace(roots) { if case .inline(.link) = $0 { true } else { false } }
        XCTAssertEqual(events, ["+link", "-link", "+'after'", "-'after'"])
    }

    func testEnterSeesTheNextSibling() {
        let citation = Citation(occurrence: 1, numbers: [2])
        var pairs: [String] = []
        ModelWalker.walk([.text("甲"), .citation(citation), .text("乙")].map(ModelNode.inline), enter: { node, next in
            if case .inline(.text(let s)) = node {
                if case .inline(.citation)? = next { pairs.append(s + "→cite") } else { pairs.append(s + "→" + (next == nil ? "end" : "other")) }
            }
            return .visitChildren
        })
        XCTAssertEqual(pairs, ["甲→cite", "乙→end"])
    }

    func testEditionRootsHoldSummarySectionsAndSubsectionsInReadingOrder() {
        let cite = { (n: Int) in Inline.citation(Citation(occurrence: n, numbers: [n])) }
        let edition = Edition(
            date: EditionDate(year: 2026, month: 5, day: 28)!, number: nil, title: "简报",
            summary: Summary(title: "摘要", blocks: [.paragraph([.text("s"), cite(1)])]),
            sections: [Section(id: "s1", title: [.text("一"), cite(2)], number: 1, blocks: [.paragraph([.emphasis([cite(3)])])],
                               subsections: [Subsection(id: "s1-1", title: [.text("小")], number: 1,
                                                        blocks: [.figure(Figure(image: ImageAsset(path: "a.png", format: .png, pixelWidth: 1, pixelHeight: 1, data: Data()),
                                                                                caption: [cite(4)], number: 1))])])],
            references: [], sourcePath: "editions/2026-05-28.md")
        XCTAssertEqual(edition.citations.map(\.occurrence), [1, 2, 3, 4])
    }

    func testPlainTextJoinsLatinAcrossSoftBreaksOnly() {
        let inlines: [Inline] = [.text("Hello"), .softBreak, .strong([.text("world")]), .softBreak, .text("中文"), .softBreak, .text("字"), .lineBreak, .code("x")]
        XCTAssertEqual(inlines.plainText, "Hello world 中文字\nx")
    }

    /// The walk keeps its stack on the heap: a chain far deeper than the host stack could
    /// recurse through is walked (the reader never builds one; see NestingLimits).
    func testAChainTenThousandDeepIsWalked() {
        var inline = Inline.text("深")
        for _ in 0..<10_000 { inline = .strong([inline]) }
        var deepest = 0, depth = 0
        ModelWalker.walk([.inline(inline)], enter: { _, _ in depth += 1; deepest = max(deepest, depth); return .visitChildren },
                         leave: { _ in depth -= 1 })
        XCTAssertEqual(deepest, 10_001)
        XCTAssertEqual(depth, 0)
    }

    func testRaggedTableRowsGiveEachCellItsRowAndColumn() {
        let table = Table(alignments: [], header: [[.text("a")]], rows: [[[.text("b")], [.text("c")]], [], [[.text("d")]]])
        let cells = trace([.block(.table(table))]).filter { $0.hasPrefix("+cell") }
        XCTAssertEqual(cells, ["+cell0,0", "+cell1,0", "+cell1,1", "+cell3,0"])
        XCTAssertEqual(ModelNode.block(.table(table)).children.count, ModelNode.block(.table(table)).childCount)
    }

    /// Cells are listed once per table, not found by counting through the rows each time.
    func testATableOfFiftyThousandRowsIsWalkedCellByCell() {
        let table = Table(alignments: [], header: [[.text("h")]], rows: Array(repeating: [[.text("x")], [.text("y")]], count: 50_000))
        var cells = 0
        ModelWalker.walk([.block(.table(table))], enter: { node, _ in
            if case .tableCell = node { cells += 1 }
            return .visitChildren
        })
        XCTAssertEqual(cells, 100_001)
    }
}
