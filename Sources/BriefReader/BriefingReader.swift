import BriefModel
import Foundation

/// The reader's entry point: an edition file in, a `Briefing` (its publication and the
/// edition) out, or every problem of the sources at once.
public enum BriefingReader {
    /// Reads the edition at `path` and the `publication.yaml` nearest above it; with
    /// `publications`, a publication already read in this run is not read again.
    public static func read(editionAt path: String, publications: PublicationCache? = nil) throws -> Briefing {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw MissingSourceFile(path: path, hint: "editions are files like editions/2026-05-28.md")
        }
        let publicationFile = try findPublication(above: url)
        let publication: Publication
        do {
            publication = try publications?.publication(at: publicationFile) ?? PublicationReader.read(at: publicationFile)
        } catch let publicationErrors as SourceErrors {
            // Read the edition anyway, against a stand-in publication, so that one run
            // reports the problems of both files.
            let standIn = Publication(title: "", publisher: "", directory: publicationFile.deletingLastPathComponent())
            do {
                _ = try EditionReader.read(at: url, displayPath: path, publication: standIn)
            } catch let editionErrors as SourceErrors {
                throw SourceErrors(publicationErrors.diagnostics + editionErrors.diagnostics)
            }
            throw publicationErrors
        }
        let edition = try EditionReader.read(at: url, displayPath: path, publication: publication)
        return Briefing(publication: publication, edition: edition)
    }

    /// Reads `publication.yaml` in `directory`.
    public static func readPublication(in directory: URL) throws -> Publication {
        try PublicationReader.read(at: directory.appendingPathComponent("publication.yaml"))
    }

    /// Reads one edition of an already-read publication (the monthly bundle reads many).
    public static func readEdition(at path: String, of publication: Publication) throws -> Edition {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        return try EditionReader.read(at: url, displayPath: path, publication: publication)
    }

    /// Reads `bytes` as the edition at `path` would be read, without touching the file: what
    /// an edit of the file would give (`fix` checks its edits with it).
    public static func readEdition(bytes: [UInt8], at path: String, of publication: Publication) throws -> Edition {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        return try EditionReader.read(at: url, displayPath: path, publication: publication, data: Data(bytes))
    }

    /// The publication folder is the nearest one above the edition holding `publication.yaml`.
    public static func findPublication(above edition: URL) throws -> URL {
        var dir = edition.deletingLastPathComponent()
        while true {
            let candidate = dir.appendingPathComponent("publication.yaml")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { break }
            dir = parent
        }
        throw MissingSourceFile(path: edition.deletingLastPathComponent().appendingPathComponent("publication.yaml").path,
                                hint: "no publication.yaml in the edition's folder or any folder above it; run `briefpress new DIR` to start a publication")
    }
}
