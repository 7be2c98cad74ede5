import BriefModel
import BriefPress
import BriefReader
import Foundation
import TestSupport
import PDFBackend

/// A briefing rendered with the default layout and written to a temporary file, so the
/// real tools can read it.
final class RenderedEdition {
    let briefing: Briefing
    let bytes: [UInt8]
    let name: String
    let path: String

    /// Written to a fixed folder (one file per test process) and removed when released.
    init(_ briefing: Briefing) throws {
        guard let layout = LayoutLoader.embedded("default") else { throw Missing.layout }
        self.briefing = briefing
        let file = try PDFRenderer(layout: layout).render(briefing)
        bytes = file.bytes
        name = file.name
        let directory = RenderedEdition.directory
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("\(briefing.edition.date)-\(UUID().uuidString).pdf").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    enum Missing: Error { case layout }

    /// One folder per test process: test runs of other worktrees on the same machine empty
    /// their own folder at start, and must not delete the sample this run is reading.
    static let directory = URL(fileURLWithPath: NSTemporaryDirectory())
        .appendingPathComponent("briefpress-pdf-tests-\(ProcessInfo.processInfo.processIdentifier)")

    /// Rendered once for all the tests that judge it (it lives as long as the test run;
    /// the folder is emptied first, so runs do not pile up files). Without the shared sample
    /// it holds the prerequisite error: a skip locally, a failure on CI.
    static let sample: Result<RenderedEdition, Error> = Result {
        try? FileManager.default.removeItem(at: directory)
        return try RenderedEdition(BriefingReader.read(editionAt: SharedSample.edition()))
    }
}
