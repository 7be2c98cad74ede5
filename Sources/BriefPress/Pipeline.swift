import BriefModel
import BriefReader
import Foundation

/// What the CLI's commands do, as library calls that tests can make directly.
public enum Pipeline {
    /// An edition read, with the backends of its publication's layout.
    struct Source {
        var briefing: Briefing
        var backends: Backends
    }

    /// Reads every edition and its layout, collecting the problems of all files before
    /// giving up, so one run shows the editor everything to fix. Each publication's layout
    /// is loaded once and the backends for `formats` are built from it (which checks it).
    static func read(_ paths: [String], formats: [OutputFormat], options: BuildOptions?) throws -> [Source] {
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
                read.append(Source(briefing: briefing, backends: prepared[directory]!))
            } catch let errors as SourceErrors {
                diagnostics += errors.diagnostics
            }
        }
        if !diagnostics.isEmpty { throw SourceErrors(diagnostics) }
        return read
    }

    /// `briefpress check`: reads and validates the sources and the layout; throws the
    /// problems, returns nothing.
    public static func check(_ paths: [String]) throws {
        _ = try read(paths, formats: OutputFormat.allCases, options: nil)
    }

    /// `briefpress build`: renders every edition in every format in memory, then writes all
    /// the files at once. Returns the written paths and the notes for the editor.
    public static func build(_ paths: [String], options: BuildOptions) throws -> (written: [URL], notes: [String]) {
        for format in options.formats { Backends.warmUp(format) }
        let sources = try read(paths, formats: options.formats, options: options)
        var files: [OutputFile] = []
        var notes: [String] = []
        for source in sources {
            for format in options.formats {
                let rendering = try source.backends.render(format, source.briefing)
                files += rendering.files
                notes += rendering.notes
            }
        }
        let written = try OutputWriter(directory: options.outputDirectory).write(files)
        return (written, notes)
    }

    /// The edition paths without repeats (the same file named twice, or by two spellings of
    /// its path), in the order first given: a repeat would only report the same problems
    /// and render the same outputs (one name twice) again.
    static func uniquePaths(_ paths: [String]) -> [String] {
        var seen: Set<String> = []
        return paths.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path).inserted }
    }
}
