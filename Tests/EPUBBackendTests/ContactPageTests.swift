import BriefModel
import Foundation
@testable import EPUBBackend
import TestSupport
import XCTest

/// The contact footer: once at the end, with shipped QR images or codes drawn from URLs.
final class ContactPageTests: XCTestCase {
    func testShippedQRImageIsStoredAndLinkedAndURLCodesAreDrawn() throws { try shippedAndDrawnCodes(.fixture) }
    func testPublicationWithoutContactHasNoContactPage() throws { try noContactPage(.fixture) }

    /// The same checks on the shared sample; skipped (failed on CI) when it is not there.
    func testSharedSample() throws {
        let sample = try SamplePublication.shared()
        try shippedAndDrawnCodes(sample)
        try noContactPage(sample)
    }

    private func shippedAndDrawnCodes(_ sample: SamplePublication) throws {
        var briefing = try SampleSources.read(sample)
        let png = try SampleSources.figurePNG()
        let asset = ImageAsset(path: "assets/wechat.png", format: .png, pixelWidth: 1, pixelHeight: 1, data: Data(png))
        briefing.publication.contact?.codes.insert(ContactCode(label: "公众号", caption: nil, source: .image(asset)), at: 0)
        let book = try EPUBBook(try SampleSources.writer().edition(briefing).bytes)
        try LinkCheck.assertAllInternalLinksResolve(in: book)
        let contact = try book.xml("OEBPS/text/contact.xhtml")
        let sources = contact.elements("img").map { $0.attribute("src") ?? "" }
        XCTAssertEqual(sources.count, 3, "one image per code")
        XCTAssertEqual(try book.data("OEBPS/" + LinkCheck.resolve(sources[0], from: "text/contact.xhtml")), Data(png),
                       "the shipped image is stored unchanged")
        let labels = contact.elements("figcaption").map { $0.text() }
        XCTAssertEqual(labels, ["公众号"] + sample.codes.map { $0.label + $0.caption }, sample.name)
        let manifest = try book.xml("OEBPS/content.opf").elements("item").map { $0.attribute("href") ?? "" }
        for src in sources { XCTAssertTrue(manifest.contains(String(src.dropFirst(3))), "\(src) in the manifest") }
    }

    private func noContactPage(_ sample: SamplePublication) throws {
        var briefing = try SampleSources.read(sample)
        briefing.publication.contact = nil
        let book = try EPUBBook(try SampleSources.writer().edition(briefing).bytes)
        XCTAssertFalse(book.entries.contains("OEBPS/text/contact.xhtml"), "entries: \(book.entries)")
        XCTAssertFalse(book.entries.contains { $0.contains("images/") }, "no QR codes without a contact")
        try LinkCheck.assertAllInternalLinksResolve(in: book)
    }

    func testTypedURLsBecomeValidHrefs() {
        XCTAssertEqual(ExternalLink.href(" https://example.org/a b?q=\"x\" "), "https://example.org/a%20b?q=%22x%22")
        XCTAssertEqual(ExternalLink.href("https://例子.中国/路径?a=1&b=%20"), "https://例子.中国/路径?a=1&b=%20")
    }
}
