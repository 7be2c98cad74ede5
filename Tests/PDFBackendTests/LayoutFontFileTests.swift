import BriefModel
import Foundation
import PDFBackend
import TestSupport
import XCTest

/// A layout folder may ship its own fonts and name them by path.
final class LayoutFontFileTests: XCTestCase {
    func testFontFileNamedRelativeToTheLayoutFolderIsEmbedded() throws {
        let collection = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
        _ = try Prerequisite.file(collection, package: "fonts-noto-cjk")
        var layout = try Layout.projectDefault()
        layout.directory = URL(fileURLWithPath: "/usr/share/fonts/opentype")
        // Face 0 of the collection is the Japanese cut: its name tells it from the default SC face.
        layout.files["pdf.yaml"] = Array(String(decoding: layout.files["pdf.yaml"]!, as: UTF8.self)
            .replacingOccurrences(of: "serif: Noto Serif CJK SC", with: "serif: noto/NotoSerifCJK-Regular.ttc#0").utf8)
        let file = try PDFRenderer(layout: layout).render(BlockKindsTests.briefing())
        let path = NSTemporaryDirectory() + "/font-file-\(UUID().uuidString).pdf"
        try Data(file.bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fonts = try Tool.run("pdffonts", [path]).text
        XCTAssertTrue(fonts.contains("NotoSerifCJKjp-Regular"), "expected the layout's font file (JP face) embedded; pdffonts:\n\(fonts)")
        XCTAssertFalse(fonts.contains("NotoSerifCJKsc-Regular"), "the family the file replaces must not be used; pdffonts:\n\(fonts)")
    }
}

extension LayoutFontFileTests {
    /// A pipe named like a font file is refused at once, naming it; reading it would block.
    func testAPipeNamedLikeAFontFileIsRefused() throws {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("fifo-font-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        XCTAssertEqual(mkfifo(folder.appendingPathComponent("Serif.otf").path, 0o644), 0)
        var layout = try Layout.projectDefault()
        layout.directory = folder
        layout.files["pdf.yaml"] = Array(String(decoding: layout.files["pdf.yaml"]!, as: UTF8.self)
            .replacingOccurrences(of: "serif: Noto Serif CJK SC", with: "serif: Serif.otf").utf8)
        XCTAssertThrowsError(try PDFRenderer(layout: layout).render(BlockKindsTests.briefing())) { error in
            XCTAssertTrue("\(error)".contains("Serif.otf") && "\(error)".contains("not a regular file"), "\(error)")
        }
    }
}
