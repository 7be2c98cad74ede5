import BriefLint
import BriefModel
import BriefReader
import Foundation
import TestSupport
import XCTest

/// The fixture edition with every fault (Tests/Fixtures/lint-faults): a warning at each line
/// `faults.txt` names and nowhere else; `fix` leaves only the unfixable ones, changes nothing
/// but the faulty characters, and changes nothing on a second run.
final class FaultyEditionTests: XCTestCase {
    static let fixture = Checkout.root.appendingPathComponent("Tests/Fixtures/lint-faults")

    struct Fault: Hashable { var line: Int; var rule: String; var fixable: Bool }

    static func faults() throws -> [Fault] {
        try String(contentsOf: fixture.appendingPathComponent("faults.txt"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }.map { row in
                let fields = row.split(separator: " ")
                return Fault(line: Int(fields[0])!, rule: String(fields[1]), fixable: fields[2] == "yes")
            }
    }

    /// A scratch copy of the fixture publication, so `fix` never edits the repository.
    func scratchCopy() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lint-faults-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.fixture, to: folder)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    func testAWarningAtEachFaultyLineAndNowhereElse() throws {
        let briefing = try BriefingReader.read(editionAt: Self.fixture.appendingPathComponent("editions/2026-05-28.md").path)
        let findings = try Linter.lint(briefing.edition, of: briefing.publication)
        let found = Set(findings.map { "\($0.location.line) \($0.rule.rawValue)" })
        XCTAssertEqual(found, Set(try Self.faults().map { "\($0.line) \($0.rule)" }))
    }

    func testFixLeavesOnlyTheUnfixableAndTouchesNothingElse() throws {
        let folder = try scratchCopy()
        let path = folder.appendingPathComponent("editions/2026-05-28.md").path
        let before = try String(contentsOfFile: path, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)

        let briefing = try BriefingReader.read(editionAt: path)
        let outcome = try EditionFixer.fix(briefing.edition, of: briefing.publication)
        let after = try String(contentsOfFile: path, encoding: .utf8)

        let faults = try Self.faults()
        XCTAssertEqual(Set(outcome.remaining.map(\.location.line)), Set(faults.filter { !$0.fixable }.map(\.line)))
        XCTAssertEqual(Set(outcome.fixed.map(\.location.line)), Set(faults.filter(\.fixable).map(\.line)))
        XCTAssertEqual(after, try String(contentsOf: Self.fixture.appendingPathComponent("expected-after-fix.md"), encoding: .utf8))
        // Every line no finding names is byte-identical, and the line count is unchanged.
        let old = before.split(separator: "\n", omittingEmptySubsequences: false)
        let new = after.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(old.count, new.count)
        let faulty = Set(faults.map(\.line))
        for (index, line) in old.enumerated() where !faulty.contains(index + 1) {
            XCTAssertEqual(line, new[index], "line \(index + 1) changed")
        }
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        XCTAssertEqual(mode?.intValue, 0o640)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("editions").path), ["2026-05-28.md"],
                       "no temporary file is left beside the edition")

        // A second run finds the same unfixable faults and changes nothing.
        let again = try EditionFixer.fix(try BriefingReader.read(editionAt: path).edition, of: briefing.publication)
        XCTAssertEqual(again.fixed, [])
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), after)
    }

    /// The in-repo fixture and the examples are clean.
    func testCleanEditionsGiveNoWarning() throws {
        var editions = [SamplePublication.fixture.edition]
        let examples = Checkout.root.appendingPathComponent("examples/xinzhi-demo/editions")
        editions += try FileManager.default.contentsOfDirectory(atPath: examples.path).sorted().map { examples.appendingPathComponent($0).path }
        for path in editions {
            let briefing = try BriefingReader.read(editionAt: path)
            XCTAssertEqual(try Linter.lint(briefing.edition, of: briefing.publication).map { $0.diagnostic(.warning).description }, [], path)
        }
    }

    /// The shared sample, a real briefing, is clean too (skipped visibly where it is absent).
    func testTheSharedSampleGivesNoWarning() throws {
        let shared = try SamplePublication.shared()
        let briefing = try BriefingReader.read(editionAt: shared.edition)
        XCTAssertEqual(try Linter.lint(briefing.edition, of: briefing.publication).map { $0.diagnostic(.warning).description }, [])
    }
}
