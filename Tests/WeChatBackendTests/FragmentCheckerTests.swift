import XCTest

/// The checker itself: it accepts a fragment that keeps every rule and catches each kind of
/// break, so the article tests that rely on it cannot pass by checking nothing.
final class FragmentCheckerTests: XCTestCase {
    static let text = "color:#3f3f3f;font-size:16px;line-height:1.75"
    static let p = "<p style=\"margin:0 8px;\(text)\">正文</p>"

    /// A fragment that keeps every rule, with `inner` added inside the root.
    func fragment(_ inner: String = "", rootStyle: String = text) -> String {
        "<section style=\"\(rootStyle)\">\(FragmentCheckerTests.p)\(inner)</section>"
    }

    func assertBreaks(_ rule: Int, _ fragment: String, mode: FragmentChecker.Mode = .paste,
                      file: StaticString = #filePath, line: UInt = #line) {
        let report = FragmentChecker(mode: mode).check(fragment)
        XCTAssertTrue(report.breaks(rule), "expected rule \(rule) to catch \(fragment.prefix(300)); found: \(report.errors)",
                      file: file, line: line)
    }

    func testAcceptsAFragmentThatKeepsEveryRule() {
        let t = FragmentCheckerTests.text
        let good = fragment("""
        <h2 style="margin:24px 8px 8px;\(t.replacingOccurrences(of: "16px", with: "20px"))">一、标题</h2>\
        <section style="max-width:100%;overflow-x:auto"><table style="border-collapse:collapse"><tbody><tr>\
        <td style="border:1px solid #ddd;padding:4px;\(t)">格</td></tr></tbody></table></section>\
        <figure style="margin:0"><img src="https://mmbiz.qpic.cn/x.png" alt="图" style="display:block;max-width:100%;height:auto">\
        <figcaption style="\(t)">图 1</figcaption></figure>\
        <ul style="padding-left:1em"><li style="\(t)">项</li><li style="\(t)"><section>块</section></li></ul>\
        <pre style="overflow-x:auto"><code style="white-space:nowrap">a&nbsp;&nbsp;b<br>c</code></pre>\
        <p style="\(t)"><a href="https://mp.weixin.qq.com/s/x" style="color:#576b95">文章</a><sup>[1]</sup></p>\
        <svg width="300" height="100" viewBox="0 0 300 100"><rect width="10" height="10" fill="#576b95"></rect></svg>
        """)
        let report = FragmentChecker(mode: .api).check(good)
        XCTAssertEqual(report.errors, [], "expected a clean fragment to pass, found:\n\(report.summary)")
    }

    func testRule1ForbidsActiveAndStyleElementsAndComments() {
        assertBreaks(1, fragment("<style>p{color:red}</style>"))
        assertBreaks(1, fragment("<script>alert(1)</script>"))
        assertBreaks(1, fragment("<!-- note -->"))
        assertBreaks(1, fragment("<button>x</button>"))
        assertBreaks(1, fragment("<iframe src=\"https://example.com\"></iframe>"))
    }

    func testRule2ForbidsClassAndID() {
        assertBreaks(2, fragment("<span class=\"x\">a</span>"))
        assertBreaks(2, fragment("<span id=\"s1\">a</span>"))
        XCTAssertFalse(FragmentChecker().check(fragment("<span class=\"code-snippet__js\">a</span>")).breaks(2),
                       "WeChat's own code-snippet__ classes are allowed")
    }

    func testRule3ForbidsHandlersAndJavaScriptURLs() {
        assertBreaks(3, fragment("<img src=\"https://a.cn/x.png\" alt=\"\" style=\"display:block;max-width:100%;height:auto\" onerror=\"alert(1)\">"))
        assertBreaks(3, fragment("<a href=\" JavaScript:alert(1)\">x</a>"))
    }

    func testRule4AllowsOnlyTheListedElements() {
        assertBreaks(4, fragment("<font color=\"#333\">x</font>"))
        assertBreaks(4, fragment("<article>x</article>"))
        let div = FragmentChecker().check(fragment("<div>x</div>"))
        XCTAssertFalse(div.breaks(4), "div is a warning, not an error")
        XCTAssertTrue(div.warnings.contains { $0.rule == 4 }, "expected a warning for div, found \(div.warnings)")
    }

