import BriefModel
import CHarfBuzz
import Digests
import EPUBBackend
import Foundation
import TestSupport
import XCTest

/// `--embed-fonts`: the layout's CJK faces travel in the book, subset to its characters,
/// obfuscated as OCF prescribes, bound by @font-face to the families epub.css names, and
/// Apple Books told to use them. Read back the way a reading system does.
final class EmbeddedFontsTests: XCTestCase {
    /// Debian's Noto CJK collections; face 2 is Simplified Chinese, the face pdf.yaml's
    /// "Noto Serif CJK SC" / "Noto Sans CJK SC" resolve to through fontconfig.
    private func faces() throws -> [FontFaceFile] {
        let directory = "/usr/share/fonts/opentype/noto/"
        return try ["NotoSerifCJK-Regular.ttc", "NotoSerifCJK-Bold.ttc", "NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"].map {
            FontFaceFile(path: try Prerequisite.file(directory + $0, package: "fonts-noto-cjk"), index: 2)
        }
    }

    private func writer() throws -> EPUBWriter {
        try EPUBWriter(layout: SampleSources.layout(), embedding: faces())
    }

    func testEachFontIsListedObfuscatedAndDeobfuscatesToAFaceCoveringEveryHanCharacterOfTheBook() throws {
        let book = try EPUBBook(try writer().edition(try SampleSources.read(.fixture)).bytes)
        let opf = try book.xml("OEBPS/content.opf")
        let fontItems = opf.elements("item").filter { $0.attribute("href")?.hasPrefix("fonts/") == true }
        XCTAssertEqual(fontItems.count, 4, "serif and sans, regular and bold")
        XCTAssertTrue(fontItems.allSatisfy { $0.attribute("media-type") == "font/otf" }, "Noto CJK are CFF-flavoured OpenType")
        let hrefs = fontItems.compactMap { $0.attribute("href") }

        // encryption.xml names every font, and only fonts, with the IDPF algorithm.
        let encryption = try book.xml("META-INF/encryption.xml")
        XCTAssertEqual(encryption.elements("CipherReference").compactMap { $0.attribute("URI") }, hrefs.map { "OEBPS/" + $0 })
        XCTAssertEqual(Set(encryption.elements("EncryptionMethod").compactMap { $0.attribute("Algorithm") }),
                       ["http://www.idpf.org/2008/embedding"])

        // Apple Books shows the book's fonts only when told to.
        let options = try book.xml("META-INF/com.apple.ibooks.display-options.xml")
        let option = try XCTUnwrap(options.elements("option").first { $0.attribute("name") == "specified-fonts" })
        XCTAssertEqual(option.text(), "true")

        // The stylesheet binds each file to a family the layout's rules use.
        let css = String(decoding: try book.data("OEBPS/css/epub.css"), as: UTF8.self)
        for href in hrefs { XCTAssertTrue(css.contains("src: url(\"../\(href)\")"), "no @font-face for \(href)") }
        for family in ["Noto Serif CJK SC", "Noto Sans CJK SC"] {
            XCTAssertTrue(css.contains("@font-face { font-family: \"\(family)\"; font-weight: 400;"), family)
            XCTAssertTrue(css.contains("@font-face { font-family: \"\(family)\"; font-weight: 700;"), family)
        }

        // The key: SHA-1 of the unique identifier (OCF 3.3 §4.3.3), computed here from the OPF.
        let identifierID = try XCTUnwrap(opf.root.attribute("unique-identifier"))
        let identifier = try XCTUnwrap(opf.elements("identifier").first { $0.attribute("id") == identifierID }).text()
        let key = SHA1.digest(Array(identifier.filter { !$0.isWhitespace }.utf8))

        var han = Set<UInt32>()
        for page in book.xhtmlEntries {
            for scalar in try book.xml(page).root.text().unicodeScalars where Self.isHan(scalar.value) { han.insert(scalar.value) }
        }
        XCTAssertGreaterThan(han.count, 300, "the fixture is a Chinese briefing")

        for href in hrefs {
            let stored = [UInt8](try book.data("OEBPS/" + href))
            XCTAssertNotEqual(Array(stored.prefix(4)), Array("OTTO".utf8), "\(href) is stored obfuscated")
            var font = stored
            for i in 0..<min(1040, font.count) { font[i] ^= key[i % 20] }
            XCTAssertEqual(Array(font.prefix(4)), Array("OTTO".utf8), "\(href) de-obfuscates to an OpenType/CFF file")
            let missing = try Self.missingCharacters(font, of: han)
            XCTAssertEqual(missing, [], "\(href) lacks characters the book shows")
            XCTAssertLessThan(font.count, 400_000, "\(href) is a subset, not the 20 MB collection face")
        }
    }

