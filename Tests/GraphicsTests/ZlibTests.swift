import Compression
import XCTest

/// The zlib wrapper every format goes through: CRC-32 against published check values, and
/// both compressed forms read back by zlib's own inflate.
final class ZlibTests: XCTestCase {
    /// Text that compresses well (a Chinese sentence, repeated) followed by bytes that do not
    /// (a fixed linear congruential sequence), so both kinds of deflate block are exercised.
    static let mixedInput: [UInt8] = {
        var bytes = Array(String(repeating: "新质生产力正在从口号走向可建设、可运营的工程体系。", count: 40).utf8)
        var state: UInt32 = 2026
        for _ in 0..<5000 {
            state = state &* 1_664_525 &+ 1_013_904_223  // Numerical Recipes' LCG: fixed, so the test is too
            bytes.append(UInt8(state >> 24))
        }
        return bytes
    }()

    func testCRC32MatchesPublishedCheckValues() {
        // The CRC catalogue's check value for CRC-32/ISO-HDLC ("123456789"), the classic
        // pangram, the empty input, and the CRC every PNG stores for its IEND chunk.
        let vectors: [(String, UInt32)] = [
            ("123456789", 0xCBF4_3926),
            ("The quick brown fox jumps over the lazy dog", 0x414F_A339),
            ("", 0),
            ("IEND", 0xAE42_6082),
        ]
        for (text, expected) in vectors {
            let found = Zlib.crc32(Array(text.utf8))
            XCTAssertEqual(found, expected, "crc32(\"\(text)\"): expected \(hex(expected)), found \(hex(found))")
        }
    }

    func testCRC32ContinuesAcrossPieces() {
        let whole = Array("123456789".utf8)
        let continued = Zlib.crc32(Array(whole[4...]), start: Zlib.crc32(Array(whole[..<4])))
        XCTAssertEqual(continued, 0xCBF4_3926, "crc32 of 1234 then 56789: expected cbf43926, found \(hex(continued))")
    }

    func testZlibStreamRoundTripsThroughInflate() throws {
        for input in [[], Array("a".utf8), Self.mixedInput] {
            let compressed = Zlib.compress(input, level: Zlib.bestCompression)
            // RFC 1950 header: deflate with a 32 KiB window (0x78), and check bits making
            // CMF·256 + FLG a multiple of 31.
            XCTAssertEqual(compressed.first, 0x78, "zlib header CMF: expected 78, found \(compressed.first.map { hex(UInt32($0)) } ?? "nothing")")
            XCTAssertEqual((Int(compressed[0]) * 256 + Int(compressed[1])) % 31, 0, "zlib header check bits are wrong")
            let restored = try XCTUnwrap(Zlib.inflate(compressed), "inflate refused a \(input.count)-byte zlib stream")
            XCTAssertEqual(restored, input, "round trip of \(input.count) bytes: expected the input back, found \(restored.count) other bytes")
        }
        let repetitive = Array(String(repeating: "一、二、三、", count: 500).utf8)
        let size = Zlib.compress(repetitive, level: Zlib.bestCompression).count
        XCTAssertLessThan(size, repetitive.count / 20, "repetitive text: expected under 1/20 of \(repetitive.count) bytes, found \(size)")
    }

    func testRawDeflateRoundTripsThroughInflateAndHasNoHeader() throws {
        for input in [[], Array("a".utf8), Self.mixedInput] {
            let deflated = Zlib.deflateRaw(input, level: Zlib.bestCompression)
            let restored = try XCTUnwrap(Zlib.inflateRaw(deflated), "raw inflate refused \(input.count) deflated bytes")
            XCTAssertEqual(restored, input, "raw round trip of \(input.count) bytes: expected the input back, found \(restored.count) other bytes")
        }
        // With the same level, window and memory settings, a zlib stream is exactly the raw
        // stream between a 2-byte header and a 4-byte Adler-32.
        let raw = Zlib.deflateRaw(Self.mixedInput, level: Zlib.bestCompression)
        let wrapped = Zlib.compress(Self.mixedInput, level: Zlib.bestCompression)
        XCTAssertEqual(Array(wrapped.dropFirst(2).dropLast(4)), raw, "expected raw deflate to be the zlib stream without header and checksum")
        XCTAssertNil(Zlib.inflate(raw), "a raw stream has no zlib header, so zlib-mode inflate must reject it")
    }

    func testInflateRejectsTruncatedAndCorruptData() {
        let compressed = Zlib.compress(Self.mixedInput, level: Zlib.bestCompression)
        XCTAssertNil(Zlib.inflate(Array(compressed.dropLast(10))), "a truncated stream must not inflate")
        var corrupt = compressed
        corrupt[corrupt.count - 1] ^= 0xFF  // breaks the Adler-32 trailer
        XCTAssertNil(Zlib.inflate(corrupt), "a stream with a wrong checksum must not inflate")
    }

    func testOutputIsReproducible() {
        XCTAssertEqual(Zlib.compress(Self.mixedInput, level: 6), Zlib.compress(Self.mixedInput, level: 6),
                       "the same input and level must give the same zlib bytes")
        XCTAssertEqual(Zlib.deflateRaw(Self.mixedInput, level: 9), Zlib.deflateRaw(Self.mixedInput, level: 9),
                       "the same input and level must give the same raw deflate bytes")
    }
}

func hex(_ value: UInt32) -> String { String(value, radix: 16) }
