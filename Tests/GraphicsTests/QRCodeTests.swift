import Foundation
import Graphics
import TestSupport
import XCTest

/// The QR codes printed for a publication's contact URLs: the symbol's structure as ISO/IEC
/// 18004 fixes it, the PNG the article and the EPUB embed, and a real scanner reading it back.
final class QRCodeTests: XCTestCase {
    /// 18 bytes: more than version 1-M holds in byte mode (14), within version 2-M (26).
    static let url = "https://gyznswn.cn"
    /// 36 bytes: more than version 2-M holds, within version 3-M (42).
    static let longerURL = "https://mp.weixin.qq.com/s/AbCdEf123"

    /// A version-V symbol is 17 + 4V modules on a side.
    func testSizeIsTheSmallestVersionThatHoldsTheURL() throws {
        for (text, version) in [(Self.url, 2), (Self.longerURL, 3)] {
            let code = try QRCode(encoding: text)
            XCTAssertEqual(code.size, 17 + 4 * version, "\(text): expected version \(version) (\(17 + 4 * version) modules), found \(code.size) modules")
            XCTAssertEqual(code.modules.count, code.size * code.size, "expected a square grid of \(code.size)²")
        }
    }

    /// Finder patterns (7×7: dark ring, light ring, dark 3×3 core) sit in three corners, each
    /// with a light separator towards the symbol; the fourth corner has none.
    func testThreeFinderPatternsWithSeparators() throws {
        let code = try QRCode(encoding: Self.url)
        let last = code.size - 7
        for (top, left) in [(0, 0), (0, last), (last, 0)] {
            XCTAssertEqual(finderMismatches(code, top: top, left: left), [],
                           "finder pattern at row \(top), column \(left): expected the 7×7 pattern, these (row, column) differ")
            let separatorRow = top == 0 ? 7 : top - 1, separatorColumn = left == 0 ? 7 : left - 1
            for i in 0..<8 {
                let column = left == 0 ? i : left - 1 + i, row = top == 0 ? i : top - 1 + i
                XCTAssertFalse(code.isDark(row: separatorRow, column: column), "separator at (\(separatorRow), \(column)) should be light")
                XCTAssertFalse(code.isDark(row: row, column: separatorColumn), "separator at (\(row), \(separatorColumn)) should be light")
            }
        }
        XCTAssertFalse(finderMismatches(code, top: last, left: last).isEmpty, "the bottom-right corner must not hold a finder pattern")
    }

    /// Timing patterns alternate dark and light along row 6 and column 6 between the finders;
    /// the single dark module at (4V + 9, 8) is always set.
    func testTimingPatternsAndDarkModule() throws {
        let code = try QRCode(encoding: Self.url)
        for i in 8..<(code.size - 8) {
            XCTAssertEqual(code.isDark(row: 6, column: i), i % 2 == 0, "horizontal timing module \(i): expected \(i % 2 == 0 ? "dark" : "light")")
            XCTAssertEqual(code.isDark(row: i, column: 6), i % 2 == 0, "vertical timing module \(i): expected \(i % 2 == 0 ? "dark" : "light")")
        }
        XCTAssertTrue(code.isDark(row: code.size - 8, column: 8), "the dark module at (\(code.size - 8), 8) is light")
    }

    func testDarkRunsCoverExactlyTheDarkModules() throws {
        let code = try QRCode(encoding: Self.url)
        var covered = [Bool](repeating: false, count: code.modules.count)
        for run in code.darkRuns {
            for column in run.column..<(run.column + run.length) {
                XCTAssertFalse(covered[run.row * code.size + column], "module (\(run.row), \(column)) is in two runs")
                covered[run.row * code.size + column] = true
            }
        }
        XCTAssertEqual(covered, code.modules, "the runs should mark exactly the dark modules")
    }

    func testSameURLGivesTheSameCode() throws {
        XCTAssertEqual(try QRCode(encoding: Self.url), try QRCode(encoding: Self.url))
        XCTAssertEqual(try QRCode(encoding: Self.url).png(), try QRCode(encoding: Self.url).png(), "PNG bytes differ between two runs")
    }

