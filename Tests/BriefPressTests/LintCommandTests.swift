import Foundation
import TestSupport
import XCTest

/// `check`'s style warnings, `--strict`, the `lint:` levels of publication.yaml, and `fix`,
/// through the real binary on a scratch copy of the faulty fixture publication.
final class LintCommandTests: XCTestCase {
    var publication: URL!
    let edition = "editions/2026-05-28.md"

    override func setUpWithError() throws {
        try CLI.requireBinary()
        publication = try CLI.copyOf(Checkout.root.appendingPathComponent("Tests/Fixtures/lint-faults"))
    }

    override func tearDown() {
        if let publication { try? FileManager.default.removeItem(at: publication.deletingLastPathComponent()) }
    }

    func setLint(_ lines: String) throws {
        let file = publication.appendingPathComponent("publication.yaml")
        let yaml = try String(contentsOf: file, encoding: .utf8) + "lint:\n" + lines
        try Data(yaml.utf8).write(to: file)
    }

    func testWarningsAreLocatedWithRuleAndHintAndDoNotFailCheck() throws {
        let r = try CLI.run(["check", edition], in: publication)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "")
        XCTAssertTrue(r.stderr.hasPrefix("\(edition):17:17: warning: half-width `,` in Chinese text [half-width-punctuation]\n  hint: write `，`\n"), r.stderr)
        XCTAssertTrue(r.stderr.contains("\(edition):36:8: warning: `“` is never closed in this paragraph [unbalanced-pairs]"), r.stderr)
        XCTAssertFalse(r.stderr.contains("error"), r.stderr)
    }

    func testStrictTurnsWarningsIntoFailure() throws {
        let r = try CLI.run(["check", "--strict", edition], in: publication)
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.stderr.contains("\(edition):17:17: warning:"), r.stderr)
        XCTAssertTrue(r.stderr.hasSuffix("warnings, which --strict counts as failures\n"), r.stderr)
    }

    func testLevelsFromPublicationYAML() throws {
        // Every rule off but one, and that one an error: the check fails on it alone.
        let others = ["half-width-punctuation", "straight-quotes", "full-width-alphanumerics", "space-around-punctuation",
                      "doubled-punctuation", "ellipsis", "dash", "typed-heading-number", "typed-caption-number",
                      "citation-after-punctuation"]
        try setLint(others.map { "  \($0): off\n" }.joined() + "  unbalanced-pairs: error\n")
        let r = try CLI.run(["check", edition], in: publication)
        XCTAssertEqual(r.status, 65, r.stderr)
        XCTAssertEqual(r.stderr, """
        \(edition):36:8: error: `“` is never closed in this paragraph [unbalanced-pairs]
          hint: add the closing `”` where the quotation or aside ends
        \(edition):37:4: error: `（` is never closed in this paragraph [unbalanced-pairs]
          hint: add the closing `）` where the quotation or aside ends
        2 errors; nothing was written

        """)
    }

    func testUnknownRuleAndLevelAreErrorsAtTheirLines() throws {
        try setLint("  elipsis: off\n  dash: loud\n")
        let r = try CLI.run(["check", edition], in: publication)
        XCTAssertEqual(r.status, 65)
        let yaml = publication.appendingPathComponent("publication.yaml").path
        XCTAssertTrue(r.stderr.contains("\(yaml):6:3: error: unknown key `elipsis` in `lint`\n  hint: did you mean `ellipsis`?"), r.stderr)
        XCTAssertTrue(r.stderr.contains("\(yaml):7:9: error: `loud` is not a level for `dash`\n  hint: write `off`, `warning` or `error`"), r.stderr)
    }

    func testFixPrintsWhatItChangedAndASecondRunChangesNothing() throws {
        let r = try CLI.run(["fix", edition], in: publication)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("\(edition):17:17: fixed: half-width `,` in Chinese text [half-width-punctuation]\n"), r.stdout)
        XCTAssertEqual(r.stderr.components(separatedBy: ": warning: ").count - 1, 2, r.stderr)
        let fixed = try Data(contentsOf: publication.appendingPathComponent(edition))
        XCTAssertEqual(fixed, try Data(contentsOf: Checkout.root.appendingPathComponent("Tests/Fixtures/lint-faults/expected-after-fix.md")))

        let again = try CLI.run(["fix", edition], in: publication)
        XCTAssertEqual(again.status, 0)
        XCTAssertEqual(again.stdout, "")
        XCTAssertEqual(try Data(contentsOf: publication.appendingPathComponent(edition)), fixed)
    }

    func testFixRefusesAnEditionThatDoesNotRead() throws {
        let file = publication.appendingPathComponent(edition)
        let broken = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "[@gov]", with: "[@gv]")
        try Data(broken.utf8).write(to: file)
        let r = try CLI.run(["fix", edition], in: publication)
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.stderr.contains("citation of unknown reference `gv`"), r.stderr)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), broken, "an edition with errors is not touched")
    }
}
