import BriefModel
import Foundation

/// Runs every copy-editing rule over an edition's text at the places the reader recorded
/// (`Edition.prose`), at the levels its publication set under `lint:`.
public enum Linter {
    static let rules: [LintRule] = [
        HalfWidthPunctuationRule(), StraightQuotesRule(), FullWidthAlphanumericsRule(), SpaceAroundPunctuationRule(),
        DoubledPunctuationRule(), EllipsisRule(), DashRule(), UnbalancedPairsRule(), TypedHeadingNumberRule(),
        TypedCaptionNumberRule(), CitationAfterPunctuationRule(),
    ]

    /// The findings of the rules not set `off`, in source order.
    public static func lint(_ edition: Edition, of publication: Publication) throws -> [LintFinding] {
        let bytes = try readBytes(edition.sourcePath)
        return lint(LintSource(path: edition.sourcePath, bytes: bytes), prose: edition.prose, levels: publication.lint)
    }

    static func lint(_ source: LintSource, prose: [ProseBlock], levels: [LintRuleID: LintLevel]) -> [LintFinding] {
        let active = rules.filter { levels[$0.id] != .off }
        guard !active.isEmpty else { return [] }
        var findings: [LintFinding] = []
        for block in prose {
            for units in ProseScanner.texts(of: block, in: source) {
                for rule in active {
                    for found in rule.check(units, role: block.role) {
                        findings.append(LintFinding(rule: rule.id,
                                                    location: SourceLocation(file: source.path, line: found.at.line, column: found.at.column),
                                                    message: found.message, hint: found.hint, edit: found.edit))
                    }
                }
            }
        }
        return findings.sorted { ($0.location.line, $0.location.column, $0.rule) < ($1.location.line, $1.location.column, $1.rule) }
    }

    static func readBytes(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MissingSourceFile(path: path, hint: "the edition could not be read again for the lint")
        }
        return [UInt8](data)
    }
}
