import XCTest
final class GraphicsTestsPlaceholder: XCTestCase {}
