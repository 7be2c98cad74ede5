import Digests
@testable import EPUBBackend
import XCTest

/// The hand-written pieces that make output reproducible, checked against published values.
final class DeterministicPartsTests: XCTestCase {
    func testSHA1MatchesFIPSExamples() {
        XCTAssertEqual(SHA1.digest(Array("abc".utf8)).hex, "a9993e364706816aba3e25717850c26c9cd0d89d")
        XCTAssertEqual(SHA1.digest([]).hex, "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        XCTAssertEqual(SHA1.digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)).hex,
                       "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
    }

    func testUUIDv5MatchesRFCNamespaceExample() {
        // Python: uuid.uuid5(uuid.NAMESPACE_URL, name)
        XCTAssertEqual(StableIdentifier.uuid5(name: "https://www.python.org"), "30709ed8-a35e-547c-8ef0-c6bf5e229681")
        XCTAssertEqual(StableIdentifier.urn(publicationTitle: "新质生产力每日动态", key: "2026-05"),
                       "urn:uuid:5bc0cd90-19f7-55e4-84ca-d725ad9e7b02")
    }

    func testTimestampsFromSecondsAndDOSFields() {
        XCTAssertEqual(Timestamp(secondsSinceEpoch: 0).w3c, "1970-01-01T00:00:00Z")
        XCTAssertEqual(Timestamp(secondsSinceEpoch: 1_780_302_600).w3c, "2026-06-01T08:30:00Z")
        XCTAssertEqual(Timestamp(secondsSinceEpoch: 951_782_400).w3c, "2000-02-29T00:00:00Z")
        XCTAssertEqual(Timestamp(secondsSinceEpoch: -1).w3c, "1969-12-31T23:59:59Z")
        // Before 1980 clamps to the DOS epoch: date (0 << 9 | 1 << 5 | 1), time 0.
        let early = Timestamp(secondsSinceEpoch: 0).dos
        XCTAssertEqual(early.date, 33)
        XCTAssertEqual(early.time, 0)
    }
}
