import Glibc
import XCTest
import PDFWriter

/// A page of ~2,000 distinct hanzi: the font program dominates the file, so this measures
/// the subsetting (formats.md A2 expects ~350 KB for Sans and ~460 KB for Serif after Flate).
final class FontSubsetSizeTests: XCTestCase {
    /// 2,000 hanzi spread evenly over GB 2312 level 1 (the 3,755 commonest, rows 16–55),
    /// decoded with glibc's iconv: a realistic mix of simple and complex characters.
    private static let text: String = {
        var gb2312: [UInt8] = []
        for row in 0xB0...0xD7 {
            for column in 0xA1...0xFE where !(row == 0xD7 && column > 0xF9) { gb2312 += [UInt8(row), UInt8(column)] }
        }
        let all = Array(decodeGB2312(gb2312))
        precondition(all.count == 3_755, "GB 2312 level 1 has 3,755 hanzi, iconv gave \(all.count)")
        return String((0..<2_000).map { all[$0 * all.count / 2_000] })
    }()

    private static func decodeGB2312(_ bytes: [UInt8]) -> String {
        let converter = iconv_open("UTF-8", "GB2312")
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 2)
        var inLeft = input.count, outLeft = output.count
        input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                _ = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
            }
        }
        return String(decoding: output.prefix(output.count - outLeft).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private func buildPage(file: String) throws -> PDFFixture {
        let path = SampleDocument.notoDirectory + file
        let document = PDFDocument(info: PDFFixture.info("2000 hanzi"))
        let font = try document.font(path: path, faceIndex: SampleDocument.scFace)
        let shaper = TestShaper(path: path, faceIndex: SampleDocument.scFace)
        let page = document.addPage(width: 595, height: 842)
        let characters = Array(Self.text)
        let perLine = 50, size = 9.0
        for line in 0..<(characters.count / perLine) {
            let text = String(characters[line * perLine..<(line + 1) * perLine])
            page.showGlyphs(font, size: size, color: .black, x: 72, y: 800 - Double(line) * 18.5,
                            glyphs: shaper.shape(text, size: size).glyphs)
        }
        return try PDFFixture(document, name: "hanzi-" + file.prefix(9))
    }

    func testTwoThousandHanziPageStaysWithinTheExpectedSize() throws {
        for (file, limit) in [("NotoSansCJK-Regular.ttc", 420_000), ("NotoSerifCJK-Regular.ttc", 540_000)] {
            let fixture = try buildPage(file: file)
            print("2,000 distinct hanzi with \(file): \(fixture.bytes.count) bytes")
            XCTAssertLessThan(fixture.bytes.count, limit, "\(file): expected under \(limit) bytes (desubroutinized, unhinted subset)")
            XCTAssertGreaterThan(fixture.bytes.count, 200_000, "\(file): 2,000 real outlines cannot be this small")
            XCTAssertEqual(try fixture.text().filter { !$0.isWhitespace }, Self.text, "\(file): every hanzi should extract")
            for (engine, raster) in try fixture.renderGray() {
                for line in [0, 20, 39] {
                    let ink = raster.ink(x: 72, y: 798 - Double(line) * 18.5, width: 450, height: 9, pageHeight: 842)
                    XCTAssertGreaterThan(ink, 900, "\(engine), \(file), line \(line + 1): expected ink, found \(ink) pixels")
                }
            }
        }
    }
}
