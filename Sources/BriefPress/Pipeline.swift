import BriefModel
import BriefReader
import Foundation

/// What the CLI's commands do, as library calls that tests can make directly.
public enum Pipeline {
    public static var availableFormats: [OutputFormat] { Backends.available }

    /// Reads every edition and its layout, collecting the problems of all files before
    /// giving up, so one run shows the editor everything to fix.
    public static func read(_ paths: [String]) throws -> [(Briefing, Layout)] {
        var read: [(Briefing, Layout)] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            do {
                let briefing = try BriefingReader.read(editionAt: path)
                let layout = try LayoutLoader.load(briefing.publication.layout, publicationDirectory: briefing.publication.directory)
                read.append((briefing, layout))
            } catch let errors as SourceErrors {
                diagnostics += errors.diagnostics
            }
        }
        if !diagnostics.isEmpty { throw SourceErrors(diagnostics) }
        return read
    }

    /// `briefpress check`: reads and validates; throws the problems, returns nothing.
    public static func check(_ paths: [String]) throws {
        _ = try read(paths)
    }

    /// `briefpress build`: renders every edition in every format in memory, then writes all
    /// the files at once. Returns the written paths and the notes for the editor.
    public static func build(_ paths: [String], options: BuildOptions) throws -> (written: [URL], notes: [String]) {
        for format in options.formats { Backends.warmUps[format]?() }
        let sources = try read(paths)
        var files: [OutputFile] = []
        var notes: [String] = []
        for (briefing, layout) in sources {
            for format in options.formats {
                guard let render = Backends.renderers[format] else {
                    throw UnavailableFormat(format: format)
                }
                let rendering = try render(briefing, layout, options)
                files += rendering.files
                notes += rendering.notes
            }
        }
        let written = try OutputWriter(directory: options.outputDirectory).write(files)
        return (written, notes)
    }

    public struct UnavailableFormat: Error, CustomStringConvertible {
        public var format: OutputFormat
        public var description: String {
            "error: the \(format.rawValue) backend is not in this build; available: \(Backends.available.map(\.rawValue).joined(separator: ", "))"
        }
    }
}
