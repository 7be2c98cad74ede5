import Foundation
import XCTest
import Typesetting

/// The benchmark command (not a timed test; it asserts nothing about time):
///   BRIEFPRESS_BENCHMARK=1 swift test --skip-build --filter TypesettingBenchmark
/// Lays out the whole sample edition at 40 em (the A4 body measure) and at the 19 test widths.
final class TypesettingBenchmark: XCTestCase {
    func testLayoutSampleEdition() throws {
        try XCTSkipUnless(ProcessInfo.processInfo.environment["BRIEFPRESS_BENCHMARK"] != nil, "set BRIEFPRESS_BENCHMARK=1 to run")
        let paragraphs = try Fixtures.sampleParagraphs()
        let characters = paragraphs.map { $0.map(\.text.count).reduce(0, +) }.reduce(0, +)
        let typesetter = Typesetter(fonts: Fixtures.store)
        func run(_ w: Int) -> (Double, Int) {
            let start = DispatchTime.now().uptimeNanoseconds
            var lines = 0
            for runs in paragraphs { lines += typesetter.layout(Fixtures.spec(runs, widthEm: w)).count }
            return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6, lines)
        }
        let (cold, coldLines) = run(40)
        let (warm, _) = run(40)
        var total = 0.0
        for w in Fixtures.widthsInEm { total += run(w).0 }
        print(String(format: "benchmark: %d paragraphs, %d characters; 40 em: first %.1f ms (shaping), again %.1f ms, %d lines; 19 widths: %.1f ms (%.2f ms per paragraph layout)",
                     paragraphs.count, characters, cold, warm, coldLines, total, total / Double(19 * paragraphs.count)))
    }
}
