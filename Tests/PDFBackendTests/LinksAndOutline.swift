import Foundation

/// Links and bookmarks as MuPDF resolves them (`mutool run`): named destinations become
/// `#page=N&zoom=…,x,y`, so a test sees the page a link or bookmark really leads to.
struct LinksAndOutline {
    struct Link { var page: Int; var x0, y0, x1, y1: Double; var uri: String }
    struct Bookmark { var title: String; var depth: Int; var uri: String }

    var links: [Link] = []
    var bookmarks: [Bookmark] = []

    static let script = """
    var doc = new Document(scriptArgs[0]);
    for (var i = 0; i < doc.countPages(); i++) {
      var links = doc.loadPage(i).getLinks();
      for (var j = 0; j < links.length; j++) {
        var b = links[j].bounds;
        print("L\\t" + (i + 1) + "\\t" + b[0] + "\\t" + b[1] + "\\t" + b[2] + "\\t" + b[3] + "\\t" + links[j].uri);
      }
    }
    function walk(items, depth) {
      for (var k = 0; k < items.length; k++) {
        print("O\\t" + depth + "\\t" + items[k].uri + "\\t" + items[k].title);
        if (items[k].down) walk(items[k].down, depth + 1);
      }
    }
    var outline = doc.loadOutline();
    if (outline) walk(outline, 0);
    """

    init(pdf path: String) throws {
        let script = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("links-\(UUID().uuidString).js")
        try Data(LinksAndOutline.script.utf8).write(to: script)
        defer { try? FileManager.default.removeItem(at: script) }
        let result = try Tool.run("mutool", ["run", script.path, path])
        guard result.status == 0 else { throw ToolFailure(tool: "mutool run", message: result.errors) }
        for line in result.text.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if fields.first == "L", fields.count >= 7, let page = Int(fields[1]) {
                let n = fields[2...5].compactMap(Double.init)
                guard n.count == 4 else { continue }
                links.append(Link(page: page, x0: n[0], y0: n[1], x1: n[2], y1: n[3], uri: fields[6...].joined(separator: "\t")))
            } else if fields.first == "O", fields.count >= 4, let depth = Int(fields[1]) {
                bookmarks.append(Bookmark(title: fields[3...].joined(separator: "\t"), depth: depth, uri: fields[2]))
            }
        }
    }

    /// The 1-based page and the y (PDF space, up from the bottom) of `#page=N&zoom=z,x,y`.
    static func target(_ uri: String) -> (page: Int, y: Double?)? {
        guard uri.hasPrefix("#page=") else { return nil }
        let rest = uri.dropFirst("#page=".count)
        let parts = rest.split(separator: "&")
        guard let page = parts.first.flatMap({ Int($0) }) else { return nil }
        var y: Double?
        if let zoom = parts.first(where: { $0.hasPrefix("zoom=") }) {
            y = zoom.dropFirst(5).split(separator: ",").last.flatMap { Double($0) }
        }
        return (page, y)
    }
}
