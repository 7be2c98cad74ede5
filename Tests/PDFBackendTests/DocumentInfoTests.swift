import BriefModel
import Foundation
import PDFBackend
import TestSupport
import XCTest

/// What a library catalogue or a PDF reader's properties window shows.
final class DocumentInfoTests: XCTestCase {
    private func pdfinfo(_ path: String, _ extra: [String] = []) throws -> String {
        let result = try Tool.run("pdfinfo", extra + [path])
        XCTAssertEqual(result.status, 0, result.errors)
        return result.text
    }

    func testInfoNamesTitlePublisherLanguageAndTheEditionDate() throws {
        let rendered = try RenderedEdition(BlockKindsTests.briefing())
        let info = try pdfinfo(rendered.path)
        XCTAssertTrue(info.contains("Title:           测试简报 2026 年 6 月 1 日 第 149 期"), "expected the title with date and number; found:\n\(info)")
        XCTAssertTrue(info.contains("Author:          测试编辑部"), "expected the publisher as author; found:\n\(info)")
        XCTAssertTrue(info.contains("CreationDate:    Mon Jun  1 00:00:00 2026 UTC"), "expected the edition's day at 00:00:00 UTC; found:\n\(info)")
        let xmp = try pdfinfo(rendered.path, ["-meta"])
        XCTAssertTrue(xmp.contains("zh-CN"), "expected dc:language zh-CN in the XMP; found:\n\(xmp)")
        XCTAssertTrue(xmp.contains("测试编辑部"), "expected the publisher in the XMP")
    }

    func testSourceDateFixesTheDate() throws {
        let layout = try Layout.projectDefault()
        let date = UTCTimestamp(secondsSinceEpoch: 1_780_000_000)  // 2026-05-28 20:26:40 UTC
        let file = try PDFRenderer(layout: layout, sourceDate: date).render(BlockKindsTests.briefing())
        let path = NSTemporaryDirectory() + "briefpress-source-date-\(UUID().uuidString).pdf"
        try Data(file.bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let info = try pdfinfo(path)
        XCTAssertTrue(info.contains("CreationDate:    Thu May 28 20:26:40 2026 UTC"), "expected the SOURCE_DATE_EPOCH time; found:\n\(info)")
    }

    func testLayoutWithoutPdfYamlIsRefusedWithAHint() {
        XCTAssertThrowsError(try PDFRenderer(layout: Layout(name: "bare", files: [:]))) { error in
            XCTAssertTrue("\(error)".contains("pdf.yaml"), "expected the error to name pdf.yaml; found: \(error)")
        }
    }

    func testLayoutWithABrokenValueNamesTheFile() throws {
        var layout = try Layout.projectDefault()
        layout.files["pdf.yaml"] = Array(String(decoding: layout.files["pdf.yaml"]!, as: UTF8.self)
            .replacingOccurrences(of: "text: \"#1A1A1A\"", with: "text: \"black\"").utf8)
        XCTAssertThrowsError(try PDFRenderer(layout: layout)) { error in
            XCTAssertTrue("\(error)".contains("pdf.yaml") && "\(error)".contains("black"), "expected pdf.yaml and the bad colour named; found: \(error)")
        }
    }

    func testMissingFontFamilyNamesTheDebianPackage() throws {
        var layout = try Layout.projectDefault()
        layout.files["pdf.yaml"] = Array(String(decoding: layout.files["pdf.yaml"]!, as: UTF8.self)
            .replacingOccurrences(of: "serif: Noto Serif CJK SC", with: "serif: No Such Family Serif").utf8)
        let renderer = try PDFRenderer(layout: layout)
        XCTAssertThrowsError(try renderer.render(BlockKindsTests.briefing())) { error in
            XCTAssertTrue("\(error)".contains("No Such Family Serif") && "\(error)".contains("fonts-noto-cjk"),
                          "expected the family and the package to install; found: \(error)")
        }
    }
}
