import XMLKit

/// The page an editor opens in a browser: the article at phone width with a 复制到公众号
/// button, a choice of phone widths and a dark-mode view. Outside the article the page may
/// use a stylesheet and classes; the article itself is the only child of
/// `#briefpress-article`, and that child is what the button copies.
enum PreviewPage {
    /// The element whose only child is the article fragment.
    static let articleContainerID = "briefpress-article"
    static let copyButtonID = "briefpress-copy"
    static let statusID = "briefpress-status"
    static let copyButtonLabel = "复制到公众号"
    static let phoneID = "briefpress-phone"
    /// Holds the dark-mode view: a copy of the article re-coloured as WeChat does.
    static let darkContainerID = "briefpress-dark"
    static let darkButtonID = "briefpress-dark-mode"

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
        // In the sticky toolbar, so the view can be switched anywhere in a long article.
        let view = toolbar.element("div", ["class": "bp-view", "role": "group", "aria-label": "预览方式"])
        for width in phoneWidths {
            view.element("button", ["class": "bp-width", "type": "button", "data-width": String(width),
                                    "aria-pressed": width == phoneWidth ? "true" : "false"], text: "\(width)")
        }
        view.element("button", ["id": darkButtonID, "class": "bp-dark-toggle", "type": "button", "aria-pressed": "false"],
                     text: "深色模式")
        body.element("p", ["class": "bp-hint"],
                     text: "按钮复制的是下方文章，可直接粘贴到公众号编辑器；请以保存后的效果为准。")
        // Filled once the article is built: which images must be online before pasting.
        let uploadHint = body.element("p", ["class": "bp-hint"])
        if let cover {
            let card = body.element("figure", ["class": "bp-cover"])
            card.element("img", ["src": cover, "alt": "封面：" + title])
            card.element("figcaption", text: title)
        }
        let phone = body.element("main", ["id": phoneID, "class": "bp-phone"])
        let container = phone.element("div", ["id": articleContainerID])
        phone.element("div", ["id": darkContainerID, "hidden": "hidden"])
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
    /// The widths a title or a table is worth checking at: small Android phones, the
    /// iPhone's 375 and the large phones' 414 (a line break that one width hides shows at another).
    static let phoneWidths = [360, 375, 414]

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
    .bp-hint{padding-top:0;color:#595959;font-size:12px}
    .bp-view{margin-top:8px;font-size:13px}
    .bp-view button{font:inherit;color:#333;background:#fff;border:1px solid #c8c8c8;border-radius:4px;padding:4px 10px;\
    margin-right:6px;cursor:pointer}
    .bp-view button[aria-pressed=true]{color:#fff;background:#576b95;border-color:#576b95}
    .bp-cover{box-sizing:border-box;width:\(phoneWidth)px;max-width:100%;margin:0 auto 12px;padding:12px \(pagePadding)px;background:#fff}
    .bp-cover img{display:block;width:100%;height:auto;border-radius:4px}
    .bp-cover figcaption{margin-top:8px;font:17px/1.4 -apple-system,BlinkMacSystemFont,"PingFang SC","Microsoft YaHei",sans-serif;color:#1a1a1a}
    .bp-phone{box-sizing:border-box;width:\(phoneWidth)px;max-width:100%;margin:0 auto 32px;padding:20px \(pagePadding)px 32px;\
    background:#fff;font-family:-apple-system,BlinkMacSystemFont,"Helvetica Neue","PingFang SC","Hiragino Sans GB",\
    "Microsoft YaHei UI","Microsoft YaHei",Arial,sans-serif}
    .bp-phone.bp-dark{background:#191919}
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

      // Phone widths: the frame (and the toolbar above it) take the chosen width.
      var phone = document.getElementById('\(phoneID)');
      var widthButtons = document.querySelectorAll('.bp-width');
      Array.prototype.forEach.call(widthButtons, function (chosen) {
        chosen.addEventListener('click', function () {
          var width = chosen.getAttribute('data-width') + 'px';
          phone.style.width = width;
          Array.prototype.forEach.call(document.querySelectorAll('.bp-toolbar, .bp-hint, .bp-cover'), function (el) { el.style.width = width; });
          Array.prototype.forEach.call(widthButtons, function (b) { b.setAttribute('aria-pressed', String(b === chosen)); });
        });
      });

      // Dark mode as the 公众号 reader draws it. WeChat does not invert the page: its
      // mp-darkmode script (github.com/wechatjs/mp-darkmode, sdk.ts) re-colours each inline
      // colour against the background it sits on, and leaves images alone. This is that
      // algorithm for opaque colours, applied to a copy of the article, so the copied
      // article stays as written.
      var dark = document.getElementById('\(darkContainerID)');
      var darkButton = document.getElementById('\(darkButtonID)');
      var PAGE = [25, 25, 25], MAX_OFFSET = 163 - 25;
      function parse(value) {
        var m = value && value.match(/rgba?\\(([^)]+)\\)/);
        if (!m) return null;
        var n = m[1].split(',').map(parseFloat);
        return n.length > 3 && n[3] === 0 ? null : n.slice(0, 3);
      }
      function css(c) { return 'rgb(' + c.map(Math.round).join(', ') + ')'; }
      function brightness(c) { return (c[0] * 299 + c[1] * 587 + c[2] * 114) / 1000; }
      function toHSL(c) {
        var r = c[0] / 255, g = c[1] / 255, b = c[2] / 255, hi = Math.max(r, g, b), lo = Math.min(r, g, b), l = (hi + lo) / 2;
        if (hi === lo) return [0, 0, l * 100];
        var d = hi - lo, s = l > 0.5 ? d / (2 - hi - lo) : d / (hi + lo), h;
        if (hi === r) h = (g - b) / d + (g < b ? 6 : 0); else if (hi === g) h = (b - r) / d + 2; else h = (r - g) / d + 4;
        return [h * 60, s * 100, l * 100];
      }
      function fromHSL(h, s, l) {
        s /= 100; l /= 100;
        var c = (1 - Math.abs(2 * l - 1)) * s, x = c * (1 - Math.abs((h / 60) % 2 - 1)), m = l - c / 2, p;
        p = h < 60 ? [c, x, 0] : h < 120 ? [x, c, 0] : h < 180 ? [0, c, x] : h < 240 ? [0, x, c] : h < 300 ? [x, 0, c] : [c, 0, x];
        return p.map(function (v) { return Math.round((v + m) * 255); });
      }
      function toBrightness(target, c) {
        var ratio = target / (brightness(c) || 1), r = Math.min(255, c[0] * ratio), g = Math.min(255, c[1] * ratio), b = Math.min(255, c[2] * ratio);
        if (g === 0 || r === 255 || b === 255) g = (target * 1000 - r * 299 - b * 114) / 587;
        else if (r === 0) r = (target * 1000 - g * 587 - b * 114) / 299;
        else if (b === 0 || g === 255) b = (target * 1000 - r * 299 - g * 587) / 114;
        return [r, g, b].map(function (v) { return Math.round(Math.min(255, Math.max(0, v))); });
      }
      function darkBackground(c) {
        var hsl = toHSL(c), p = brightness(c);
        if ((hsl[1] === 0 && hsl[2] > 40) || p > 250) return fromHSL(0, 0, Math.min(100, 100 + toHSL(PAGE)[2] - hsl[2]));
        if (p > 190) return toBrightness(190, c);
        if (hsl[2] < 22) return fromHSL(hsl[0], hsl[1], 22);
        return c;
      }
      function darkText(c, bg) {
        for (var pass = 0; pass < 3; pass++) {
          var p = brightness(c), bp = brightness(bg), offset = Math.abs(bp - p), hsl = toHSL(c);
          if (p >= 250) return c;
          if (offset > MAX_OFFSET && bp <= brightness(PAGE) + 2) return toBrightness(MAX_OFFSET + bp, c);
          if (offset >= 65) return c;
          if (bp >= 100) { if (hsl[2] <= 50) return toBrightness(Math.min(MAX_OFFSET, bp - 65), c); }
          else if (hsl[2] > 40) return toBrightness(Math.min(MAX_OFFSET, bp + 65), c);
          c = fromHSL(hsl[0], hsl[1], 90 - hsl[2]);
        }
        return c;
      }
      var SIDES = ['Top', 'Right', 'Bottom', 'Left'];
      // Parents before children, each child with the background it is painted on.
      function recolour(root) {
        var stack = [[root, PAGE]];
        while (stack.length) {
          var next = stack.pop(), el = next[0], bg = next[1];
          var own = parse(el.style.backgroundColor);
          if (own) { bg = darkBackground(own); el.style.backgroundColor = css(bg); }
          var color = parse(el.style.color);
          if (color) el.style.color = css(darkText(color, bg));
          SIDES.forEach(function (side) {
            var border = parse(el.style['border' + side + 'Color']);
            if (border) el.style['border' + side + 'Color'] = css(darkText(border, bg));
          });
          for (var i = el.children.length - 1; i >= 0; i--) stack.push([el.children[i], bg]);
        }
      }
      darkButton.addEventListener('click', function () {
        var on = darkButton.getAttribute('aria-pressed') !== 'true';
        if (on) {
          dark.textContent = '';
          var copy = container.firstElementChild.cloneNode(true);
          dark.appendChild(copy);
          recolour(copy);
        }
        dark.hidden = !on;
        container.hidden = on;
        phone.classList.toggle('bp-dark', on);
        darkButton.setAttribute('aria-pressed', String(on));
      });
    })();
    """
}
