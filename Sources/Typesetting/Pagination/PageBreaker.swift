/// Where an item landed: its index in the vertical list and its first grid line on the page.
public struct PlacedItem: Hashable, Sendable {
    public var item: Int
    public var line: Int
}

/// The items of one page, top to bottom.
public struct PageSlice: Hashable, Sendable {
    public var items: [PlacedItem]
}

/// Breaks a vertical list on a line grid into pages of `linesPerPage` lines.
public struct PageBreaker: Sendable {
    /// Lines of the type area of every page.
    public var linesPerPage: Int
    /// Lines of a paragraph that must stay together on each side of a break: 2 forbids both
    /// orphans (one line left at the foot of a page) and widows (one line carried over),
    /// as clreq asks.
    public var minimumLinesAtBreak: Int

    public init(linesPerPage: Int, minimumLinesAtBreak: Int = 2) {
        precondition(linesPerPage > 0, "a page holds at least one line")
        self.linesPerPage = linesPerPage
        self.minimumLinesAtBreak = minimumLinesAtBreak
    }

    /// Fills pages greedily: each page takes as many items as fit, then the break moves back
    /// to the last place where breaking is allowed (not inside a box, not after a heading,
    /// not leaving fewer than `minimumLinesAtBreak` lines of a paragraph on either side).
    /// A page therefore ends short by the lines it had to give up, as in hand composition.
    /// When no legal break exists on a page (a box taller than the page, a paragraph that
    /// cannot be split legally within one page), the page is filled and broken where it is
    /// full: overfull content is never dropped. Spaces that would open a page are skipped.
    public func paginate(_ items: [GridItem]) -> [PageSlice] {
        var pages: [PageSlice] = []
        var start = 0
        while start < items.count {
            while start < items.count, items[start].isSpace { start += 1 }
            guard start < items.count else { break }

            // The furthest end that fits: items[start..<fitEnd], under what the first item
            // repeats at the top of the page.
            let repeated = items[start].repeatedLines
            var used = repeated
            var fitEnd = start
            while fitEnd < items.count, used + items[fitEnd].lines <= linesPerPage {
                used += items[fitEnd].lines
                fitEnd += 1
            }
            var end = fitEnd
            if fitEnd < items.count {
                end = start
                var candidate = fitEnd
                while candidate > start {
                    if canBreak(items, before: candidate) { end = candidate; break }
                    candidate -= 1
                }
                if end == start { end = max(fitEnd, start + 1) }  // forced: nothing legal fits
            }

            var line = repeated
            var placed: [PlacedItem] = []
            for index in start..<end {
                placed.append(PlacedItem(item: index, line: line))
                line += items[index].lines
            }
            pages.append(PageSlice(items: placed))
            start = end
        }
        return pages
    }

    /// Whether a page may end between `items[index - 1]` and `items[index]`.
    public func canBreak(_ items: [GridItem], before index: Int) -> Bool {
        guard index > 0 else { return false }
        guard index < items.count else { return true }
        // The last non-space item before the break must not be tied to what follows, nor
        // any space between it and the break (a rule that belongs to the next block).
        var last = index - 1
        while last > 0, items[last].isSpace {
            if items[last].keepWithNext { return false }
            last -= 1
        }
        if items[last].keepWithNext { return false }
        if case .line(let groupBefore, _, _) = items[index - 1].kind,
           case .line(let groupAfter, let position, let count) = items[index].kind,
           groupBefore == groupAfter {
            return position >= minimumLinesAtBreak && count - position >= minimumLinesAtBreak
        }
        return true
    }
}
