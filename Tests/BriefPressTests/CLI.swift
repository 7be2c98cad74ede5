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

    /// The shared sample publication (`shared/samples/xinzhi` beside the checkout).
    static func sample() throws -> URL { try SharedSample.directory() }

    /// The built binary; `swift build --build-tests` builds it with the tests.
    static func requireBinary() throws {
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw Prerequisite.missing("the briefpress binary at \(binary.path)", remedy: "run swift build --build-tests")
        }
    }

    @discardableResult
    static func run(_ arguments: [String], in directory: URL) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting, so a chatty process cannot block on a full pipe.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
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