    func testRule5WantsOneSectionRootWithoutPaddingOrBackground() {
        assertBreaks(5, fragment() + fragment())
        assertBreaks(5, FragmentCheckerTests.p)
        assertBreaks(5, "stray text" + fragment())
        assertBreaks(5, fragment(rootStyle: FragmentCheckerTests.text + ";padding:0 16px"))
        assertBreaks(5, fragment(rootStyle: FragmentCheckerTests.text + ";background-color:#fff"))
    }

    func testRule6WantsWellFormedStyles() {
        assertBreaks(6, fragment("<p style=\"COLOR:#333;font-size:16px;line-height:1.75\">x</p>"))
        assertBreaks(6, fragment("<p style=\"color:#333;color:#444;font-size:16px;line-height:1.75\">x</p>"))
        assertBreaks(6, fragment("<span style=\"color\">x</span>"))
        assertBreaks(6, fragment("<p align=\"center\" style=\"\(FragmentCheckerTests.text)\">x</p>"))
    }

    func testRule7ForbidsUnreliableCSS() {
        for css in ["position:absolute", "top:4px", "float:left", "display:flex", "display:inline-grid", "flex-wrap:wrap",
                    "gap:4px", "transform:translateY(2px)", "color:var(--x)", "width:calc(100% - 2px)",
                    "background-image:url(https://a.cn/x.png)", "--accent:#fff", "background:linear-gradient(#fff,#eee)",
                    "color:oklch(0.5 0.1 200)"] {
            assertBreaks(7, fragment("<span style=\"\(css)\">x</span>"))
        }
    }

    func testRule8ForbidsPureBlackAndNonHexColours() {
        for css in ["color:#000", "color:#000000", "color:black", "color:rgb(0, 0, 0)"] {
            assertBreaks(8, fragment("<span style=\"\(css)\">x</span>"))
        }
        assertBreaks(8, fragment("<span style=\"color:hsl(0,0%,20%)\">x</span>"))
        assertBreaks(8, fragment("<span style=\"background-color:red\">x</span>"))
        assertBreaks(8, fragment("<span style=\"border:1px solid #12345\">x</span>"))
    }

    func testRule9WantsColourSizeAndLineHeightOnEveryTextBlock() {
        assertBreaks(9, fragment("<p style=\"color:#333;font-size:16px\">x</p>"))
        assertBreaks(9, fragment("<li style=\"font-size:16px;line-height:1.75\">x</li>"))
        assertBreaks(9, fragment("<p style=\"color:#333;font-size:12px;line-height:1.75\">x</p>"))
        assertBreaks(9, fragment("<p style=\"color:#333;font-size:16px;line-height:1.2\">x</p>"))
        assertBreaks(9, fragment("<td style=\"border:1px solid #ddd;padding:2px\">x</td>"))
        assertBreaks(9, fragment("<figcaption>x</figcaption>"))
    }

    func testRule10AllowsOnlySystemFonts() {
        assertBreaks(10, fragment("<span style=\"font-family:'Noto Serif CJK SC',serif\">x</span>"))
        XCTAssertFalse(FragmentChecker().check(fragment("<span style=\"font-family:'PingFang SC',sans-serif\">x</span>")).breaks(10))
    }

    func testRule11KeepsOnlyArticleLinks() {
        assertBreaks(11, fragment("<a href=\"https://example.com\">x</a>"))
        assertBreaks(11, fragment("<a href=\"#s1\">x</a>"))
        assertBreaks(11, fragment("<a href=\"mailto:a@b.cn\">x</a>"))
        assertBreaks(11, fragment("<a href=\"http://mp.weixin.qq.com/s/x\">x</a>"))
    }

    func testRule11WantsEveryLinkNoteListedOnceInOrder() {
        let t = FragmentCheckerTests.text
        func notes(_ entries: [String], body: String = "<span>原文</span><sup>链接1</sup>") -> String {
            fragment("<p style=\"\(t)\">\(body)</p><h2 style=\"\(t)\">引用链接</h2>"
                     + entries.map { "<p style=\"\(t)\">\($0)</p>" }.joined())
        }
        XCTAssertFalse(FragmentChecker().check(notes(["<span>链接1</span>　原文：<span>https://a.cn/1</span>"])).breaks(11))
        assertBreaks(11, fragment("<p style=\"\(t)\"><span>原文</span><sup>链接1</sup></p>"))
        assertBreaks(11, notes(["<span>链接2</span>　原文：<span>https://a.cn/1</span>"]))
        assertBreaks(11, notes(["<span>链接1</span>　原文：<span>https://a.cn/1</span>",
                                "<span>链接2</span>　又一次：<span>https://a.cn/1</span>"]))
        assertBreaks(11, notes(["<span>链接1</span>　原文：<span>https://a.cn/1</span>"], body: "<span>原文</span><sup>链接2</sup>"))
    }

