import Foundation
import TestSupport
import XCTest

/// A test on a scratch copy of the bundled example publication, run through the real
/// binary: the copy is made before each test and removed after it.
class ExamplePublicationTestCase: XCTestCase {
    var publication: URL!

    /// The publication each test gets a copy of; subclasses may name another.
    class var source: URL { CLI.repository.appendingPathComponent("examples/xinzhi-demo") }

    override func setUpWithError() throws {
        try CLI.requireBinary()
        publication = try CLI.copyOf(Self.source)
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

/// The same, on a copy of the in-repo fixture publication (Tests/Fixtures/shuzhi).
class FixturePublicationTestCase: ExamplePublicationTestCase {
    override class var source: URL { SamplePublication.fixture.directory }
}
