import BriefModel
import BriefPress
import BriefReader
import Foundation
import PDFBackend

/// A briefing rendered with the default layout and written to a temporary file, so the
/// real tools can read it.
final class RenderedEdition {
    let briefing: Briefing
    let bytes: [UInt8]
    let name: String
    let path: String

    init(_ briefing: Briefing) throws {
        guard let layout = LayoutLoader.embedded("default") else { throw Missing.layout }
        self.briefing = briefing
        let file = try PDFRenderer(layout: layout).render(briefing)
        bytes = file.bytes
        name = file.name
        let directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("briefpress-pdf-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("\(briefing.edition.date)-\(UUID().uuidString).pdf").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    enum Missing: Error { case layout, sample }

    /// The shared sample (shared/samples/xinzhi next to the checkout or one of its parents).
    static let sampleEditionPath: String? = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("shared/samples/xinzhi/editions/2026-05-28.md")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }()

    /// Rendered once for all the tests that judge it.
    static let sample: Result<RenderedEdition, Error> = Result {
        guard let path = sampleEditionPath else { throw Missing.sample }
        return try RenderedEdition(BriefingReader.read(editionAt: path))
    }
}
