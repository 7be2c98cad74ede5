@testable import BriefPress
import BriefModel
import Foundation
import XCTest

/// A run's outputs land all together or not at all: a destination in the way stops the
/// run before the first file moves, a killed run leaves at most a staging folder that the
/// next run finishes (committed) or removes (not committed), and the folder then holds
/// only complete outputs.
final class AllOrNothingOutputTests: ExamplePublicationTestCase {
    var out: URL { publication.appendingPathComponent("out") }
    let editions = ["editions/2026-05-27.md", "editions/2026-05-28.md"]

    func entries() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).sorted() }

    func testAFolderNamedLikeAnOutputStopsTheRunBeforeAnyFileMoves() throws {
        try FileManager.default.createDirectory(at: out.appendingPathComponent("2026-05-28.epub"), withIntermediateDirectories: true)
        let r = try CLI.run(["build"] + editions, in: publication)
        XCTAssertEqual(r.status, 73, r.stderr)
        XCTAssertTrue(r.stderr.contains("2026-05-28.epub: error: a folder of this name is in the way"), r.stderr)
        XCTAssertEqual(entries(), ["2026-05-28.epub"], "no output may be written, and no staging left")
    }

    func testACommittedStagingOfADeadRunIsFinishedByTheNextRun() throws {
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // A run that died after its commit mark, having moved one file of two.
        let staging = out.appendingPathComponent(OutputWriter.stagingPrefix + "dead01")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try Data("new b".utf8).write(to: staging.appendingPathComponent("b.pdf"))
        try Data("b.pdf\na.pdf".utf8).write(to: staging.appendingPathComponent(OutputWriter.commitName))
        try Data().write(to: staging.appendingPathComponent(OutputWriter.lockName))
        try Data("new a".utf8).write(to: out.appendingPathComponent("a.pdf"))
        OutputWriter.recoverStaleStagings(in: out)
        XCTAssertEqual(entries(), ["a.pdf", "b.pdf"])
        XCTAssertEqual(try String(contentsOf: out.appendingPathComponent("b.pdf"), encoding: .utf8), "new b")
    }

    func testAnUncommittedStagingOfADeadRunIsRemovedAndTheOldOutputsKept() throws {
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let staging = out.appendingPathComponent(OutputWriter.stagingPrefix + "dead02")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try Data("half".utf8).write(to: staging.appendingPathComponent("a.pdf"))
        try Data().write(to: staging.appendingPathComponent(OutputWriter.lockName))
        try Data("old a".utf8).write(to: out.appendingPathComponent("a.pdf"))
        // The staging files of BriefPress's first versions, from a process that is gone.
        try Data("x".utf8).write(to: out.appendingPathComponent(".a.pdf.partial-2147483646"))
        OutputWriter.recoverStaleStagings(in: out)
        XCTAssertEqual(entries(), ["a.pdf"])
        XCTAssertEqual(try String(contentsOf: out.appendingPathComponent("a.pdf"), encoding: .utf8), "old a")
    }

    func testTheStagingOfALiveRunIsLeftAlone() throws {
        let writer = OutputWriter(directory: out)
        try writer.stage(OutputFile(name: "a.pdf", bytes: [1, 2, 3]))
        OutputWriter.recoverStaleStagings(in: out)
        XCTAssertEqual(entries().filter { $0.hasPrefix(OutputWriter.stagingPrefix) }.count, 1, "a running build's staging was removed")
        XCTAssertEqual(try writer.commit().map(\.lastPathComponent), ["a.pdf"])
        XCTAssertEqual(entries(), ["a.pdf"])
    }

    /// Builds of two editions killed at moments spread over their run: after each kill
    /// and the next complete run, the folder holds exactly the ten outputs (five an edition), each equal to
    /// an uninterrupted build's, and nothing else.
    func testKilledBuildsLeaveOnlyCompleteOutputsAfterTheNextRun() throws {
        let reference = publication.appendingPathComponent("reference")
        XCTAssertEqual(try CLI.run(["build", "-o", "reference"] + editions, in: publication).status, 0)
        let expected = try FileManager.default.contentsOfDirectory(atPath: reference.path).sorted()
        XCTAssertEqual(expected.count, 10)
        // Delays from 0 to ~0.4 s cover reading, rendering, staging and moving.
        for delay in stride(from: 0.0, through: 0.4, by: 0.04) {
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = ["build"] + editions
            process.currentDirectoryURL = publication
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // What a kill can leave: complete outputs and at most one staging folder.
            for name in entries() where !name.hasPrefix(OutputWriter.stagingPrefix) {
                XCTAssertTrue(expected.contains(name), "after a kill at \(delay) s: unexpected \(name)")
                XCTAssertEqual(FileManager.default.contents(atPath: out.appendingPathComponent(name).path),
                               FileManager.default.contents(atPath: reference.appendingPathComponent(name).path),
                               "after a kill at \(delay) s, \(name) is not a complete output")
            }
            XCTAssertEqual(try CLI.run(["build"] + editions, in: publication).status, 0)
            XCTAssertEqual(entries(), expected, "after a kill at \(delay) s and another run")
        }
    }
}