    func testTextTooLongForAnyVersionIsRefused() {
        // Version 40-M holds at most 2331 bytes.
        let text = String(repeating: "a", count: 3000)
        XCTAssertThrowsError(try QRCode(encoding: text), "3000 bytes cannot fit a QR code at level M") { error in
            XCTAssertEqual("\(error)", "3000 bytes do not fit in a QR code (at most 2331 at error correction level M)",
                           "the message says why and never quotes the text")
        }
        // The capacity the message names is the real one: 2331 bytes encode, 2332 do not.
        XCTAssertNoThrow(try QRCode(encoding: String(repeating: "a", count: QRCode.capacity)))
        XCTAssertThrowsError(try QRCode(encoding: String(repeating: "a", count: QRCode.capacity + 1))) { error in
            XCTAssertTrue("\(error)".hasPrefix("2332 bytes"), "\(error)")
        }
    }

    /// The PNG parses (signature, chunk CRCs, IHDR, IDAT inflated) and every pixel is the
    /// module it stands for, with the 4-module light quiet zone around it.
    func testPNGDecodesToTheModules() throws {
        let code = try QRCode(encoding: Self.url)
        let scale = 4, quietZone = 4
        let png = try DecodedPNG(code.png(scale: scale, quietZone: quietZone))
        let side = (code.size + 2 * quietZone) * scale
        XCTAssertEqual(png.chunkTypes, ["IHDR", "IDAT", "IEND"])
        XCTAssertEqual([png.width, png.height], [side, side], "expected a \(side)×\(side) image")
        var wrong: [(Int, Int)] = []
        for y in 0..<png.height {
            for x in 0..<png.width {
                let row = y / scale - quietZone, column = x / scale - quietZone
                let inside = (0..<code.size).contains(row) && (0..<code.size).contains(column)
                let dark = inside && code.isDark(row: row, column: column)
                if png.white[y * png.width + x] == dark { wrong.append((x, y)) }
            }
        }
        XCTAssertTrue(wrong.isEmpty, "expected every pixel to match its module, found \(wrong.count) wrong, first at \(wrong.prefix(3))")
    }

    /// PNGs are kept once drawn (the article and the EPUB draw the same contact codes at
    /// every edition): each code, scale and quiet zone still gets its own picture, also when
    /// more were drawn since than are kept.
    func testEveryDrawingOfACodeHasItsOwnSizeAndKeptOnesTheirFirstBytes() throws {
        let codes = [try QRCode(encoding: Self.url), try QRCode(encoding: Self.longerURL)]
        var first: [String: [UInt8]] = [:]
        for round in 0..<2 {
            for (index, code) in codes.enumerated() {
                for scale in 1...3 {
                    for quietZone in [0, 4] {
                        let png = code.png(scale: scale, quietZone: quietZone)
                        let side = (code.size + 2 * quietZone) * scale
                        let decoded = try DecodedPNG(png)
                        XCTAssertEqual([decoded.width, decoded.height], [side, side], "code \(index), scale \(scale), quiet zone \(quietZone)")
                        let name = "\(index) \(scale) \(quietZone)"
                        if round == 0 { first[name] = png } else { XCTAssertEqual(png, first[name], name) }
                    }
                }
            }
        }
    }

    /// A real scanner (zbarimg, from zbar-tools) reads the PNG back to the URL.
    func testScannerReadsThePNGBackToTheURL() throws {
        let zbarimg = try Prerequisite.tool("zbarimg")
        for text in [Self.url, Self.longerURL] {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("graphics-qr-\(UUID().uuidString).png")
            try Data(QRCode(encoding: text).png()).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: zbarimg)
            process.arguments = ["--raw", "--quiet", file.path]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let decoded = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, "zbarimg found no code in the PNG for \(text)")
            XCTAssertEqual(decoded.trimmingCharacters(in: .newlines), text, "zbarimg: expected \(text), found \(decoded)")
        }
    }

    /// The (row, column) offsets inside the 7×7 square at (top, left) that differ from a
    /// finder pattern: dark except the ring two modules in from the edge.
    private func finderMismatches(_ code: QRCode, top: Int, left: Int) -> [[Int]] {
        var mismatches: [[Int]] = []
        for row in 0..<7 {
            for column in 0..<7 {
                let ring = max(abs(row - 3), abs(column - 3))
                if code.isDark(row: top + row, column: left + column) != (ring != 2) { mismatches.append([row, column]) }
            }
        }
        return mismatches
    }
}
