import XCTest
final class WeChatBackendTestsPlaceholder: XCTestCase {}
