import BriefPress
import Foundation
import XCTest

/// The preview's rebuild session makes again only what a changed file was made from.
final class PreviewSessionTests: FixturePublicationTestCase {
    /// A save by rename also reports the editor's temporary file: that must not make the
    /// session read the publication and layout again (it would throw away the open fonts and
    /// the set paragraphs at every save), while a change to a file it read does.
    func testASavesTemporaryFileKeepsThePublicationWhileAChangedPublicationIsReadAgain() throws {
        let edition = publication.appendingPathComponent("editions/2026-05-28.md")
        let session = PreviewSession(editionPath: edition.path)
        XCTAssertTrue(try session.render().fragment.contains("数智产业每日观察"))

        try edit("publication.yaml") { $0.replacingOccurrences(of: "title: 数智产业每日观察", with: "title: 数智产业周报") }
        let saved = PreviewSession.resolved(edition)
        let kept = try session.render(changed: [saved, saved + ".new"])
        XCTAssertTrue(kept.fragment.contains("数智产业每日观察"), "the publication read before is kept")
        XCTAssertFalse(kept.fragment.contains("数智产业周报"), "the publication was read again for a temporary file")

        let changed = PreviewSession.resolved(publication.appendingPathComponent("publication.yaml"))
        XCTAssertTrue(try session.render(changed: [changed]).fragment.contains("数智产业周报"), "a changed publication.yaml is read again")
    }
}
