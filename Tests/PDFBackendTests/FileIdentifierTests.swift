import BriefModel
import Foundation
import XCTest

/// The trailer's `/ID` is the MD5 of everything before the xref table, so identical
/// documents get identical identifiers: checked with `md5sum`, the tool a user would use.
final class FileIdentifierTests: XCTestCase {
    func testIdentifierIsTheMD5OfTheBodyAsMd5sumComputesIt() throws {
        var longer = try BlockKindsTests.briefing()
        longer.edition.title += "（增订）"
        for briefing in [try BlockKindsTests.briefing(), longer] {
            let rendered = try RenderedEdition(briefing)
            let text = String(decoding: rendered.bytes, as: UTF8.self)
            let startxref = try XCTUnwrap(text.range(of: "startxref\n", options: .backwards), "no startxref")
            let offset = try XCTUnwrap(Int(text[startxref.upperBound...].prefix { $0.isNumber }), "no xref offset")
            let idStart = try XCTUnwrap(text.range(of: "/ID[<", options: .backwards), "no /ID in the trailer")
            let id = String(text[idStart.upperBound...].prefix(32)).lowercased()

            let body = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("body-\(UUID().uuidString)")
            try Data(rendered.bytes[0..<offset]).write(to: body)
            defer { try? FileManager.default.removeItem(at: body) }
            let sum = String(try Tool.run("md5sum", [body.path]).text.prefix(32))
            XCTAssertEqual(id, sum, "expected /ID = md5sum of the \(offset) bytes before the xref table")
        }
    }
}
