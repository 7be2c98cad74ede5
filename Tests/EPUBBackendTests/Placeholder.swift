import XCTest
final class EPUBBackendTestsPlaceholder: XCTestCase {}
