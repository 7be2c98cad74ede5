import CHarfBuzz
import Foundation
import XCTest
@testable import Typesetting

/// The store reads a face's metrics from its tables instead of opening it with FreeType;
/// every face the layouts use must come out exactly as FreeType read it, or lines and
/// baselines would move.
final class SfntMetricsTests: XCTestCase {
    func testTableMetricsEqualFreeTypesForEveryFaceOfTheInstalledFonts() throws {
        let store = FontStore()
        let families: [(String, Bool)] = [("Noto Serif CJK SC", false), ("Noto Serif CJK SC", true),
                                          ("Noto Sans CJK SC", false), ("Noto Sans CJK SC", true),
                                          ("DejaVu Serif", false), ("DejaVu Sans Mono", false)]
        var compared = 0
        for (family, bold) in families {
            let found = try store.face(family: family, bold: bold, hint: "install fonts-noto-cjk and fonts-dejavu-core")
            for index in 0..<SfntMetricsTests.faceCount(found.path) {
                let face = try store.face(path: found.path, index: index)
                // The faces' tables are in order: read from them, not through the FreeType fallback.
                let blob = hb_blob_create_from_file(face.path)
                let hbFace = hb_face_create(blob, UInt32(index))
                defer { hb_face_destroy(hbFace); hb_blob_destroy(blob) }
                let fromTables = try XCTUnwrap(SfntMetrics.read(hbFace), "\(face.path) face \(index): tables not taken")
                let fromFreeType = try store.freeTypeMetrics(face)
                let what = "\(face.path) face \(index)"
                XCTAssertEqual(fromTables.unitsPerEm, fromFreeType.unitsPerEm, what)
                XCTAssertEqual(fromTables.ascender, fromFreeType.ascender, what)
                XCTAssertEqual(fromTables.descender, fromFreeType.descender, what)
                XCTAssertEqual(fromTables.capHeight, fromFreeType.capHeight, what)
                compared += 1
            }
        }
        XCTAssertGreaterThanOrEqual(compared, 6 * 2, "expected every face of the CJK collections; compared \(compared)")
        XCTAssertTrue(store.openFailures.isEmpty, "\(store.openFailures)")
    }

    /// Faces in the file: a collection's count at byte 8, else one.
    private static func faceCount(_ path: String) -> Int {
        guard let handle = FileHandle(forReadingAtPath: path), let head = try? handle.read(upToCount: 12), head.count == 12,
              head.prefix(4) == Data("ttcf".utf8) else { return 1 }
        return head[8..<12].reduce(0) { $0 << 8 | Int($1) }
    }
}
