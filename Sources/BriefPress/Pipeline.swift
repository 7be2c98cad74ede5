import BriefLint
import BriefModel
import BriefReader
import Foundation

/// What the CLI's commands do, as library calls that tests can make directly.
public enum Pipeline {
    /// An edition that read without a problem, with the backends of its publication's
    /// layout. The model itself is not kept: a run of a year's editions would hold them all.
    struct Source {
        var path: String
        var backends: Backends
    }

    /// Reads every edition and its layout, collecting the problems of all files before
    /// giving up, so one run shows the editor everything to fix. Each publication's layout
    /// is loaded once and the backends for `formats` are built from it (which checks it).
    static func read(_ paths: [String], formats: [OutputFormat], options: BuildOptions?,
                     inspect: ((Briefing) throws -> [Diagnostic])? = nil) throws -> [Source] {
        var read: [Source] = []
        var diagnostics: [Diagnostic] = []
        var prepared: [URL: Backends] = [:]
        for path in uniquePaths(paths) {
            do {
                let briefing = try BriefingReader.read(editionAt: path)
                let directory = briefing.publication.directory.standardizedFileURL
                if prepared[directory] == nil {
                    let layout = try LayoutLoader.load(briefing.publication.layout, publicationDirectory: briefing.publication.directory,
                                                   at: briefing.publication.layoutLocation)
                    prepared[directory] = try Backends(layout: layout, formats: formats, imageBase: options?.imageBase,
                                                       sourceDate: options?.sourceDate)
                }
                read.append(Source(path: path, backends: prepared[directory]!))
                if let inspect { diagnostics += try inspect(briefing) }
            } catch let errors as SourceErrors {
                diagnostics += errors.diagnostics
            }
        }
        if !diagnostics.isEmpty { throw SourceErrors(diagnostics) }
        return read
    }

    /// `briefpress check`: reads and validates the sources and the layout, then lints the
    /// editions that read. Throws the errors (a rule set to `error` among them) with the
    /// warnings listed after them; returns the warnings when there is no error. `strict`
    /// makes warnings fail the check as well.
    @discardableResult
    public static func check(_ paths: [String], strict: Bool = false) throws -> [Diagnostic] {
        var findings: [Diagnostic] = []
        do {
            _ = try read(paths, formats: OutputFormat.allCases, options: nil) { briefing in
                findings += try lint(briefing)
                return []
            }
        } catch let errors as SourceErrors {
            throw SourceErrors(errors.diagnostics + findings.filter { $0.severity == .error } + findings.filter { $0.severity == .warning })
        }
        let errors = findings.filter { $0.severity == .error }
        let warnings = findings.filter { $0.severity == .warning }
        if !errors.isEmpty { throw SourceErrors(errors + warnings) }
        if strict, !warnings.isEmpty { throw StrictWarnings(warnings: warnings) }
        return warnings
    }

    /// The lint's findings for one edition, each at its publication's level.
    static func lint(_ briefing: Briefing) throws -> [Diagnostic] {
        try Linter.lint(briefing.edition, of: briefing.publication).map { finding in
            finding.diagnostic(briefing.publication.level(of: finding.rule) == .error ? .error : .warning)
        }
    }

    /// `briefpress fix`: reads every edition first (an edition that does not read is not
    /// touched, and the problems are thrown), then mends each in place. Returns what was
    /// fixed, as `FILE:LINE:COL: fixed: …` lines, and what remains, as diagnostics.
    public static func fix(_ paths: [String]) throws -> (fixed: [String], remaining: [Diagnostic]) {
        var briefings: [Briefing] = []
        var diagnostics: [Diagnostic] = []
        for path in uniquePaths(paths) {
            do { briefings.append(try BriefingReader.read(editionAt: path)) } catch let errors as SourceErrors { diagnostics += errors.diagnostics }
        }
        if !diagnostics.isEmpty { throw SourceErrors(diagnostics) }
        var fixed: [String] = []
        var remaining: [Diagnostic] = []
        for briefing in briefings {
            let outcome = try EditionFixer.fix(briefing.edition, of: briefing.publication)
            fixed += outcome.fixed.map { "\($0.location): fixed: \($0.message) [\($0.rule.rawValue)]" }
            remaining += outcome.remaining.map {
                $0.diagnostic(briefing.publication.level(of: $0.rule) == .error ? .error : .warning)
            }
        }
        return (fixed, remaining)
    }

    /// `briefpress build`: reads and checks every edition first (so nothing is written when
    /// one is wrong), then renders the editions in parallel, one per core, staging each
    /// finished file on disk at once, and moves them all into place together (OutputWriter).
    /// An edition is read again when its turn comes and dropped when it is rendered, so
    /// memory stays flat however many editions a run has; outputs do not depend on the
    /// order of rendering. Returns the written paths and the notes, in the order given.
    public static func build(_ paths: [String], options: BuildOptions) throws -> (written: [URL], notes: [String]) {
        for format in options.formats { Backends.warmUp(format) }
        let sources = try read(paths, formats: options.formats, options: options)
        let writer = OutputWriter(directory: options.outputDirectory)
        var results = [Result<[String], Error>](repeating: .success([]), count: sources.count)
        let resultsLock = NSLock()
        DispatchQueue.concurrentPerform(iterations: sources.count) { index in
            let result = Result<[String], Error> {
                let briefing = try BriefingReader.read(editionAt: sources[index].path)
                var notes: [String] = []
                for format in options.formats {
                    let rendering = try sources[index].backends.render(format, briefing)
                    for file in rendering.files { try writer.stage(file) }
                    notes += rendering.notes
                }
                return notes
            }
            resultsLock.lock()
            results[index] = result
            resultsLock.unlock()
        }
        // The first failure in the order given, whichever thread met it first.
        for case .failure(let error) in results {
            writer.discard()
            throw error
        }
        let written = try writer.commit()
        return (written, results.flatMap { (try? $0.get()) ?? [] })
    }

    /// The edition paths without repeats (the same file named twice, or by two spellings of
    /// its path), in the order first given: a repeat would only report the same problems
    /// and render the same outputs (one name twice) again.
    static func uniquePaths(_ paths: [String]) -> [String] {
        var seen: Set<String> = []
        return paths.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path).inserted }
    }
}
