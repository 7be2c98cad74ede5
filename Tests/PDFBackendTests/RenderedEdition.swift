import BriefModel
import BriefReader
import Foundation
@testable import PDFBackend
import TestSupport

/// A briefing rendered with the default layout and written to a temporary file, so the
/// real tools can read it.
final class RenderedEdition {
    let briefing: Briefing
    let bytes: [UInt8]
    let name: String
    let path: String

    /// Written to a fixed folder (one file per test process) and removed when released.
    /// `tagged: false` renders the untagged baseline tagging is measured against.
    init(_ briefing: Briefing, tagged: Bool = true) throws {
        self.briefing = briefing
        var renderer = try PDFRenderer(layout: Layout.projectDefault())
        renderer.tagged = tagged
        let file = try renderer.render(briefing)
        bytes = file.bytes
        name = file.name
        let directory = RenderedEdition.directory
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("\(briefing.edition.date)-\(UUID().uuidString).pdf").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// One folder per test process: test runs of other worktrees on the same machine empty
    /// their own folder at start, and must not delete the sample this run is reading.
    static let directory: URL = {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("briefpress-pdf-tests-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: folder)  // a leftover of an earlier run with this id
        // The folder lives as long as the test process; it goes with it.
        atexit { try? FileManager.default.removeItem(at: RenderedEdition.directory) }
        return folder
    }()
}
