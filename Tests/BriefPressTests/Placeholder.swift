import XCTest
final class BriefPressTestsPlaceholder: XCTestCase {}
