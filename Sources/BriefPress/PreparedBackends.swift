import BriefModel
import Foundation

/// The backends of each publication of a run, built once from its layout (loading and
/// checking the layout) and shared by every edition of that publication, on any thread.
final class PreparedBackends: @unchecked Sendable {
    private let formats: [OutputFormat]
    private let options: BuildOptions?
    private var byDirectory: [URL: Backends] = [:]
    private let lock = NSLock()

    init(formats: [OutputFormat], options: BuildOptions?) {
        self.formats = formats
        self.options = options
    }

    func backends(for publication: Publication) throws -> Backends {
        try lock.withLock {
            let directory = publication.directory.standardizedFileURL
            if let known = byDirectory[directory] { return known }
            let layout = try LayoutLoader.load(publication.layout, publicationDirectory: publication.directory,
                                               at: publication.layoutLocation)
            let made = try Backends(layout: layout, formats: formats, imageBase: options?.imageBase, sourceDate: options?.sourceDate,
                                    embedFonts: options?.embedFonts ?? false)
            byDirectory[directory] = made
            return made
        }
    }
}
