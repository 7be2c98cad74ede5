import BriefModel
import Foundation
import XCTest

/// Image sizes come from the file itself, however much metadata a camera put first.
final class ImageProbeTests: XCTestCase {
    /// A JPEG header: SOI, one APP1 segment per `app1Sizes` entry (payload bytes), then a
    /// baseline start-of-frame of `width` × `height`. Enough for a size probe.
    func jpeg(width: Int, height: Int, app1Sizes: [Int]) -> Data {
        var bytes: [UInt8] = [0xFF, 0xD8]
        for size in app1Sizes {
            let length = size + 2
            bytes += [0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)] + [UInt8](repeating: 0x45, count: size)
        }
        bytes += [0xFF, 0xC0, 0x00, 0x11, 0x08, UInt8(height >> 8), UInt8(height & 0xFF), UInt8(width >> 8), UInt8(width & 0xFF), 0x03]
        bytes += [UInt8](repeating: 0, count: 9) + [0xFF, 0xD9]
        return Data(bytes)
    }

    func testJPEGWithSmallHeaderIsMeasured() throws {
        let probe = try XCTUnwrap(ImageAsset.probe(jpeg(width: 640, height: 480, app1Sizes: [100])))
        XCTAssertEqual("\(probe.0) \(probe.width)×\(probe.height)", "jpeg 640×480")
    }

    func testJPEGWithLargeMetadataBeforeTheFrameIsMeasured() throws {
        // Two near-maximal APP1 segments (EXIF + XMP) put the frame ~128 KiB into the file.
        let data = jpeg(width: 4032, height: 3024, app1Sizes: [65_000, 65_000])
        let probe = ImageAsset.probe(data)
        XCTAssertEqual(probe.map { "\($0.0) \($0.width)×\($0.height)" }, "jpeg 4032×3024",
                       "expected the size from the start-of-frame at byte \(data.count - 32)")
    }

    func testProbeWorksOnADataSlice() throws {
        // A Data whose indices do not start at 0 (a slice of a larger buffer).
        let whole = Data([0, 0, 0]) + jpeg(width: 10, height: 20, app1Sizes: [65_000, 5_000])
        let probe = ImageAsset.probe(whole[3...])
        XCTAssertEqual(probe.map { "\($0.width)×\($0.height)" }, "10×20")
    }

    func testTruncatedJPEGIsNotAnImage() {
        XCTAssertNil(ImageAsset.probe(jpeg(width: 10, height: 20, app1Sizes: [65_000, 5_000]).prefix(60_000)))
    }
}
