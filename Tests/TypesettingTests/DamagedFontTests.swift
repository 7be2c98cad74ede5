import Foundation
import Typesetting
import XCTest

/// A face whose file passes the header check but cannot be opened: faces are opened lazily,
/// so the failure is found while setting type. It must neither trap nor vanish into the
/// fallback: the store records it, naming the file, for the caller to refuse the result.
final class DamagedFontTests: XCTestCase {
    private var path: String!

    override func setUpWithError() throws {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("damaged-\(UUID().uuidString).otf")
        let bytes = Array("OTTO".utf8) + [UInt8](repeating: 0, count: 8) + Array("garbage where the tables should be".utf8)
        try Data(bytes).write(to: url)
        path = url.path
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: path)
    }

    func testDamagedFirstFaceIsRecordedEvenWhenAFallbackSetsTheText() throws {
        let store = FontStore()
        let bad = try store.face(path: path, index: 0)
        let good = try store.face(family: "Noto Serif CJK SC", hint: "install fonts-noto-cjk")
        let style = TextStyle(fonts: [bad, good], size: 10.5)
        _ = Typesetter(fonts: store).layout(ParagraphSpec(runs: [StyledText(text: "正文 text", style: style)], width: 200))
        let failures = store.openFailures.map { "\($0)" }
        XCTAssertTrue(failures.count == 1 && failures[0].contains(path),
                      "expected one open failure naming \(path!); found: \(failures)")
    }

    func testParagraphInOnlyDamagedFacesFinishesAndRecordsTheFailure() throws {
        let store = FontStore()
        let bad = try store.face(path: path, index: 0)
        let style = TextStyle(fonts: [bad], size: 10.5)
        let lines = Typesetter(fonts: store).layout(ParagraphSpec(runs: [StyledText(text: "正文", style: style)], width: 200))
        XCTAssertFalse(lines.isEmpty, "expected the paragraph to finish; found no lines")
        let failures = store.openFailures.map { "\($0)" }
        XCTAssertTrue(failures.first?.contains(path) ?? false, "expected an open failure naming \(path!); found: \(failures)")
    }
}
