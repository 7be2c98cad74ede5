import XCTest
final class BriefReaderTestsPlaceholder: XCTestCase {}
