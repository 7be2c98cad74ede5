import XMLKit

/// The page at `/`: the print PDF in the browser's own viewer, the WeChat article in a
/// phone frame (360, 375 or 414 px wide, light or dark), the EPUB chapter as a reading
/// system shows it, side by side or one at a time, and an overlay with the problems of the
/// last rebuild. Its script listens to `/events` and reloads only the views that changed.
enum PreviewPage {
    /// Phone widths to try the article at: small Android, iPhone (WeChat's column), large iPhone.
    static let phoneWidths = [360, 375, 414]

    /// `outputs` maps a view to the route of its output; `version` is the report the page
    /// shows, so the script skips the stream's first message when it is that one.
    static func html(title: String, outputs: [String: String], version: Int) -> [UInt8] {
        let tree = XMLTree(root: "html")
        tree.writeUTF8Characters()
        let html = tree.root
        html.setAttribute("lang", "zh-CN")
        let head = html.element("head")
        head.element("meta", ["charset": "utf-8"])
        head.element("title", text: title + " · BriefPress 预览")
        head.element("style", text: stylesheet)

        let body = html.element("body", ["data-version": String(version)])
        let bar = body.element("header", ["class": "bar"])
        bar.element("strong", text: title)
        let tabs = bar.element("nav", ["class": "tabs"])
        for (view, label) in [("all", "并排"), ("pdf", "印刷 PDF"), ("wechat", "公众号"), ("epub", "电子书")] {
            tabs.element("button", ["type": "button", "data-show": view], text: label)
        }
        bar.element("span", ["id": "status", "role": "status", "aria-live": "polite"])

        let overlay = body.element("aside", ["id": "problems", "hidden": "hidden"])
        overlay.element("h2", text: "源文件有问题：下面仍是上次成功生成的输出")
        overlay.element("ol", ["id": "problem-list"])

        let main = body.element("main", ["id": "views", "data-show": "all"])
        let pdf = main.element("section", ["class": "view", "id": "view-pdf"])
        pdf.element("h2", text: "印刷 PDF")
        pdf.element("iframe", ["id": "pdf-frame", "title": "印刷 PDF", "src": outputs["pdf"] ?? "about:blank"], text: "")

        let wechat = main.element("section", ["class": "view", "id": "view-wechat"])
        wechat.element("h2", text: "公众号")
        let controls = wechat.element("div", ["class": "controls"])
        for width in phoneWidths {
            controls.element("button", ["type": "button", "data-width": String(width)], text: "\(width) px")
        }
        let dark = controls.element("label")
        dark.element("input", ["type": "checkbox", "id": "dark"])
        dark.text(" 深色")
        let phone = wechat.element("div", ["id": "wechat-phone", "class": "phone", "style": "--screen:375px"])
        phone.element("div", ["id": "wechat-article"], text: "")

        let epub = main.element("section", ["class": "view", "id": "view-epub"])
        epub.element("h2", text: "电子书")
        epub.element("iframe", ["id": "epub-frame", "title": "电子书", "src": outputs["epub"] == nil ? "about:blank" : "/epub/chapter"], text: "")

        body.element("script", text: script)
        return Array("<!DOCTYPE html>\n".utf8) + tree.html() + Array("\n".utf8)
    }

