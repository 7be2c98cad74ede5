import BriefModel
import Foundation
import PDFBackend
import TestSupport
import XCTest

/// A font file a layout names that cannot be used stops the build with the file and the
/// reason, before anything is typeset (faces are only opened when first set in).
final class FontFileErrorTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("font-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The error rendering the test briefing gives when pdf.yaml's monospace face is `mono`
    /// (and its serif or sans face the file given, when given).
    private func failure(mono: String = "Noto Sans Mono CJK SC", serif: String? = nil, sans: String? = nil,
                         file: StaticString = #filePath, line: UInt = #line) throws -> String {
        var layout = try Layout.projectDefault()
        layout.directory = folder
        var yaml = String(decoding: layout.files["pdf.yaml"]!, as: UTF8.self)
            .replacingOccurrences(of: "mono: Noto Sans Mono CJK SC", with: "mono: \(mono)")
        if let serif { yaml = yaml.replacingOccurrences(of: "serif: Noto Serif CJK SC", with: "serif: \(serif)") }
        if let sans { yaml = yaml.replacingOccurrences(of: "sans: Noto Sans CJK SC", with: "sans: \(sans)") }
        layout.files["pdf.yaml"] = Array(yaml.utf8)
        let renderer = try PDFRenderer(layout: layout)
        do {
            _ = try renderer.render(BlockKindsTests.briefing())
        } catch {
            return "\(error)"
        }
        XCTFail("expected the build to fail on the font file", file: file, line: line)
        return ""
    }

    func testMissingFontFileIsNamed() throws {
        let message = try failure(mono: "fonts/Missing.ttf")
        XCTAssertTrue(message.contains(folder.appendingPathComponent("fonts/Missing.ttf").path) && message.contains("No such file"),
                      "expected the missing file's path and why; found: \(message)")
    }

    func testFileThatIsNotAFontIsRefused() throws {
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("fonts"), withIntermediateDirectories: true)
        try Data("not a font, just some text".utf8).write(to: folder.appendingPathComponent("fonts/Fake.otf"))
        let message = try failure(mono: "fonts/Fake.otf")
        XCTAssertTrue(message.contains("Fake.otf") && message.contains("not an OpenType or TrueType font"),
                      "expected the file refused as not a font; found: \(message)")
    }

    func testFaceIndexBeyondTheCollectionSaysHowManyFacesThereAre() throws {
        let collection = try Prerequisite.file("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", package: "fonts-noto-cjk")
        let message = try failure(mono: "\(collection)#99")
        XCTAssertTrue(message.contains("face 99") && message.contains("the collection has"),
                      "expected the index and the number of faces; found: \(message)")
    }

    /// A file whose 12-byte header says OpenType but whose tables are garbage: it passes the
    /// header check, and only fails when the engine first opens it to set type.
    private func damagedFont(_ name: String) throws -> String {
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("fonts"), withIntermediateDirectories: true)
        let bytes = Array("OTTO".utf8) + [UInt8](repeating: 0, count: 8) + Array("garbage where the tables should be".utf8)
        try Data(bytes).write(to: folder.appendingPathComponent("fonts/\(name)"))
        return "fonts/\(name)"
    }

    func testBodyFaceDamagedPastItsHeaderFailsTheBuildInsteadOfFallingBack() throws {
        let message = try failure(serif: try damagedFont("Bad.otf"))
        XCTAssertTrue(message.contains(folder.appendingPathComponent("fonts/Bad.otf").path) && message.contains("cannot open")
                      && message.contains("damaged"),
                      "expected the damaged body face named as unopenable; found: \(message)")
    }

    func testEveryFaceDamagedFailsTheBuildWithoutCrashing() throws {
        let bad = try damagedFont("Bad.otf")
        let message = try failure(serif: bad, sans: bad)
        XCTAssertTrue(message.contains("Bad.otf") && message.contains("cannot open"),
                      "expected the damaged face named as unopenable; found: \(message)")
    }
}
