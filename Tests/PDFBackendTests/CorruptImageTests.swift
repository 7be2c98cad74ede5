import BriefModel
import Foundation
import Graphics
import PDFBackend
import TestSupport
import XCTest

/// An image whose PNG header is valid but whose image data is garbage is the briefing's
/// fault, not the program's: the build stops naming the file, as the briefing writes it,
/// and what is wrong with it.
final class CorruptImageTests: XCTestCase {
    /// A PNG with a valid signature and chunk layout whose IDAT bytes are overwritten.
    private func corruptAsset(path: String) throws -> ImageAsset {
        var png = try QRCode(encoding: "https://example.org/corrupt").png(scale: 4)
        let idat = Array("IDAT".utf8)
        let at = try XCTUnwrap((4..<(png.count - 4)).first { Array(png[$0..<$0 + 4]) == idat }, "the test PNG has no IDAT")
        let length = png[(at - 4)..<at].reduce(0) { $0 << 8 | Int($1) }
        for i in (at + 4)..<(at + 4 + length) { png[i] = 0x55 }
        return ImageAsset(path: path, format: .png, pixelWidth: 100, pixelHeight: 100, data: Data(png))
    }

    private func failure(_ briefing: Briefing, file: StaticString = #filePath, line: UInt = #line) throws -> Error? {
        let layout = try Layout.projectDefault()
        do {
            _ = try PDFRenderer(layout: layout).render(briefing)
        } catch {
            return error
        }
        XCTFail("expected the build to fail on the corrupt image", file: file, line: line)
        return nil
    }

    private func assertNamesTheImage(_ error: Error?, _ path: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let error else { return }
        guard case PDFRenderError.unusableImage(let named, let reason)? = error as? PDFRenderError else {
            return XCTFail("expected PDFRenderError.unusableImage; found \(type(of: error)): \(error)", file: file, line: line)
        }
        XCTAssertEqual(named, path, "expected the image's path in the publication", file: file, line: line)
        XCTAssertTrue(reason.contains("corrupt"), "expected the reason to say the data is corrupt; found: \(reason)", file: file, line: line)
        XCTAssertTrue("\(error)".hasPrefix("\(path): error: "), "expected the message to open with the path; found: \(error)",
                      file: file, line: line)
    }

    func testCorruptFigureImageIsNamed() throws {
        var briefing = try BlockKindsTests.briefing()
        let bad = try corruptAsset(path: "assets/broken-figure.png")
        briefing.edition.sections[0].blocks = briefing.edition.sections[0].blocks.map { block in
            if case .figure(var figure) = block { figure.image = bad; return .figure(figure) }
            return block
        }
        assertNamesTheImage(try failure(briefing), "assets/broken-figure.png")
    }

    func testCorruptContactCodeImageIsNamed() throws {
        var briefing = try BlockKindsTests.briefing()
        briefing.publication.contact?.codes[1].source = .image(try corruptAsset(path: "assets/broken-qr.png"))
        assertNamesTheImage(try failure(briefing), "assets/broken-qr.png")
    }
}
