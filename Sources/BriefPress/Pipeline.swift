import BriefModel
import BriefReader
import Foundation

/// What the CLI's commands do, as library calls that tests can make directly.
public enum Pipeline {
    /// Reads every edition and its layout, collecting the problems of all files before
    /// giving up, so one run shows the editor everything to fix. Each layout is checked
    /// for `formats` (decoded as the backends decode it), once per publication.
    public static func read(_ paths: [String], formats: [OutputFormat] = OutputFormat.allCases) throws -> [(Briefing, Layout)] {
        var read: [(Briefing, Layout)] = []
        var diagnostics: [Diagnostic] = []
        var layouts: [URL: Layout] = [:]
        for path in uniquePaths(paths) {
            do {
                let briefing = try BriefingReader.read(editionAt: path)
                let directory = briefing.publication.directory.standardizedFileURL
                if layouts[directory] == nil {
                    let layout = try LayoutLoader.load(briefing.publication.layout, publicationDirectory: briefing.publication.directory)
                    for format in formats { try Backends.validate(layout, for: format) }
                    layouts[directory] = layout
                }
                read.append((briefing, layouts[directory]!))
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
        _ = try read(paths)
    }

    /// `briefpress build`: renders every edition in every format in memory, then writes all
    /// the files at once. Returns the written paths and the notes for the editor.
    public static func build(_ paths: [String], options: BuildOptions) throws -> (written: [URL], notes: [String]) {
        for format in options.formats { Backends.warmUp(format) }
        let sources = try read(paths, formats: options.formats)
        var files: [OutputFile] = []
        var notes: [String] = []
        for (briefing, layout) in sources {
            for format in options.formats {
                let rendering = try Backends.render(format, briefing, layout: layout, options: options)
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
