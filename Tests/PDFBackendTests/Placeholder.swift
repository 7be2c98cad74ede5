import XCTest
final class PDFBackendTestsPlaceholder: XCTestCase {}
