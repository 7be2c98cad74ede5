import Foundation
import XCTest

/// What a test needs from outside the repository (the shared sample, a command-line tool, a
/// system font) and is not there. On a developer's machine the test is skipped with the
/// reason; on CI (the environment variable `CI` is set, as every CI service does) it fails,
/// so a green CI run means every test really ran.
public enum Prerequisite {
    /// True when the environment variable `CI` is set, to any value.
    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] != nil }

    /// The error a test throws for a missing prerequisite: XCTSkip locally, a failure on CI.
    /// `what` names the missing thing, `remedy` says how to get it.
    public static func missing(_ what: String, remedy: String) -> Error {
        let reason = "\(what) is missing (\(remedy))"
        return isCI ? Missing(description: "\(reason); CI is set, so this fails instead of skipping") : XCTSkip(reason)
    }

    /// A failure XCTest reports as "caught error: …" with this text.
    public struct Missing: Error, CustomStringConvertible {
        public var description: String
    }

    /// The absolute path of command-line tool `name`, searched on PATH the way a shell does.
    /// `package` is the Debian package that installs it.
    public static func tool(_ name: String, package: String) throws -> String {
        try tool(name, remedy: "apt-get install \(package)")
    }

    /// `tool(_:package:)` for a tool installed from PyPI package `pypi`.
    public static func tool(_ name: String, pypi: String) throws -> String {
        try tool(name, remedy: "python3 -m pip install \(pypi)")
    }

    private static func tool(_ name: String, remedy: String) throws -> String {
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in searchPath.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw missing("the tool `\(name)`", remedy: remedy)
    }

    /// `path` itself, if that file exists; `package` is the Debian package that installs it.
    public static func file(_ path: String, package: String) throws -> String {
        guard FileManager.default.fileExists(atPath: path) else { throw missing(path, remedy: "apt-get install \(package)") }
        return path
    }

    /// The Debian package for each tool the tests run, so tool runners need only the name.
    public static let packages = [
        "qpdf": "qpdf", "pdffonts": "poppler-utils", "pdftotext": "poppler-utils", "pdftoppm": "poppler-utils",
        "pdfinfo": "poppler-utils", "pdfimages": "poppler-utils", "mutool": "mupdf-tools", "java": "default-jre-headless",
        "chromium": "chromium", "chromedriver": "chromium-driver", "zbarimg": "zbar-tools",
        "zipinfo": "unzip", "unzip": "unzip",
    ]

    /// `tool(_:package:)` for a tool listed in `packages`.
    public static func tool(_ name: String) throws -> String {
        try tool(name, package: packages[name] ?? name)
    }
}
