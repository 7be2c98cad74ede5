import XCTest
@testable import Typesetting

final class ProbeTests: XCTestCase {
    func testProbe() throws {
        let store = FontStore()
        let face = try store.face(family: "Noto Serif CJK SC", hint: "install fonts-noto-cjk")
        print("FACE", face, store.metrics(face))
        let ts = Typesetter(fonts: store)
        let style = TextStyle(fonts: [face], size: 10)
        for t in ["“中”", "——", "……", "·", "～", "，。、；：？！", " a", "AI", "（）《》", "％%", "／/", "–", "12.5%", "‘’"] {
            let lines = ts.layout(ParagraphSpec(runs: [StyledText(text: t, style: style)], width: 1000, alignment: .start))
            print(t, lines.flatMap { $0.glyphs }.map { "\($0.text)@\(String(format: "%.2f", $0.x)) gid\($0.glyphID) adv\(String(format: "%.2f", $0.advance))" })
            let spaced = ts.debugSpaced(t, style: style)
            for a in spaced.atoms { print("  ", a.kind, a.advance, a.blankLeft, a.blankRight) }
        }
    }
}
