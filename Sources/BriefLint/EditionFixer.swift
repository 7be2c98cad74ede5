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

    public static func fix(_ edition: Edition, of publication: Publication) throws -> Outcome {
        let path = edition.sourcePath
        let original = try Linter.readBytes(path)
        var bytes = original
        var fixed: [LintFinding] = []
        for _ in 0..<maximumPasses {
            let findings = Linter.lint(LintSource(path: path, bytes: bytes), prose: edition.prose, levels: publication.lint)
            var applied: [LintFinding] = []
            var reach = -1
            // Findings whose edits overlap an earlier one wait for the next pass.
            for finding in findings.filter({ $0.edit != nil }).sorted(by: { $0.edit!.range.lowerBound < $1.edit!.range.lowerBound })
            where finding.edit!.range.lowerBound >= reach {
                applied.append(finding)
                reach = max(finding.edit!.range.upperBound, finding.edit!.range.lowerBound + 1)
            }
            if applied.isEmpty { break }
            // One copy of the file per pass, however many edits it has.
            var edited: [UInt8] = []
            edited.reserveCapacity(bytes.count)
            var from = 0
            for finding in applied {
                edited += bytes[from..<finding.edit!.range.lowerBound]
                edited += finding.edit!.replacement.utf8
                from = finding.edit!.range.upperBound
            }
            edited += bytes[from...]
            bytes = edited
            fixed += applied
        }
        let remaining = Linter.lint(LintSource(path: path, bytes: bytes), prose: edition.prose, levels: publication.lint)
        if bytes != original { try write(bytes, to: path) }
        return Outcome(fixed: fixed.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) },
                       remaining: remaining)
    }

    /// A temporary file beside the edition, given its mode, renamed over it: an editor or a
    /// crash never sees half a file.
    static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
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
