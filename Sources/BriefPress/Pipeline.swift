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
        let prepared = PreparedBackends(formats: formats, options: options)
        let publications = PublicationCache()
        for path in uniquePaths(paths) {
            do {
                let briefing = try BriefingReader.read(editionAt: path, publications: publications)
                read.append(Source(path: path, backends: try prepared.backends(for: briefing.publication)))
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
        let publications = PublicationCache()
        for path in uniquePaths(paths) {
            do { briefings.append(try BriefingReader.read(editionAt: path, publications: publications)) }
            catch let errors as SourceErrors { diagnostics += errors.diagnostics }
        }
        if !diagnostics.isEmpty { throw SourceErrors(diagnostics) }
        var fixed: [String] = []
        var remaining: [Diagnostic] = []
        for briefing in briefings {
            let shape = RenderedShape(briefing.edition)
            let outcome = try EditionFixer.fix(briefing.edition, of: briefing.publication) { edited in
                guard let edition = try? BriefingReader.readEdition(bytes: edited, at: briefing.edition.sourcePath,
                                                                    of: briefing.publication) else { return false }
                return RenderedShape(edition) == shape
            }
            fixed += outcome.fixed.map { "\($0.location): fixed: \($0.message) [\($0.rule.rawValue)]" }
            remaining += outcome.remaining.map {
                $0.diagnostic(briefing.publication.level(of: $0.rule) == .error ? .error : .warning)
            }
        }
        return (fixed, remaining)
    }

    /// `briefpress build`: reads and renders the editions in parallel, one per core, each
    /// read once and dropped when its files are staged on disk (OutputWriter), so memory
    /// stays flat however many editions a run has. Nothing is moved into place unless every
    /// edition read and rendered: the problems of all files are reported together, as by
    /// `check`, and once one edition has failed the others are only read (for their
    /// problems), not rendered. Outputs do not depend on the order of the work. Returns the
    /// written paths and the notes, in the order given.
    public static func build(_ paths: [String], options: BuildOptions) throws -> (written: [URL], notes: [String]) {
        for format in options.formats { Backends.warmUp(format) }
        let paths = uniquePaths(paths)
        let writer = OutputWriter(directory: options.outputDirectory)
        let prepared = PreparedBackends(formats: options.formats, options: options)
        let publications = PublicationCache()
        enum Outcome {
            case rendered(notes: [String])
            case sourceProblems([Diagnostic])
            /// An error reading the edition or loading its layout: stops the run as it meets it.
            case readFailed(Error)
            case renderFailed(Error)
        }
        var outcomes = [Outcome](repeating: .rendered(notes: []), count: paths.count)
        var failed = false
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            let outcome: Outcome
            do {
                let briefing = try BriefingReader.read(editionAt: paths[index], publications: publications)
                let backends = try prepared.backends(for: briefing.publication)
                if lock.withLock({ failed }) {
                    outcome = .rendered(notes: [])  // its outputs would be discarded
                } else {
                    do {
                        var notes: [String] = []
                        for rendering in try backends.renderAll(options.formats, briefing) {
                            for file in rendering.files { try writer.stage(file) }
                            notes += rendering.notes
                        }
                        outcome = .rendered(notes: notes)
                    } catch {
                        outcome = .renderFailed(error)
                    }
                }
            } catch let errors as SourceErrors {
                outcome = .sourceProblems(errors.diagnostics)
            } catch {
                outcome = .readFailed(error)
            }
            lock.withLock {
                outcomes[index] = outcome
                if case .rendered = outcome {} else { failed = true }
            }
        }
        // What a one-by-one run would report: the first edition that could not be read at
        // all, else every problem of every edition, else the first failure to render.
        var diagnostics: [Diagnostic] = []
        for outcome in outcomes {
            switch outcome {
            case .readFailed(let error): writer.discard(); throw error
            case .sourceProblems(let found): diagnostics += found
            case .rendered, .renderFailed: break
            }
        }
        if !diagnostics.isEmpty { writer.discard(); throw SourceErrors(diagnostics) }
        var notes: [String] = []
        for outcome in outcomes {
            switch outcome {
            case .renderFailed(let error): writer.discard(); throw error
            case .rendered(let found): notes += found
            case .sourceProblems, .readFailed: break
            }
        }
        return (try writer.commit(), notes)
    }

    /// The edition paths without repeats (the same file named twice, or by two spellings of
    /// its path), in the order first given: a repeat would only report the same problems
    /// and render the same outputs (one name twice) again.
    static func uniquePaths(_ paths: [String]) -> [String] {
        var seen: Set<String> = []
        return paths.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path).inserted }
    }
}
