import XCTest
final class PDFWriterTestsPlaceholder: XCTestCase {}
