/// A bookmark: a title that jumps to a height on a page, with nested bookmarks.
public struct PDFOutlineItem: Sendable {
    public var title: String
    /// 0-based page index.
    public var page: Int
    /// PDF y (from the bottom of the page) to show at the top of the window.
    public var y: Double
    public var children: [PDFOutlineItem]

    public init(title: String, page: Int, y: Double, children: [PDFOutlineItem] = []) {
        self.title = title; self.page = page; self.y = y; self.children = children
    }
}
