import BriefModel
import Foundation

/// `briefpress fix`: applies every fixable finding to the edition's file and writes it back
/// atomically, keeping its mode. Edits touch only the bytes a finding names and never a
/// line end, so the rest of the file (front matter, code, addresses) is byte-identical and
/// every line stays where it was. A fix can reveal another (a half-width comma becomes `，`
/// beside a space), so passes repeat until nothing changes: a second run finds nothing.
public enum EditionFixer {
    public struct Outcome: Sendable {
        /// What was changed, at the place it was found.
        public var fixed: [LintFinding]
        /// What is left: the findings no edit can mend.
        public var remaining: [LintFinding]
    }

    /// Enough for any chain of fixes one mark can need; a pass that changes nothing ends it.
    static let maximumPasses = 8

    /// `keepsShape` answers whether the file's bytes, edited, still render as the edition
    /// did (`RenderedShape`, read by the caller's reader); an edit that fails it is not made
    /// and its finding stays a warning.
    public static func fix(_ edition: Edition, of publication: Publication,
                           keepsShape: ([UInt8]) -> Bool = { _ in true }) throws -> Outcome {
        let path = edition.sourcePath
        let original = try Linter.readBytes(path)
        var bytes = original
        var fixed: [LintFinding] = []
        // Edits refused because they changed the shape, by rule and the bytes they replace.
        var refused: Set<String> = []
        func key(_ finding: LintFinding, in bytes: [UInt8]) -> String {
            "\(finding.rule.rawValue) \(finding.location.line) \(bytes[finding.edit!.range])"
        }
        for _ in 0..<maximumPasses {
            let findings = Linter.lint(LintSource(path: path, bytes: bytes), prose: edition.prose, levels: publication.lint)
                .filter { $0.edit == nil || !refused.contains(key($0, in: bytes)) }
            var applied: [LintFinding] = []
            var reach = -1
            // Findings whose edits overlap an earlier one wait for the next pass.
            for finding in findings.filter({ $0.edit != nil }).sorted(by: { $0.edit!.range.lowerBound < $1.edit!.range.lowerBound })
            where finding.edit!.range.lowerBound >= reach {
                applied.append(finding)
                reach = max(finding.edit!.range.upperBound, finding.edit!.range.lowerBound + 1)
            }
            if applied.isEmpty { break }
            let edited = applying(applied, to: bytes)
            if keepsShape(edited) {
                bytes = edited
                fixed += applied
                continue
            }
            // Some edit changes what the edition renders as: try them one at a time, from
            // the end of the file (so earlier offsets stay valid), keeping those that do not.
            for finding in applied.reversed() {
                let candidate = applying([finding], to: bytes)
                if keepsShape(candidate) {
                    bytes = candidate
                    fixed.append(finding)
                } else {
                    refused.insert(key(finding, in: bytes))
                }
            }
        }
        let remaining = Linter.lint(LintSource(path: path, bytes: bytes), prose: edition.prose, levels: publication.lint)
        if bytes != original { try write(bytes, to: path) }
        return Outcome(fixed: fixed.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) },
                       remaining: remaining)
    }

    /// `bytes` with `edits` (sorted, not overlapping) made.
    static func applying(_ edits: [LintFinding], to bytes: [UInt8]) -> [UInt8] {
        var edited: [UInt8] = []
        edited.reserveCapacity(bytes.count)
        var from = 0
        for finding in edits {
            edited += bytes[from..<finding.edit!.range.lowerBound]
            edited += finding.edit!.replacement.utf8
            from = finding.edit!.range.upperBound
        }
        edited += bytes[from...]
        return edited
    }

    /// A temporary file beside the edition, given its mode, renamed over it: an editor or a
    /// crash never sees half a file. A symbolic link is followed: its target is edited.
    static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        let path = url.path
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).briefpress-fix-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try Data(bytes).write(to: temporary)
            if let mode = attributes?[.posixPermissions] {
                try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: temporary.path)
            }
            guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw UnwritableEdition(path: path, reason: "\(error)")
        }
    }
}

/// An edition `fix` could not write back (exit status 73).
public struct UnwritableEdition: StatusCarryingError, Sendable {
    public var path: String
    public var reason: String
    public var exitStatus: ExitStatus { .cannotCreate }
    public var failureMessage: String { "\(path): error: could not write the fixed edition (\(reason)); it is unchanged" }
}
