import Foundation
import XCTest

/// A test on a scratch copy of the bundled example publication, run through the real
/// binary: the copy is made before each test and removed after it.
class ExamplePublicationTestCase: XCTestCase {
    var publication: URL!

    override func setUpWithError() throws {
        try CLI.requireBinary()
        publication = try CLI.copyOf(CLI.repository.appendingPathComponent("examples/xinzhi-demo"))
    }

    override func tearDown() {
        if let publication { try? FileManager.default.removeItem(at: publication.deletingLastPathComponent()) }
    }

    /// Rewrites a file of the copy.
    func edit(_ path: String, _ change: (String) -> String) throws {
        let url = publication.appendingPathComponent(path)
        try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
    }
}
