import BriefModel
import Foundation
@testable import PDFBackend
import TestSupport
import XCTest

/// pdf.yaml's schema, the print layout it decodes into, and the README that documents it
/// say the same: a file the schema passes always decodes, and every key is documented.
final class PrintLayoutSchemaTests: XCTestCase {
    func testTheSchemaDeclaresEveryPropertyOfThePrintLayout() throws {
        let layout = try PrintLayout(Layout.projectDefault())
        let agreement = PrintLayout.schema.disagreement(with: layout, ignoring: PrintLayout.derivedProperties)
        XCTAssertEqual(agreement.undeclared, [], "properties of PrintLayout that pdf.yaml's schema does not declare")
        XCTAssertEqual(agreement.unread, [], "keys of pdf.yaml's schema that no property of PrintLayout reads")
    }

    func testTheLayoutReadmeDocumentsEveryKey() throws {
        let readme = try XCTUnwrap(Layout.projectDefault().text("README.md"))
        let table = PrintLayout.schema.keyTable
        XCTAssertTrue(readme.contains(table), "layouts/default/README.md must hold pdf.yaml's key table, as the schema gives it:\n\(table)")
    }
}
