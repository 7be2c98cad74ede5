import BriefModel
import Foundation
import TestSupport
import WeChatBackend
import XCTest

/// Links the editor would strip become numbered notes; images are embedded, or referenced
/// at the image base and handed back for upload.
final class LinkAndImageTests: XCTestCase {
    func testOnlyArticleLinksStayLinks() throws {
        let root = try root(of: render(Fixtures.exercise()))
        XCTAssertEqual(root.elements("a").map { $0.attribute("href") ?? "" }, [Fixtures.mpLink, Fixtures.mpLink],
                       "expected the body's and the reference's mp.weixin.qq.com links only")
    }

    func testOtherLinksBecomeTextWithNoteNumbersDeduplicatedByURL() throws {
        let root = try root(of: render(Fixtures.exercise()))
        let paragraph = try XCTUnwrap(root.elements("p").first { $0.text().hasPrefix("公众号文章") })
        // 《南繁硅谷论坛》 and 发改委原文 link to the URLs of references 2 and 1: they cite them.
        XCTAssertEqual(paragraph.text(), "公众号文章《南繁硅谷论坛》[2]可以点击；发改委原文[1]只能抄录；再次引用同一原文[1]编号不变；另一份报告链接1编号递增[1]。")
        // Spans that set a colour are link texts; the others only tie a citation to its character.
        let links = paragraph.elements("span").filter { $0.style("color") != nil }
        XCTAssertEqual(links.map { $0.text() }, ["发改委原文", "同一原文", "另一份报告"])
        let linkColour = try WeChatTheme(layout: Fixtures.defaultLayout()).colors.link
        XCTAssertTrue(links.allSatisfy { $0.style("color") == linkColour }, "expected the theme's link colour \(linkColour)")

        let notesHeading = try XCTUnwrap(root.children.firstIndex { $0.text() == "引用链接" }, "expected a 引用链接 list")
        let notes = root.children[(notesHeading + 1)...].prefix { $0.name == "p" }.map { $0.text() }
        XCTAssertEqual(notes, ["链接1　另一份报告\(Fixtures.secondOutsideLink)"], "only the link to no reference is a note")
        let referencesHeading = try XCTUnwrap(root.children.firstIndex { $0.text() == "参考文献" })
        XCTAssertLessThan(referencesHeading, notesHeading, "the notes close the article, after the references")
    }

    func testAutolinksAndMailLinksShowTheirAddressWithoutANote() throws {
        let root = try root(of: render(Fixtures.exercise()))
        let paragraph = try XCTUnwrap(root.elements("p").first { $0.text().hasPrefix("自动链接") })
        XCTAssertEqual(paragraph.text(), "自动链接 https://gyznswn.cn 和邮件 news@gyznswn.cn。换行之后的文字。")
        XCTAssertEqual(paragraph.elements("br").count, 1, "a hard break stays a <br>")
    }

    func testReferenceURLsAreWrittenOut() throws {
        let root = try root(of: render(Fixtures.exercise()))
        let entries = root.children.drop { $0.text() != "参考文献" }.dropFirst().prefix { $0.name == "p" }
        XCTAssertEqual(entries.map { $0.text() }, [
            "[1]　国家发展改革委：2026 种子大会暨南繁硅谷论坛在三亚开幕，2026-05-27。核验种业创新内容。\(Fixtures.outsideLink)",
            "[2]　Reuters：SK Hynix joins $1 trillion club。\(Fixtures.mpLink)",
        ])
        XCTAssertTrue(entries.allSatisfy { $0.elements("br").count == 1 }, "each URL stands on a line of its own")
        XCTAssertTrue(entries.first!.elements("a").isEmpty, "a non-mp reference URL is text")
    }

    func testNoInPageAnchors() throws {
        for briefing in [try Fixtures.read(.fixture), try Fixtures.exercise()] { try noInPageAnchors(briefing) }
    }

    /// The same check on the shared sample; skipped (failed on CI) when it is not there.
    func testSharedSampleHasNoInPageAnchors() throws {
        try noInPageAnchors(Fixtures.read(SamplePublication.shared()))
    }

    private func noInPageAnchors(_ briefing: Briefing) throws {
        let fragment = try render(briefing).fragment
        XCTAssertFalse(fragment.contains("href=\"#"), "\(briefing.edition.sourcePath): the editor refuses to save in-page links")
    }

    func testImageBaseReferencesUploadsAndListsEachFileOnce() throws {
        let briefing = try Fixtures.exercise()
        let article = try render(briefing, imageBase: "https://img.example.com/briefs")
        let root = try root(of: article)
        let sources = root.elements("img").map { $0.attribute("src") ?? "" }
        XCTAssertEqual(article.uploads.map(\.name), [
            "2026-05-28-wechat-memory-prices.png",  // the chart, used by both figures
            "2026-05-28-wechat-image.png",          // 公众号 二维码.png: a name with no ASCII left
            "2026-05-28-wechat-qr-2.png",
            "2026-05-28-wechat-qr-3.png",
        ])
        XCTAssertEqual(sources, [
            "https://img.example.com/briefs/2026-05-28-wechat-memory-prices.png",
            "https://img.example.com/briefs/2026-05-28-wechat-memory-prices.png",
            "https://img.example.com/briefs/2026-05-28-wechat-image.png",
            "https://img.example.com/briefs/2026-05-28-wechat-qr-2.png",
            "https://img.example.com/briefs/2026-05-28-wechat-qr-3.png",
        ])
        guard case .figure(let figure) = briefing.edition.sections[1].subsections[1].blocks[0] else { return XCTFail("fixture") }
        XCTAssertEqual(article.uploads[0].bytes, [UInt8](figure.image.data), "expected the image's own bytes")
        XCTAssertTrue(article.uploads.allSatisfy { $0.bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) }, "expected PNG files")
        XCTAssertTrue(try render(briefing).uploads.isEmpty, "embedded images need no upload")
        let page = String(decoding: article.page.bytes, as: UTF8.self)
        XCTAssertTrue(page.contains("粘贴前请先把这些图片上传到 https://img.example.com/briefs/：2026-05-28-wechat-memory-prices.png、"),
                      "expected the preview to tell the editor what to upload first")
    }

    func testImagesCarryNoSizeAttributesAndScaleDown() throws {
        let root = try root(of: render(Fixtures.exercise()))
        for image in root.elements("img") {
            XCTAssertNil(image.attribute("width")); XCTAssertNil(image.attribute("height"))
            XCTAssertEqual(image.style("display"), "block")
            XCTAssertEqual(image.style("max-width"), "100%")
            XCTAssertEqual(image.style("height"), "auto")
        }
    }

    func testImageBaseMustBeHTTPS() {
        for base in ["http://img.example.com/", "img/", "https://", "https://a.cn/x y/"] {
            XCTAssertThrowsError(try WeChatWriter(layout: Fixtures.defaultLayout(), imageBase: base),
                                 "expected \(base) to be refused: WeChat takes only https images") { error in
                XCTAssertTrue("\(error)".contains("--image-base"), "expected the message to name the option, found \(error)")
            }
        }
    }
}
