import Digests
import XCTest
@testable import PDFWriter

/// The low-level syntax every object relies on.
final class SerializationTests: XCTestCase {
    private func real(_ value: Double, _ decimals: Int = 3) -> String {
        var buffer = ByteBuffer()
        buffer.write(real: value, decimals: decimals)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    func testRealsHaveFixedPrecisionNoExponentAndNoNegativeZero() {
        XCTAssertEqual(real(0), "0")
        XCTAssertEqual(real(-0.0), "0")
        XCTAssertEqual(real(-0.0001), "0", "a value that rounds to zero must not print as -0")
        XCTAssertEqual(real(12), "12")
        XCTAssertEqual(real(12.5), "12.5")
        XCTAssertEqual(real(-3.14159), "-3.142")
        XCTAssertEqual(real(1e-7), "0")
        XCTAssertEqual(real(1.5e9), "1500000000")
        XCTAssertEqual(real(0.05, 2), "0.05")
        XCTAssertEqual(real(841.89), "841.89")
    }

    func testMD5MatchesRFC1321Vectors() {
        func hex(_ text: String) -> String { MD5.digest(Array(text.utf8)).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() }
        XCTAssertEqual(hex(""), "d41d8cd98f00b204e9800998ecf8427e")
        XCTAssertEqual(hex("abc"), "900150983cd24fb0d6963f7d28e17f72")
        XCTAssertEqual(hex("12345678901234567890123456789012345678901234567890123456789012345678901234567890"),
                       "57edf4a22be3c955ac49da2e2107b67a")
    }

    func testNamesEscapeDelimitersAndNonASCII() {
        var buffer = ByteBuffer()
        buffer.write(name: "A B/C#中")
        XCTAssertEqual(String(decoding: buffer.bytes, as: UTF8.self), "/A#20B#2FC#23#E4#B8#AD")
    }

    func testTextStringsAreUTF16BEWithSurrogatePairs() {
        var buffer = ByteBuffer()
        buffer.write(textString: "中𠮷")
        XCTAssertEqual(String(decoding: buffer.bytes, as: UTF8.self), "<FEFF4E2DD842DFB7>")
    }

    func testURIsArePercentEncodedToASCII() {
        let encoded = String(decoding: LinkAnnotation.percentEncoded("https://a.example/新闻?q=a b&x=%41"), as: UTF8.self)
        XCTAssertEqual(encoded, "https://a.example/%E6%96%B0%E9%97%BB?q=a%20b&x=%41")
    }

    func testWidthArrayListsOnlyExceptionsToTheCommonestWidth() {
        let widths = WidthArray(widths: [
            (cid: 10, width: 1000), (cid: 11, width: 500), (cid: 12, width: 500), (cid: 13, width: 500),
            (cid: 20, width: 250), (cid: 21, width: 600), (cid: 30, width: 1000), (cid: 31, width: 1000), (cid: 40, width: 1000),
        ])
        var buffer = ByteBuffer()
        widths.write(to: &buffer)
        XCTAssertEqual(String(decoding: buffer.bytes, as: UTF8.self), "/DW 1000/W[11 13 500 20[250 600]]")
    }

    func testToUnicodeMapsLigaturesAndSupplementaryCharacters() {
        let cmap = String(decoding: ToUnicodeCMap.build(mappings: [(code: 0xE661, text: "ffi"), (code: 0x2548, text: "中"), (code: 7, text: "𠮷")]), as: UTF8.self)
        XCTAssertTrue(cmap.contains("3 beginbfchar\n<0007><D842DFB7>\n<2548><4E2D>\n<E661><006600660069>\nendbfchar"),
                      "bfchar entries sorted by code, UTF-16BE values; found:\n\(cmap)")
        XCTAssertTrue(cmap.contains("<0000><FFFF>"), "two-byte codespace expected")
    }

    func testBfcharBlocksHoldAtMostOneHundredEntries() {
        let mappings = (0..<250).map { (code: UInt16($0), text: "a") }
        let cmap = String(decoding: ToUnicodeCMap.build(mappings: mappings), as: UTF8.self)
        XCTAssertEqual(cmap.components(separatedBy: "100 beginbfchar").count - 1, 2, cmap)
        XCTAssertTrue(cmap.contains("50 beginbfchar"), "last block should hold the remaining 50")
    }

    func testSubsetTagIsSixLettersAndDependsOnTheGlyphs() {
        let a = SubsetTag.make(fontName: "NotoSansCJKsc-Regular", glyphs: [1, 2, 3])
        XCTAssertEqual(a, SubsetTag.make(fontName: "NotoSansCJKsc-Regular", glyphs: [1, 2, 3]))
        XCTAssertNotEqual(a, SubsetTag.make(fontName: "NotoSansCJKsc-Regular", glyphs: [1, 2, 4]))
        XCTAssertTrue(a.count == 6 && a.allSatisfy { $0.isUppercase && $0.isASCII }, "tag \(a)")
    }
}
