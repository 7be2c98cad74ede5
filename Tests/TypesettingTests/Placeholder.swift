import XCTest
final class TypesettingTestsPlaceholder: XCTestCase {}
