import BriefModel
import BriefPress
import Foundation
import XCTest

/// The month-end bundle as an editor runs it: missing days reported, an invalid edition
/// stopping the bundle unless it is asked to skip it, and nothing half-written.
final class BundleTests: ExamplePublicationTestCase {
    func breakEdition(_ name: String) throws {
        try edit("editions/\(name)") { $0.replacingOccurrences(of: "# 今日判断 {-}", with: "# 今日判断 {-}\n\n见[@missing-id]。") }
    }

    func testBundleReportsMissingDaysAndWritesTheMonth() throws {
        let r = try CLI.run(["bundle", ".", "--month", "2026-05"], in: publication)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("no edition for 2026-05-01–26 (26 days)"), r.stderr)
        XCTAssertTrue(r.stderr.contains("bundled 2 editions of 2026-05"), r.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: publication.appendingPathComponent("out/2026-05.epub").path))
    }

    func testInvalidEditionStopsTheBundleWithItsErrors() throws {
        try breakEdition("2026-05-27.md")
        let r = try CLI.run(["bundle", ".", "--month", "2026-05"], in: publication)
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.stderr.contains("2026-05-27.md:") && r.stderr.contains("unknown reference `missing-id`"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: publication.appendingPathComponent("out").path),
                       "no output when the bundle stops")
    }

    func testSkipInvalidBundlesTheRestAndStillReports() throws {
        try breakEdition("2026-05-27.md")
        let r = try CLI.run(["bundle", ".", "--month", "2026-05", "--skip-invalid"], in: publication)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("unknown reference `missing-id`"), r.stderr)
        XCTAssertTrue(r.stderr.contains("left out 1 invalid edition: 2026-05-27.md"), r.stderr)
        XCTAssertTrue(r.stderr.contains("bundled 1 edition of 2026-05"), r.stderr)
    }

    func testMonthWithoutEditionsIsAClearError() throws {
        let r = try CLI.run(["bundle", ".", "--month", "2026-06"], in: publication)
        XCTAssertEqual(r.status, 66)
        XCTAssertTrue(r.stderr.contains("no editions of 2026-06"), r.stderr)
        let bad = try CLI.run(["bundle", ".", "--month", "May"], in: publication)
        XCTAssertEqual(bad.status, 64, "a month that is not YYYY-MM is a usage error; stderr: \(bad.stderr)")
        XCTAssertTrue(bad.stderr.contains("`May` is not a month"), bad.stderr)
        XCTAssertEqual(try CLI.run(["bundle", ".", "--month", "2026-13"], in: publication).status, 64)
    }

    func testDayRangesFoldConsecutiveDays() {
        let days = [1, 2, 3, 9, 11, 12].compactMap { EditionDate(year: 2026, month: 5, day: $0) }
        XCTAssertEqual(Pipeline.dayRanges(days), "2026-05-01–03, 2026-05-09, 2026-05-11–12")
    }
}
