import XCTest
import PDFWriter

/// Every PNG colour type, interlacing and transparency, and JPEG, drawn 1:1 and checked
/// pixel by pixel in poppler's rendering against the colours the image holds.
final class ImageTests: XCTestCase {
    private static let size = 64

    /// Colour by position; alpha: left half opaque, top-right transparent, bottom-right half.
    private static func pixel(_ x: Int, _ y: Int) -> [UInt8] {
        let alpha: UInt8 = x < 32 ? 255 : (y < 32 ? 0 : 128)
        return [UInt8(x * 4), UInt8(y * 4), 160, alpha]
    }

    private func render(_ data: [UInt8], name: String) throws -> (pixels: [UInt8], width: Int) {
        let document = PDFDocument(info: PDFFixture.info(name))
        let image = try document.image(data)
        XCTAssertEqual(image.pixelWidth, Self.size)
        let page = document.addPage(width: Double(Self.size), height: Double(Self.size))
        page.drawImage(image, x: 0, y: 0, width: Double(Self.size), height: Double(Self.size))
        let fixture = try PDFFixture(document, name: name)
        let check = try fixture.qpdfCheck()
        XCTAssertEqual(check.status, 0, "qpdf --check on \(name): \(check.stdout)\(check.stderr)")
        let rendered = try fixture.renderRGB()
        return (rendered.pixels, rendered.width)
    }

    /// Compares sample points with the expected colour over white paper.
    private func assertPixels(_ rendered: (pixels: [UInt8], width: Int), name: String, gray: Bool = false, useAlpha: Bool,
                              file: StaticString = #filePath, line: UInt = #line) {
        for (x, y) in [(5, 5), (20, 40), (40, 10), (50, 50), (60, 60), (10, 58)] {
            var source = Self.pixel(x, y)
            if gray { source = [source[0], source[0], source[0], source[3]] }
            let alpha = useAlpha ? Double(source[3]) / 255 : 1
            let expected = (0..<3).map { Int((Double(source[$0]) * alpha + 255 * (1 - alpha)).rounded()) }
            let offset = (y * rendered.width + x) * 3
            let found = (0..<3).map { Int(rendered.pixels[offset + $0]) }
            let close = zip(expected, found).allSatisfy { abs($0 - $1) <= 8 }
            XCTAssertTrue(close, "\(name) at (\(x), \(y)): expected \(expected), found \(found)", file: file, line: line)
        }
    }

    func testRGBPNGIsPassedThroughAndDrawsItsColours() throws {
        let png = TestImages.png(width: Self.size, height: Self.size, colorType: 2, pixel: Self.pixel)
        assertPixels(try render(png, name: "rgb"), name: "RGB PNG", useAlpha: false)
    }

    func testSixteenBitRGBPNGIsPassedThroughWithItsDepth() throws {
        let png = TestImages.png(width: Self.size, height: Self.size, colorType: 2, bitDepth: 16, pixel: Self.pixel)
        assertPixels(try render(png, name: "rgb16"), name: "16-bit RGB PNG", useAlpha: false)
    }

    func testSixteenBitRGBAPNGIsReducedAndMasked() throws {
        let png = TestImages.png(width: Self.size, height: Self.size, colorType: 6, bitDepth: 16, pixel: Self.pixel)
        assertPixels(try render(png, name: "rgba16"), name: "16-bit RGBA PNG", useAlpha: true)
    }

    func testGreyPNGDrawsItsGreys() throws {
        let png = TestImages.png(width: Self.size, height: Self.size, colorType: 0, pixel: Self.pixel)
        assertPixels(try render(png, name: "grey"), name: "grey PNG", gray: true, useAlpha: false)
    }

    func testRGBAPNGSplitsAlphaIntoASoftMask() throws {
        let png = TestImages.png(width: Self.size, height: Self.size, colorType: 6, pixel: Self.pixel)
        assertPixels(try render(png, name: "rgba"), name: "RGBA PNG", useAlpha: true)
    }

    func testInterlacedRGBAPNGIsDeinterlaced() throws {
        let png = TestImages.png(width: Self.size, height: Self.size, colorType: 6, interlaced: true, pixel: Self.pixel)
        assertPixels(try render(png, name: "adam7"), name: "interlaced RGBA PNG", useAlpha: true)
    }

    func testGreyAlphaPNGIsBlendedOverThePage() throws {
        let png = TestImages.png(width: Self.size, height: Self.size, colorType: 4, pixel: Self.pixel)
        assertPixels(try render(png, name: "greyalpha"), name: "grey+alpha PNG", gray: true, useAlpha: true)
    }

    func testPalettePNGWithTransparentEntryMasksThosePixels() throws {
        let palette: [[UInt8]] = [[200, 30, 30], [30, 30, 200]]
        let png = TestImages.palettePNG(width: Self.size, height: Self.size, palette: palette, alphas: [255, 0]) { x, _ in x < 32 ? 0 : 1 }
        let rendered = try render(png, name: "palette")
        func at(_ x: Int, _ y: Int) -> [UInt8] { let o = (y * rendered.width + x) * 3; return Array(rendered.pixels[o..<o + 3]) }
        XCTAssertEqual(at(10, 10), [200, 30, 30], "opaque palette entry")
        XCTAssertEqual(at(50, 10), [255, 255, 255], "palette entry with alpha 0 should show the page")
    }

