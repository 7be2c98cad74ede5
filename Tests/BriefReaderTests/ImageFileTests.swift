import Compression
import ImageFacts
import XCTest

/// What `ImageFile.read` finds in a file, and what it refuses: sizes come from the file
/// itself, however much metadata a camera put first, and every part of the file is checked
/// before anything believes it.
final class ImageFileTests: XCTestCase {
    /// A JPEG: SOI, one APP1 segment per `app1Sizes` entry (payload bytes), a start-of-frame
    /// (`marker`, `precision`) of `width` × `height` with three components, a scan header,
    /// two bytes of entropy-coded data and EOI.
    func jpeg(width: Int, height: Int, app1Sizes: [Int] = [], marker: UInt8 = 0xC0, precision: UInt8 = 8) -> [UInt8] {
        var bytes: [UInt8] = [0xFF, 0xD8]
        for size in app1Sizes {
            let length = size + 2
            bytes += [0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)] + [UInt8](repeating: 0x45, count: size)
        }
        bytes += [0xFF, marker, 0x00, 0x11, precision, UInt8(height >> 8), UInt8(height & 0xFF), UInt8(width >> 8), UInt8(width & 0xFF), 0x03]
        bytes += [1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]
        bytes += [0xFF, 0xDA, 0x00, 0x0C, 0x03, 0x01, 0x00, 0x02, 0x11, 0x03, 0x11, 0x00, 0x3F, 0x00]
        bytes += [0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD9]
        return bytes
    }

    func read(_ bytes: [UInt8]) -> Result<ImageFile, ImageProblem> {
        Result { try ImageFile.read(bytes) }.mapError { $0 as! ImageProblem }
    }

    func problem(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> String {
        switch read(bytes) {
        case .success(let image):
            XCTFail("expected the file to be refused; it read as \(image)", file: file, line: line)
            return ""
        case .failure(let problem): return problem.message
        }
    }

    func testJPEGWithSmallHeaderIsMeasured() throws {
        let image = try read(jpeg(width: 640, height: 480, app1Sizes: [100])).get()
        XCTAssertEqual("\(image.width)×\(image.height)", "640×480")
    }

    func testJPEGDensityIsItsResolution() throws {
        func jfif(units: UInt8, x: Int, y: Int) -> [UInt8] {
            let app0: [UInt8] = [0xFF, 0xE0, 0x00, 0x10] + Array("JFIF\0".utf8) + [1, 2, units,
                                 UInt8(x >> 8), UInt8(x & 0xFF), UInt8(y >> 8), UInt8(y & 0xFF), 0, 0]
            let plain = jpeg(width: 300, height: 200)
            return Array(plain[..<2]) + app0 + Array(plain[2...])
        }
        XCTAssertEqual(try read(jfif(units: 1, x: 300, y: 150)).get().pixelsPerMetre, PixelsPerMetre(x: 11811, y: 5906))
        XCTAssertEqual(try read(jfif(units: 2, x: 40, y: 40)).get().pixelsPerMetre, PixelsPerMetre(x: 4000, y: 4000))
        XCTAssertNil(try read(jfif(units: 0, x: 1, y: 1)).get().pixelsPerMetre, "a unitless density is only an aspect")
    }

    func testJPEGWithLargeMetadataBeforeTheFrameIsMeasured() throws {
        // Two near-maximal APP1 segments (EXIF + XMP) put the frame ~128 KiB into the file.
        let image = try read(jpeg(width: 4032, height: 3024, app1Sizes: [65_000, 65_000])).get()
        XCTAssertEqual("\(image.width)×\(image.height)", "4032×3024")
    }

    func testTruncatedJPEGIsRefused() {
        XCTAssertTrue(problem(Array(jpeg(width: 10, height: 20, app1Sizes: [65_000, 5_000]).prefix(60_000))).contains("JPEG ends"))
        XCTAssertTrue(problem(Array(jpeg(width: 10, height: 20).dropLast(2))).contains("before its end-of-image marker"))
    }

    func testJPEGWithoutScanIsRefused() {
        let headerOnly = Array(jpeg(width: 10, height: 20).prefix(2 + 19)) + [0xFF, 0xD9]
        XCTAssertTrue(problem(headerOnly).contains("no image data"), problem(headerOnly))
    }

    func testJPEGsPDFCannotDrawAreRefused() {
        XCTAssertTrue(problem(jpeg(width: 10, height: 20, precision: 12)).contains("12-bit"))
        XCTAssertTrue(problem(jpeg(width: 10, height: 20, marker: 0xC3)).contains("SOF3"))
        XCTAssertTrue(problem(jpeg(width: 20_000, height: 20)).contains("limit is 16384 pixels a side"))
    }

    func testPNGFactsComeFromItsChunks() throws {
        // 3780 pixels per metre is 96 dpi.
        let pHYs = TestPNG.chunk("pHYs", TestPNG.be32(3780) + TestPNG.be32(3780) + [1])
        guard case .png(let png) = try read(TestPNG.rgb(width: 7, height: 5, extra: pHYs)).get() else { return XCTFail("not a PNG") }
        XCTAssertEqual("\(png.width)×\(png.height) \(png.colorType) \(png.bitDepth)", "7×5 rgb 8")
        XCTAssertEqual(png.pixelsPerMetre, PixelsPerMetre(x: 3780, y: 3780))
        XCTAssertEqual(png.decodedSize, 5 * (7 * 3 + 1))
    }

    func testPNGHeaderOverTheLimitsIsRefusedBeforeItsData() {
        for (width, height, expected) in [(100_000, 100_000, "100000 × 100000 pixels; the limit is 16384 pixels a side"),
                                          (2_147_483_647, 2_147_483_647, "2147483647 × 2147483647 pixels; the limit is 16384"),
                                          (10_000, 10_000, "10000 × 10000 pixels; the limit is 25 megapixels")] {
            // The data is garbage: the header alone must refuse the file.
            let png = TestPNG.signature + TestPNG.header(width: UInt32(width), height: UInt32(height))
                + TestPNG.chunk("IDAT", [1, 2, 3]) + TestPNG.chunk("IEND", [])
            XCTAssertTrue(problem(png).contains(expected), "\(width)×\(height): \(problem(png))")
        }
    }

    func testSixteenBitRGBAOverTheDecodedLimitIsRefused() {
        let png = TestPNG.signature + TestPNG.header(width: 4_000, height: 4_000, bitDepth: 16, colorType: 6)
            + TestPNG.chunk("IDAT", [1, 2, 3]) + TestPNG.chunk("IEND", [])
        XCTAssertTrue(problem(png).contains("PNG decodes to 122 MB"), problem(png))
    }

    func testPNGWithFewerRowsThanItsHeaderIsRefused() {
        let row = [0] + [UInt8](repeating: 0x80, count: 8 * 3)
        let png = TestPNG.file(width: 8, height: 8, rows: Array([[UInt8]](repeating: row, count: 7).joined()))
        XCTAssertTrue(problem(png).contains("cut short: 175 of 200 bytes decoded"), problem(png))
    }

    func testPNGWithMoreDataThanItsHeaderIsRefused() {
        let row = [0] + [UInt8](repeating: 0x80, count: 8 * 3)
        let png = TestPNG.file(width: 8, height: 8, rows: Array([[UInt8]](repeating: row, count: 9).joined()))
        XCTAssertTrue(problem(png).contains("more than the 200 bytes"), problem(png))
    }

    func testPNGRowWithAnUnknownFilterIsRefused() {
        let row = [0] + [UInt8](repeating: 0x80, count: 8 * 3)
        var rows = Array([[UInt8]](repeating: row, count: 8).joined())
        rows[3 * row.count] = 7
        XCTAssertTrue(problem(TestPNG.file(width: 8, height: 8, rows: rows)).contains("row filter type 7 at decoded byte 75"))
    }

    func testPNGWithABadChecksumIsRefused() {
        var png = TestPNG.rgb(width: 4, height: 4)
        png[png.count - 13] ^= 0xFF  // the last byte of the IDAT chunk's CRC
        XCTAssertTrue(problem(png).contains("PNG chunk IDAT at byte 33 is corrupt: its CRC does not match"), problem(png))
    }

    func testPNGWithAnUnknownCriticalChunkIsRefused() {
        let png = TestPNG.rgb(width: 4, height: 4, extra: TestPNG.chunk("ABCD", [0]))
        XCTAssertTrue(problem(png).contains("critical chunk ABCD"), problem(png))
        XCTAssertNoThrow(try ImageFile.read(TestPNG.rgb(width: 4, height: 4, extra: TestPNG.chunk("abCD", [0]))))
    }

    func testPalettePNGNeedsItsPalette() {
        let png = TestPNG.file(width: 2, height: 2, colorType: 3, rows: [0, 0, 0, 0, 0, 0])
        XCTAssertTrue(problem(png).contains("no palette"), problem(png))
    }

    func testNeitherPNGNorJPEGIsNamed() {
        XCTAssertEqual(problem(Array("GIF89a".utf8)), "neither PNG nor JPEG (it starts with 47 49 46 38)")
    }
}
