import BriefModel
@testable import CoverBackend
import TestSupport
import XCTest

/// cover.yaml's schema, the layout it decodes into, and the README that documents it say
/// the same: a file the schema passes always decodes, and every key is documented.
final class CoverLayoutSchemaTests: XCTestCase {
    func testTheSchemaDeclaresEveryPropertyOfTheCoverLayout() throws {
        let layout = try CoverLayout(Layout.projectDefault())
        let agreement = CoverLayout.schema.disagreement(with: layout, ignoring: CoverLayout.derivedProperties)
        XCTAssertEqual(agreement.undeclared, [], "properties of CoverLayout that cover.yaml's schema does not declare")
        XCTAssertEqual(agreement.unread, [], "keys of cover.yaml's schema that no property of CoverLayout reads")
    }

    func testTheLayoutReadmeDocumentsEveryKey() throws {
        let readme = try XCTUnwrap(Layout.projectDefault().text("README.md"))
        let table = CoverLayout.schema.keyTable
        XCTAssertTrue(readme.contains(table), "layouts/default/README.md must hold cover.yaml's key table, as the schema gives it:\n\(table)")
    }
}

/// A designer's cover.yaml is checked like every layout file: each problem at its line,
/// and canvases that cannot hold their lines refused before anything is drawn.
final class CoverLayoutCheckTests: XCTestCase {
    private func problems(_ change: (String) -> String) throws -> String {
        let base = try Layout.projectDefault()
        var files = base.files
        files[CoverLayout.fileName] = Array(change(try XCTUnwrap(base.text(CoverLayout.fileName))).utf8)
        do {
            _ = try CoverRenderer(layout: Layout(name: "mine", files: files))
            return ""
        } catch let error as CoverError {
            XCTAssertEqual(error.exitStatus, .configuration)
            return error.description
        }
    }

    func testTheDefaultPasses() throws {
        XCTAssertEqual(try problems { $0 }, "")
    }

    func testAShareThumbnailThatIsNotSquareIsRefusedAtItsHeight() throws {
        let report = try problems { $0.replacingOccurrences(of: "  height: 600", with: "  height: 700") }
        XCTAssertTrue(report.contains("mine layout/cover.yaml:") && report.contains("the share thumbnail must be square"), report)
    }

    func testACanvasTooShortForItsLinesIsRefusedWithTheSum() throws {
        let report = try problems { $0.replacingOccurrences(of: "  height: 383", with: "  height: 200") }
        XCTAssertTrue(report.contains("taller than the canvas (200 px)"), report)
    }

    func testAMisspeltKeyIsReportedAtItsLine() throws {
        let report = try problems { $0.replacingOccurrences(of: "  titleShrink:", with: "  titleShrnk:") }
        XCTAssertTrue(report.contains("unknown key `rhythm.titleShrnk`"), report)
    }
}