    func testRGBPNGColourKeyMakesThatColourTransparent() throws {
        // tRNS for RGB: one 16-bit sample per channel; pure red (255, 0, 0) is transparent.
        let key: [UInt8] = [0, 255, 0, 0, 0, 0]
        let png = TestImages.png(width: Self.size, height: Self.size, colorType: 2, extraChunks: [("tRNS", key)]) { x, _ in
            x < 32 ? [255, 0, 0, 255] : [20, 120, 40, 255]
        }
        let rendered = try render(png, name: "colourkey")
        func at(_ x: Int, _ y: Int) -> [UInt8] { let o = (y * rendered.width + x) * 3; return Array(rendered.pixels[o..<o + 3]) }
        XCTAssertEqual(at(10, 30), [255, 255, 255], "the keyed colour should show the page")
        XCTAssertEqual(at(50, 30), [20, 120, 40], "other colours stay opaque")
    }

    func testCMYKJPEGIsEmbeddedAsIsAndDrawsItsColours() throws {
        let directory = try ExternalTool.temporaryDirectory("cmykjpeg-source")
        let jpeg = try TestImages.jpeg(in: directory, cmyk: true)
        let document = PDFDocument(info: PDFFixture.info("cmykjpeg"))
        let image = try document.image(jpeg)
        let page = document.addPage(width: 64, height: 48)
        page.drawImage(image, x: 0, y: 0, width: 64, height: 48)
        let fixture = try PDFFixture(document, name: "cmykjpeg")
        let images = try ExternalTool.run("pdfimages", ["-list", fixture.file.path]).stdout
        XCTAssertTrue(images.contains("cmyk") && images.contains("jpeg"), "pdfimages should list a CMYK JPEG:\n\(images)")
        XCTAssertTrue(fixture.bytes.count < jpeg.count + 4_000, "the JPEG should be embedded as is, not re-encoded")
        let rendered = try fixture.renderRGB()
        func at(_ x: Int, _ y: Int) -> [UInt8] { let o = (y * rendered.width + x) * 3; return Array(rendered.pixels[o..<o + 3]) }
        let top = at(32, 6), bottom = at(32, 42)
        XCTAssertTrue(top[2] > 120 && top[0] < 100, "top band should be blue (Adobe CMYK inversion honoured), found \(top)")
        XCTAssertTrue(bottom[0] > 120 && bottom[2] < 100, "bottom band should be red, found \(bottom)")
    }

    func testExifOrientationTurnsTheJPEGUpright() throws {
        // Stored 64 × 48: blue band on top, green, red at the bottom.
        let jpeg = try TestImages.jpeg(in: try ExternalTool.temporaryDirectory("exif-source"))
        // Where the blue (stored top) band must appear once the orientation is applied.
        let expectations: [(orientation: Int, blueAt: (Int, Int), redAt: (Int, Int))] = [
            (1, (32, 6), (32, 42)), (3, (32, 42), (32, 6)), (6, (42, 32), (6, 32)), (8, (6, 32), (42, 32)),
        ]
        for expectation in expectations {
            let document = PDFDocument(info: PDFFixture.info("exif"))
            let image = try document.image(TestImages.withExifOrientation(jpeg, expectation.orientation))
            let turned = expectation.orientation >= 5
            XCTAssertEqual([image.pixelWidth, image.pixelHeight], turned ? [48, 64] : [64, 48], "displayed size, orientation \(expectation.orientation)")
            let page = document.addPage(width: Double(image.pixelWidth), height: Double(image.pixelHeight))
            page.drawImage(image, x: 0, y: 0, width: Double(image.pixelWidth), height: Double(image.pixelHeight))
            let fixture = try PDFFixture(document, name: "exif-\(expectation.orientation)")
            let rendered = try fixture.renderRGB()
            func at(_ p: (Int, Int)) -> [UInt8] { let o = (p.1 * rendered.width + p.0) * 3; return Array(rendered.pixels[o..<o + 3]) }
            let blue = at(expectation.blueAt), red = at(expectation.redAt)
            XCTAssertTrue(blue[2] > 150 && blue[0] < 80, "orientation \(expectation.orientation): blue expected at \(expectation.blueAt), found \(blue)")
            XCTAssertTrue(red[0] > 150 && red[2] < 80, "orientation \(expectation.orientation): red expected at \(expectation.redAt), found \(red)")
        }
    }

    func testNonImageDataIsRejected() {
        let document = PDFDocument(info: PDFFixture.info("bad image"))
        XCTAssertThrowsError(try document.image(Array("GIF89a".utf8))) { error in
            XCTAssertTrue("\(error)".contains("neither PNG nor JPEG"), "\(error)")
        }
        let truncated = Array(TestImages.png(width: 8, height: 8, colorType: 2, pixel: Self.pixel).prefix(40))
        XCTAssertThrowsError(try document.image(truncated))
    }
}
