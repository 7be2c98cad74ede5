import Foundation
import XCTest

/// Issue #9.4 through the real binary: `check` refuses a hostile or broken image at the
/// line that names it with status 65, and `build` refuses it the same way without writing
/// anything, so no image problem waits for `build`.
final class HostileImageCommandTests: ExamplePublicationTestCase {
    private let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// A PNG chunk with its CRC, computed here bit by bit (CRC-32, ISO 3309) so this test
    /// shares no code with the reader it judges.
    private func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in body {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return be32(UInt32(data.count)) + body + be32(~crc)
    }

    private func be32(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }

    /// A PNG whose header claims 100000 × 100000 RGB pixels.
    private var hugeHeader: [UInt8] {
        signature + chunk("IHDR", be32(100_000) + be32(100_000) + [8, 2, 0, 0, 0])
            + chunk("IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]) + chunk("IEND", [])
    }

    /// Adds a figure naming `assets/NAME` after the first section heading of the
    /// 2026-05-28 edition, and returns the line it is on.
    private func addFigure(_ name: String, bytes: [UInt8]) throws -> Int {
        let assets = publication.appendingPathComponent("assets")
        try FileManager.default.createDirectory(at: assets, withIntermediateDirectories: true)
        try Data(bytes).write(to: assets.appendingPathComponent(name))
        var line = 0
        try edit("editions/2026-05-28.md") { text in
            var lines = text.components(separatedBy: "\n")
            let heading = lines.firstIndex { $0.hasPrefix("## ") }!
            lines.insert(contentsOf: ["", "![图](assets/\(name))", ""], at: heading + 1)
            line = heading + 3
            return lines.joined(separator: "\n")
        }
        return line
    }

    private func assertRefused(at place: String, saying text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let check = try CLI.run(["check", "editions/2026-05-28.md"], in: publication)
        XCTAssertEqual(check.status, 65, check.stderr, file: file, line: line)
        XCTAssertTrue(check.stderr.contains("\(place): error: \(text)"), "expected `\(place): error: \(text)` in:\n\(check.stderr)", file: file, line: line)
        let build = try CLI.run(["build", "editions/2026-05-28.md"], in: publication)
        XCTAssertEqual(build.status, 65, build.stderr, file: file, line: line)
        XCTAssertTrue(build.stderr.contains("\(place): error: \(text)"), build.stderr, file: file, line: line)
        let out = publication.appendingPathComponent("out")
        let written = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        XCTAssertEqual(written, [], "build wrote outputs despite the bad image", file: file, line: line)
    }

    func testFigureClaimingTenBillionPixels() throws {
        let at = try addFigure("huge.png", bytes: hugeHeader)
        try assertRefused(at: "editions/2026-05-28.md:\(at):1",
                          saying: "image `assets/huge.png` cannot be used: PNG is 100000 × 100000 pixels; the limit is 16384 pixels a side")
    }

    func testTruncatedFigure() throws {
        let whole = signature + chunk("IHDR", be32(4) + be32(4) + [8, 0, 0, 0, 0])
            + chunk("IDAT", [0x78, 0x9C, 0x63, 0x60, 0xA0, 0x3F, 0x00, 0x00, 0x00, 0x54, 0x00, 0x01]) + chunk("IEND", [])
        let at = try addFigure("cut.png", bytes: Array(whole.prefix(45)))
        try assertRefused(at: "editions/2026-05-28.md:\(at):1", saying: "image `assets/cut.png` cannot be used: PNG ends inside its IDAT chunk")
    }

    func testContactCodeImageInThePublication() throws {
        let assets = publication.appendingPathComponent("assets")
        try FileManager.default.createDirectory(at: assets, withIntermediateDirectories: true)
        try Data(signature + [UInt8](repeating: 0xAB, count: 1000)).write(to: assets.appendingPathComponent("qr.png"))
        var line = 0
        try edit("publication.yaml") { text in
            var lines = text.components(separatedBy: "\n")
            let url = lines.firstIndex { $0.hasPrefix("      url: ") }!
            lines[url] = "      image: assets/qr.png"
            line = url + 1
            return lines.joined(separator: "\n")
        }
        try assertRefused(at: "publication.yaml:\(line):14", saying: "image `assets/qr.png` cannot be used: PNG has a damaged chunk header at byte 8")
    }
}
