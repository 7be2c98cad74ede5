import Foundation
import TestSupport
import XCTest

/// Runs the built `briefpress` binary as an editor would, from a given folder.
struct CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL {
        // swift test runs the .xctest bundle from the products folder, next to the executable.
        let products = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL.deletingLastPathComponent()
            ?? Bundle.main.bundleURL
        return products.appendingPathComponent("briefpress")
    }

    static var repository: URL {
        Checkout.root
    }

    /// The built binary; `swift build --build-tests` builds it with the tests.
    static func requireBinary() throws {
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw Prerequisite.missing("the briefpress binary at \(binary.path)", remedy: "run swift build --build-tests")
        }
    }

    /// Runs briefpress with `arguments` in `directory`; `environment` is added to this
    /// process's environment (a nil value removes the variable).
    @discardableResult
    static func run(_ arguments: [String], in directory: URL, environment: [String: String?] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["SOURCE_DATE_EPOCH"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Drain stderr on another thread while this one drains stdout: reading one pipe to
        // its end first would deadlock once the child fills the other (64 KiB on Linux).
        let errData = Drained()
        let errRead = DispatchGroup()
        errRead.enter()
        DispatchQueue.global().async {
            errData.bytes = err.fileHandleForReading.readDataToEndOfFile()
            errRead.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errRead.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData.bytes, as: UTF8.self))
    }

    /// A scratch folder holding a copy of a publication.
    static func copyOf(_ publication: URL) throws -> URL {
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("bp-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let target = dir.appendingPathComponent(publication.lastPathComponent)
        try FileManager.default.copyItem(at: publication, to: target)
        // Copies of read-only sources (the shared sample) must be editable by the test.
        if let walker = FileManager.default.enumerator(atPath: target.path) {
            for case let path as String in walker {
                try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: target.appendingPathComponent(path).path)
            }
        }
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: target.path)
        return target
    }
}

/// A pipe's bytes, filled by the reading thread and read after it signalled the group.
private final class Drained: @unchecked Sendable {
    var bytes = Data()
}