    func testABookWithEmbeddedFontsPassesEpubcheckAsADayAndAsAMonth() throws {
        let writer = try writer()
        let month = try SampleSources.Month(of: .fixture, days: [27, 28])
        let files = [try writer.edition(try SampleSources.read(.fixture)),
                     try writer.bundle(publication: month.publication, editions: month.editions, month: try XCTUnwrap(EditionMonth("2026-05")))]
        for file in files {
            let book = try EPUBBook(file.bytes)
            let report = try EPUBCheck.check(book.archivePath)
            XCTAssertEqual(report.problems, [], "\(file.name): expected no epubcheck errors or warnings, found:\n\(report.output)")
            XCTAssertEqual(report.status, 0, report.output)
        }
    }

    func testEmbeddingIsDeterministicAndReportsWhatItAdds() throws {
        let briefing = try SampleSources.read(.fixture)
        let a = try writer().editionBook(briefing), b = try writer().editionBook(briefing)
        XCTAssertEqual(a.file.bytes, b.file.bytes, "two builds with embedded fonts are byte-identical")
        let plain = try SampleSources.writer().editionBook(briefing)
        XCTAssertEqual(plain.embeddedFontBytes, 0)
        let grown = a.file.bytes.count - plain.file.bytes.count
        // What it reports is the fonts and their META-INF entries; the rest of the growth is
        // zip headers and the @font-face rules, well under a kilobyte or two.
        XCTAssertGreaterThan(a.embeddedFontBytes, 100_000)
        XCTAssertLessThanOrEqual(a.embeddedFontBytes, grown)
        XCTAssertLessThan(grown - a.embeddedFontBytes, 2_000)
        let book = try EPUBBook(plain.file.bytes)
        XCTAssertFalse(book.entries.contains { $0.hasPrefix("OEBPS/fonts/") || $0 == "META-INF/encryption.xml" })
    }

    func testAFaceWhoseFamilyTheStylesheetNeverNamesIsRefused() throws {
        let dejaVu = try Prerequisite.file("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", package: "fonts-dejavu-core")
        let writer = try EPUBWriter(layout: SampleSources.layout(), embedding: [FontFaceFile(path: dejaVu, index: 0)])
        XCTAssertThrowsError(try writer.edition(try SampleSources.read(.fixture))) { error in
            XCTAssertEqual(error as? EPUBError, .fontFamilyNotInStylesheet(family: "DejaVu Sans", path: dejaVu))
        }
    }

    private static func isHan(_ v: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xF900...0xFAFF).contains(v) || (0x20000...0x3FFFF).contains(v)
    }

    /// The characters of `text` the font's cmap has no glyph for, read by HarfBuzz; fails
    /// when the bytes are no font or the font has no glyphs.
    private static func missingCharacters(_ font: [UInt8], of characters: Set<UInt32>) throws -> [UInt32] {
        let blob = font.withUnsafeBufferPointer { buffer in
            hb_blob_create(UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self), UInt32(buffer.count),
                           HB_MEMORY_MODE_DUPLICATE, nil, nil)
        }
        defer { hb_blob_destroy(blob) }
        XCTAssertEqual(hb_face_count(blob), 1, "one face")
        let face = hb_face_create(blob, 0)
        defer { hb_face_destroy(face) }
        XCTAssertGreaterThan(hb_face_get_glyph_count(face), 100)
        let hbFont = hb_font_create(face)
        defer { hb_font_destroy(hbFont) }
        var glyph: hb_codepoint_t = 0
        return characters.sorted().filter { hb_font_get_nominal_glyph(hbFont, $0, &glyph) == 0 || glyph == 0 }
    }
}
