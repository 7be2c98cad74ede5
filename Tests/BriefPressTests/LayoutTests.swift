import BriefModel
import BriefPress
import Foundation
import XCTest

/// The default layout travels inside the binary; a publication can point at its own.
final class LayoutTests: XCTestCase {
    func testEmbeddedDefaultMatchesLayoutsFolder() throws {
        let folder = CLI.repository.appendingPathComponent("layouts/default")
        let embedded = try XCTUnwrap(LayoutLoader.embedded("default"), "the default layout is not embedded")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        XCTAssertEqual(embedded.files.keys.sorted(), names)
        for name in names {
            let onDisk = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            XCTAssertTrue(embedded.files[name] == onDisk,
                          "embedded \(name) (\(embedded.files[name]?.count ?? 0) bytes) differs from layouts/default/\(name) (\(onDisk.count) bytes)")
        }
    }

    func testLayoutFolderOverridesOnlyWhatItHolds() throws {
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("bp-layout-\(UUID().uuidString)")
        let mine = dir.appendingPathComponent("looks/mine")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("custom".utf8).write(to: mine.appendingPathComponent("README.md"))
        let layout = try LayoutLoader.load("./looks/mine", publicationDirectory: dir)
        XCTAssertEqual(layout.text("README.md"), "custom")
        XCTAssertEqual(layout.name, "mine")
        let base = try XCTUnwrap(LayoutLoader.embedded("default"))
        for name in base.files.keys where name != "README.md" {
            XCTAssertEqual(layout.files[name], base.files[name], "\(name) should fall back to the default")
        }
    }

    func testMissingLayoutFolderIsAnError() {
        XCTAssertThrowsError(try LayoutLoader.load("./nowhere", publicationDirectory: URL(fileURLWithPath: "/tmp"))) {
            XCTAssertTrue("\($0)".contains("does not exist"), "\($0)")
        }
    }
}