    static let stylesheet = """
    html,body{margin:0;height:100%;font:14px/1.5 -apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;background:#e8e8e8;color:#222}
    body{display:flex;flex-direction:column}
    .bar{display:flex;gap:16px;align-items:center;padding:6px 12px;background:#fff;border-bottom:1px solid #ccc}
    .tabs button,.controls button{font:inherit;border:1px solid #bbb;background:#f6f6f6;border-radius:4px;padding:2px 10px;cursor:pointer}
    #status.failed{color:#b3261e;font-weight:bold}
    #views{flex:1;display:flex;gap:8px;padding:8px;min-height:0}
    .view{flex:1;display:flex;flex-direction:column;min-width:0;background:#fff;border:1px solid #ccc}
    .view h2{margin:0;padding:4px 8px;font-size:13px;background:#f3f3f3;border-bottom:1px solid #ddd}
    .view iframe{flex:1;border:0;width:100%}
    #views[data-show=pdf] .view:not(#view-pdf),#views[data-show=wechat] .view:not(#view-wechat),\
    #views[data-show=epub] .view:not(#view-epub){display:none}
    .controls{padding:4px 8px;display:flex;gap:6px;align-items:center}
    /* The screen (inside the 8 px bezel) is the chosen width; WeChat pads the article 16 px a side. */
    .phone{box-sizing:border-box;width:calc(var(--screen) + 16px);margin:8px auto;padding:20px 16px;background:#fff;\
    border:8px solid #333;border-radius:20px;flex:none}
    /* The view scrolls, not the phone: a phone's scroll bar takes no width from the article. */
    #view-wechat{overflow:auto}
    /* WeChat's dark mode recolours the article itself; inverting lightness is its approximation. */
    .phone.dark{filter:invert(.92) hue-rotate(180deg);background:#fff}
    .phone.dark img{filter:invert(1) hue-rotate(180deg)}
    #problems{position:fixed;left:10%;right:10%;top:60px;max-height:70%;overflow:auto;z-index:2;background:#fff8f7;\
    border:2px solid #b3261e;border-radius:6px;padding:8px 16px;box-shadow:0 4px 24px rgba(0,0,0,.3)}
    #problems h2{font-size:15px;color:#b3261e}
    #problems pre{margin:2px 0;white-space:pre-wrap;font:13px/1.4 ui-monospace,monospace}
    #problems .source{color:#555;border-left:3px solid #ddd;padding-left:8px}
    #problems .hint{color:#555}
    """

    /// Listens to `/events`; after a good rebuild reloads each changed view (the article is
    /// fetched into the phone frame), after a failed one lists the problems over the page.
    static let script = """
    (function () {
      'use strict';
      var version = Number(document.body.getAttribute('data-version'));
      var routes = {};
      var status = document.getElementById('status');
      var overlay = document.getElementById('problems');
      var list = document.getElementById('problem-list');
      var article = document.getElementById('wechat-article');
      var phone = document.getElementById('wechat-phone');
      function loadArticle() {
        return fetch('/wechat/article?v=' + version, { cache: 'no-store' })
          .then(function (response) { return response.ok ? response.text() : null; })
          .then(function (html) { if (html !== null) { article.innerHTML = html; } });
      }
      function reload(view) {
        if (view === 'wechat') { loadArticle(); return; }
        var frame = document.getElementById(view + '-frame');
        var route = view === 'epub' ? '/epub/chapter' : routes.pdf;
        if (route) { frame.src = route + '?v=' + version; }
      }
      function line(parent, className, text) {
        var pre = document.createElement('pre');
        pre.className = className;
        pre.textContent = text;
        parent.appendChild(pre);
      }
      function show(report) {
        routes = report.outputs;
        list.textContent = '';
        report.problems.forEach(function (problem) {
          var item = document.createElement('li');
          line(item, 'line', problem.line);
          if (problem.source !== undefined) { line(item, 'source', problem.source); }
          if (problem.hint !== undefined) { line(item, 'hint', 'hint: ' + problem.hint); }
          list.appendChild(item);
        });
        overlay.hidden = report.ok;
        status.className = report.ok ? '' : 'failed';
        status.textContent = report.ok ? '已更新（' + report.milliseconds + ' ms）'
                                       : report.problems.length + ' 个问题';
      }
      var events = new EventSource('/events');
      events.addEventListener('build', function (event) {
        var report = JSON.parse(event.data);
        var fresh = report.version > version;
        version = Math.max(version, report.version);
        show(report);
        if (fresh && report.ok) { report.changed.forEach(reload); }
      });
      document.querySelectorAll('[data-show]').forEach(function (button) {
        if (button.tagName !== 'BUTTON') { return; }
        button.addEventListener('click', function () {
          document.getElementById('views').setAttribute('data-show', button.getAttribute('data-show'));
        });
      });
      document.querySelectorAll('[data-width]').forEach(function (button) {
        button.addEventListener('click', function () { phone.style.setProperty('--screen', button.getAttribute('data-width') + 'px'); });
      });
      document.getElementById('dark').addEventListener('change', function (event) {
        phone.classList.toggle('dark', event.target.checked);
      });
      loadArticle();
    })();
    """
}