    func testRule12WantsSafeSizedImages() {
        let style = "display:block;max-width:100%;height:auto"
        assertBreaks(12, fragment("<img src=\"https://a.cn/x.png\" style=\"\(style)\">"))
        assertBreaks(12, fragment("<img src=\"https://a.cn/x.png\" alt=\"\" width=\"300\" style=\"\(style)\">"))
        assertBreaks(12, fragment("<img src=\"https://a.cn/x.png\" alt=\"\" style=\"display:block\">"))
        assertBreaks(12, fragment("<img src=\"assets/x.png\" alt=\"\" style=\"\(style)\">"))
        assertBreaks(12, fragment("<img src=\"file:///x.png\" alt=\"\" style=\"\(style)\">"))
        let data = fragment("<img src=\"data:image/png;base64,AAAA\" alt=\"\" style=\"\(style)\">")
        assertBreaks(12, data, mode: .api)
        XCTAssertFalse(FragmentChecker(mode: .paste).check(data).breaks(12), "data: images are a paste warning, not an error")
    }

    func testRule13KeepsListsShallowAndFlat() {
        let t = FragmentCheckerTests.text
        assertBreaks(13, fragment("<ul><li style=\"\(t)\">a<ul><li style=\"\(t)\">b</li></ul></li></ul>"))
        assertBreaks(13, fragment("<ul><li style=\"\(t)\">a</li><ul><li style=\"\(t)\">b</li><ul><li style=\"\(t)\">c</li></ul></ul></ul>"))
        assertBreaks(13, fragment("<ul>\n<li style=\"\(t)\">a</li>\n</ul>"))
        assertBreaks(13, fragment("<ul style=\"margin-left:2em\"><li style=\"\(t)\">a</li></ul>"))
        assertBreaks(13, fragment("<ul><li style=\"\(t)\"><p style=\"\(t)\">a</p><p style=\"\(t)\">b</p></li></ul>"))
    }

    func testRule14KeepsCodeWhitespaceExplicit() {
        assertBreaks(14, fragment("<pre style=\"overflow-x:auto\"><code>a\nb</code></pre>"))
        assertBreaks(14, fragment("<pre style=\"overflow-x:auto\"><code>a  b</code></pre>"))
        assertBreaks(14, fragment("<pre><code>ab</code></pre>"))
    }

    func testRule15WrapsTablesAndBordersCells() {
        let t = FragmentCheckerTests.text
        assertBreaks(15, fragment("<table><tbody><tr><td style=\"border:1px solid #ddd;padding:2px;\(t)\">x</td></tr></tbody></table>"))
        assertBreaks(15, fragment("<section style=\"overflow-x:auto\"><table><tbody><tr><td style=\"padding:2px;\(t)\">x</td></tr></tbody></table></section>"))
        assertBreaks(15, fragment("<section style=\"overflow-x:auto\"><table><tbody><tr><td style=\"border:1px solid #ddd;\(t)\">x</td></tr></tbody></table></section>"))
    }

    func testRule16KeepsSVGSimple() {
        assertBreaks(16, fragment("<svg width=\"300\" height=\"100\"><rect></rect></svg>"))
        assertBreaks(16, fragment("<svg width=\"800\" height=\"100\" viewBox=\"0 0 800 100\"></svg>"))
        assertBreaks(16, fragment("<svg width=\"300\" height=\"100\" viewBox=\"0 0 300 100\"><defs></defs></svg>"))
        assertBreaks(16, fragment("<svg width=\"300\" height=\"100\" viewBox=\"0 0 300 100\"><rect fill=\"url(#g)\"></rect></svg>"))
    }

    func testRule17KeepsTextCleanAndSmall() {
        assertBreaks(17, fragment("<p style=\"\(FragmentCheckerTests.text)\">a\u{200B}b</p>"))
        assertBreaks(17, fragment("<p style=\"\(FragmentCheckerTests.text)\">a\u{FEFF}b</p>"))
        assertBreaks(17, fragment("<p style=\"\(FragmentCheckerTests.text)\">\(String(repeating: "字", count: 20_000))</p>"), mode: .api)
    }
}
