import Foundation
import XCTest

/// A seeded mutation run over the example edition and its publication.yaml, through the
/// real binary under resource limits (1 GiB of address space, 30 s of CPU): every mutant
/// must give success or located problems, never a crash, an internal error or a hang;
/// `check` must find everything `build` refuses; a failed build writes nothing. The seed
/// is fixed, so a failure here is reproducible; the cases that once failed are kept as
/// hand-made regression tests elsewhere. `make fuzz` runs the libFuzzer targets for longer.
final class MutationFuzzTests: ExamplePublicationTestCase {
    /// 48 cases in the suite (about 12 s); BRIEFPRESS_MUTATION_CASES and _SEED run more.
    static let environment = ProcessInfo.processInfo.environment
    static let cases = environment["BRIEFPRESS_MUTATION_CASES"].flatMap { Int($0) } ?? 48
    static let seed = environment["BRIEFPRESS_MUTATION_SEED"].flatMap { UInt64($0) } ?? 20260528
    static let limits = "ulimit -v 1048576; ulimit -t 30"

    /// SplitMix64: a small generator whose sequence is fixed by its seed on every platform.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    }

    /// Pieces of the format's syntax, of Markdown's and of YAML's, and bytes that are not text.
    static let tokens: [[UInt8]] = [
        "[@", "]", "[@nda-auth; @zj-data]", "*", "**", "_", "~~", "`", "```\n", "> ", "- ", "1. ", "|", "| --- |", "\n", "\n\n",
        "---\n", "# ", "## ", "### ", "{.summary}", "{-}", "![图](assets/none.png)", "](", "<br>", "<script>", "&amp;", "\\",
        ": ", "  - ", "id: ", "url: javascript:alert(1)", "\u{0}", "\t", "“", "，", "——", "……", "https://example.org/",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE4, 0xB8], [0xED, 0xA0, 0x80]]

    func mutate(_ input: [UInt8], _ g: inout Generator) -> [UInt8] {
        var bytes = input
        for _ in 0...g.below(4) {
            let at = g.below(bytes.count + 1)
            switch g.below(6) {
            case 0 where !bytes.isEmpty: bytes[min(at, bytes.count - 1)] ^= UInt8(1 << g.below(8))
            case 1: bytes.insert(contentsOf: Self.tokens[g.below(Self.tokens.count)], at: at)
            case 2: bytes.removeSubrange(at..<min(bytes.count, at + g.below(200)))
            case 3:
                // A token repeated: deep nesting, long runs.
                let token = Self.tokens[g.below(Self.tokens.count)]
                bytes.insert(contentsOf: Array([[UInt8]](repeating: token, count: 1 + g.below(3_000)).joined()), at: at)
            case 4:
                // A line repeated many times: long lists, tables, many headings.
                let lines = bytes.split(separator: 10, omittingEmptySubsequences: false)
                let line = Array(lines[g.below(lines.count)]) + [10]
                bytes.insert(contentsOf: Array([[UInt8]](repeating: line, count: 1 + g.below(400)).joined()), at: at)
            default: bytes = Array(bytes.prefix(at))
            }
        }
        return bytes
    }

    /// Runs briefpress under the limits, in the publication.
    func run(_ arguments: [String]) throws -> CLI.Result {
        let quoted = ([CLI.binary.path] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(Self.limits); exec \(quoted)"]
        process.currentDirectoryURL = publication
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return CLI.Result(status: status, stdout: "", stderr: String(decoding: stderr, as: UTF8.self))
    }

    func testMutantsGiveLocatedProblemsOrOutputsNeverCrashes() throws {
        let editionURL = publication.appendingPathComponent("editions/2026-05-28.md")
        let publicationURL = publication.appendingPathComponent("publication.yaml")
        let edition = [UInt8](try Data(contentsOf: editionURL)), yaml = [UInt8](try Data(contentsOf: publicationURL))
        let out = publication.appendingPathComponent("out")
        var g = Generator(state: Self.seed)
        var outcomes: [Int32: Int] = [:]
        for index in 0..<Self.cases {
            // One case in four mutates publication.yaml, the rest the edition.
            let mutatesPublication = index % 4 == 3
            let mutant = mutate(mutatesPublication ? yaml : edition, &g)
            try Data(mutatesPublication ? edition : mutant).write(to: editionURL)
            try Data(mutatesPublication ? mutant : yaml).write(to: publicationURL)
            try? FileManager.default.removeItem(at: out)
            let label = "case \(index) (\(mutatesPublication ? "publication.yaml" : "edition"), \(mutant.count) bytes)"

            let check = try run(["check", "editions/2026-05-28.md"])
            outcomes[check.status, default: 0] += 1
            XCTAssertTrue([0, 65].contains(check.status), "\(label): check exited \(check.status): \(check.stderr.prefix(500))")
            if check.status == 65 {
                let first = check.stderr.split(separator: "\n").first.map(String.init) ?? ""
                XCTAssertNotNil(first.range(of: #"^[^ ]+:\d+:\d+: error: "#, options: .regularExpression),
                                "\(label): the first problem is not located: \(first)")
                XCTAssertLessThan(check.stderr.count, 20_000, "\(label): the report quotes too much")
            }
            let build = try run(["build", "editions/2026-05-28.md"])
            XCTAssertEqual(build.status, check.status, "\(label): check said \(check.status), build \(build.status): \(build.stderr.prefix(500))")
            let written = ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).sorted()
            XCTAssertEqual(written, build.status == 0 ? ["2026-05-28.cover-square.png", "2026-05-28.cover.png", "2026-05-28.epub", "2026-05-28.pdf", "2026-05-28.wechat.html"] : [],
                           "\(label): outputs after exit \(build.status)")
        }
        // The run must exercise both answers, or the mutations are too weak or too strong.
        XCTAssertGreaterThan(outcomes[0, default: 0], 3, "\(outcomes)")
        XCTAssertGreaterThan(outcomes[65, default: 0], 3, "\(outcomes)")
    }
}
