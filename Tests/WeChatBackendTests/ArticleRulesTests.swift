import BriefModel
import TestSupport
import WeChatBackend
import XCTest

/// The fragment obeys every applicable rule of wechat.md §7, for the sample publications and
/// for a briefing that uses every kind of block.
final class ArticleRulesTests: XCTestCase {
    func testFixtureFragmentPassesEveryPasteRule() throws { try passesEveryPasteRule(.fixture) }
    func testFixtureFragmentFitsTheDraftAPILimits() throws { try fitsTheDraftAPILimits(.fixture) }

    /// The same checks on the shared sample; skipped (failed on CI) when it is not there.
    func testSharedSample() throws {
        let sample = try SamplePublication.shared()
        try passesEveryPasteRule(sample)
        try fitsTheDraftAPILimits(sample)
    }

    private func passesEveryPasteRule(_ sample: SamplePublication) throws {
        let article = try render(Fixtures.read(sample))
        let report = FragmentChecker(mode: .paste).check(article.fragment)
        XCTAssertTrue(report.errors.isEmpty, "\(sample.name): expected no broken rule, found \(report.errors.count):\n\(report.summary)")
    }

    private func fitsTheDraftAPILimits(_ sample: SamplePublication) throws {
        let article = try render(Fixtures.read(sample), imageBase: "https://img.example.com/briefs/")
        XCTAssertLessThan(article.fragment.count, 20_000, "\(sample.name): draft/add refuses content of 20,000 characters or more")
        let report = FragmentChecker(mode: .api).check(article.fragment)
        XCTAssertTrue(report.errors.isEmpty, "\(sample.name): expected no broken rule, found \(report.errors.count):\n\(report.summary)")
    }

    func testExerciseFragmentPassesEveryPasteRule() throws {
        let article = try render(Fixtures.exercise())
        let report = FragmentChecker(mode: .paste).check(article.fragment)
        XCTAssertTrue(report.errors.isEmpty, "expected no broken rule, found \(report.errors.count):\n\(report.summary)")
        // The only warnings allowed are the data: images, which paste accepts.
        XCTAssertEqual(report.warnings.filter { $0.rule != 12 && $0.rule != 17 }, [], "unexpected warnings")
    }

    func testDemoEditionsPassEveryPasteRule() throws {
        for demo in try Fixtures.demos() {
            let report = FragmentChecker(mode: .paste).check(try render(demo).fragment)
            XCTAssertTrue(report.errors.isEmpty, "\(demo.edition.sourcePath): expected no broken rule, found \(report.errors.count):\n\(report.summary)")
        }
    }

    func testFragmentWithUploadedImagesPassesTheAPIRules() throws {
        let article = try render(Fixtures.exercise(), imageBase: "https://img.example.com/briefs")
        let report = FragmentChecker(mode: .api).check(article.fragment)
        XCTAssertTrue(report.errors.isEmpty, "expected no broken rule on the API path, found \(report.errors.count):\n\(report.summary)")
        XCTAssertEqual(report.warnings, [])
    }
}
