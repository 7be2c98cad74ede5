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
