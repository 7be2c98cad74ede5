import XMLKit

/// The page an editor opens in a browser: the article at phone width with a 复制到公众号
/// button. Outside the article the page may use a stylesheet and classes; the article
/// itself is the only child of `#briefpress-article`, and that child is what the button
/// copies.
enum PreviewPage {
    /// The element whose only child is the article fragment.
    static let articleContainerID = "briefpress-article"
    static let copyButtonID = "briefpress-copy"
    static let statusID = "briefpress-status"
    static let copyButtonLabel = "复制到公众号"

    /// Builds the page; `article` appends the fragment to the node it is given and returns
    /// the fragment's root and the image files to upload (named under `imageBase`). Returns
    /// the page and, serialised from the same tree, the fragment. `cover` is the file name of
    /// the article cover beside the page, shown above the article as the 公众号 message list
    /// shows it (outside the article: the cover is uploaded as the article's cover, not pasted).
    static func build(title: String, language: String, imageBase: String?, cover: String? = nil,
                      article: (XMLNode) throws -> (root: XMLNode, uploads: [String])) rethrows
        -> (page: [UInt8], fragment: [UInt8])
    {
        let tree = XMLTree(root: "html")
        tree.writeUTF8Characters()
        let html = tree.root
        html.setAttribute("lang", language)
        let head = html.element("head")
        head.element("meta", ["charset": "utf-8"])
        head.element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
        head.element("title", text: title + " · 公众号预览")
        head.element("style", text: stylesheet)

        let body = html.element("body")
        let toolbar = body.element("header", ["class": "bp-toolbar"])
        toolbar.element("button", ["id": copyButtonID, "class": "bp-copy", "type": "button"], text: copyButtonLabel)
        toolbar.element("span", ["id": statusID, "class": "bp-status", "role": "status", "aria-live": "polite"])
        body.element("p", ["class": "bp-hint"],
                     text: "按钮复制的是下方文章，可直接粘贴到公众号编辑器；请以保存后的效果为准。")
        // Filled once the article is built: which images must be online before pasting.
        let uploadHint = body.element("p", ["class": "bp-hint"])
        if let cover {
            let card = body.element("figure", ["class": "bp-cover"])
            card.element("img", ["src": cover, "alt": "封面：" + title])
            card.element("figcaption", text: title)
        }
        let phone = body.element("main", ["class": "bp-phone"])
        let container = phone.element("div", ["id": articleContainerID])
        let (root, uploads) = try article(container)
        if let imageBase, !uploads.isEmpty {
            uploadHint.text("粘贴前请先把这些图片上传到 \(imageBase)：" + uploads.joined(separator: "、"))
        } else {
            uploadHint.text("图片已嵌入文章，无需另行上传。")
        }
        body.element("script", text: script)

        let page = Array("<!DOCTYPE html>\n".utf8) + tree.html() + Array("\n".utf8)
        return (page, root.html())
    }

    /// WeChat's phone column: 375 px wide with 16 px of page padding (wechat.md §6).
    static let phoneWidth = 375
    static let pagePadding = 16

    static let stylesheet = """
    html,body{margin:0;padding:0;background:#ededed}
    .bp-toolbar,.bp-hint{box-sizing:border-box;width:\(phoneWidth)px;max-width:100%;margin:0 auto;padding:10px \(pagePadding)px;\
    font:14px/1.5 -apple-system,BlinkMacSystemFont,"PingFang SC","Microsoft YaHei",sans-serif;color:#333}
    .bp-toolbar{position:sticky;top:0;z-index:1;background:#ededed}
    .bp-copy{font:inherit;font-weight:bold;color:#fff;background:#07c160;border:0;border-radius:4px;padding:8px 16px;cursor:pointer}
    .bp-copy:focus-visible{outline:2px solid #576b95;outline-offset:2px}
    .bp-status{margin-left:8px}
    .bp-status.bp-ok{color:#06ad56}
    .bp-status.bp-failed{color:#c0392b}
    .bp-hint{padding-top:0;color:#888;font-size:12px}
    .bp-cover{box-sizing:border-box;width:\(phoneWidth)px;max-width:100%;margin:0 auto 12px;padding:12px \(pagePadding)px;background:#fff}
    .bp-cover img{display:block;width:100%;height:auto;border-radius:4px}
    .bp-cover figcaption{margin-top:8px;font:17px/1.4 -apple-system,BlinkMacSystemFont,"PingFang SC","Microsoft YaHei",sans-serif;color:#1a1a1a}
    .bp-phone{box-sizing:border-box;width:\(phoneWidth)px;max-width:100%;margin:0 auto 32px;padding:20px \(pagePadding)px 32px;\
    background:#fff;font-family:-apple-system,BlinkMacSystemFont,"Helvetica Neue","PingFang SC","Hiragino Sans GB",\
    "Microsoft YaHei UI","Microsoft YaHei",Arial,sans-serif}
    """

    /// Copies the article as `text/html` (what the editor pastes, styles included) and
    /// `text/plain` through the Clipboard API. Where that API is missing or refused, it
    /// selects the article and runs `execCommand('copy')`, filling both flavours from a
    /// one-shot copy listener so the HTML is the fragment itself, not the browser's
    /// re-serialisation of the selection with the page's styles. Either way the status line
    /// says what happened.
    static let script = """
    (function () {
      'use strict';
      var button = document.getElementById('\(copyButtonID)');
      var status = document.getElementById('\(statusID)');
      var container = document.getElementById('\(articleContainerID)');
      function report(ok) {
        status.textContent = ok ? '已复制，请到公众号编辑器中粘贴' : '复制失败：请选中文章后手动复制';
        status.className = ok ? 'bp-status bp-ok' : 'bp-status bp-failed';
      }
      function copyWithCommand(html, text) {
        var filled = false;
        function onCopy(event) {
          event.clipboardData.setData('text/html', html);
          event.clipboardData.setData('text/plain', text);
          event.preventDefault();
          filled = true;
        }
        var selection = window.getSelection();
        var range = document.createRange();
        range.selectNodeContents(container);
        selection.removeAllRanges();
        selection.addRange(range);
        document.addEventListener('copy', onCopy);
        var copied = false;
        try { copied = document.execCommand('copy'); } catch (error) { copied = false; }
        document.removeEventListener('copy', onCopy);
        selection.removeAllRanges();
        return copied && filled;
      }
      button.addEventListener('click', function () {
        var article = container.firstElementChild;
        var html = article.outerHTML;
        var text = article.innerText;
        if (navigator.clipboard && navigator.clipboard.write && window.ClipboardItem) {
          var item = new ClipboardItem({
            'text/html': new Blob([html], { type: 'text/html' }),
            'text/plain': new Blob([text], { type: 'text/plain' })
          });
          navigator.clipboard.write([item]).then(
            function () { report(true); },
            function () { report(copyWithCommand(html, text)); });
        } else {
          report(copyWithCommand(html, text));
        }
      });
    })();
    """
}
