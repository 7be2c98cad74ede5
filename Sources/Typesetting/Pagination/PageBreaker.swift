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
    /// Lines between a float carried to the top of a page and the text under it.
    public var floatSeparation: Int

    public init(linesPerPage: Int, minimumLinesAtBreak: Int = 2, floatSeparation: Int = 1) {
        precondition(linesPerPage > 0, "a page holds at least one line")
        self.linesPerPage = linesPerPage
        self.minimumLinesAtBreak = minimumLinesAtBreak
        self.floatSeparation = floatSeparation
    }

    /// Fills pages greedily: each page takes as many items as fit, then the break moves back
    /// to the last place where breaking is allowed (not inside a box, not after a heading,
    /// not leaving fewer than `minimumLinesAtBreak` lines of a paragraph on either side).
    /// A float that does not fit in what is left of a page waits for the top of the next
    /// one (with the spaces that framed it in the text dropped), and the items after it go on
    /// filling this page, so a figure never leaves a page short; floats keep their order. A
    /// page therefore ends short only by the lines the break had to give up. When no legal
    /// break exists on a page (a box taller than the page, a paragraph that cannot be split
    /// legally within one page), the page is filled and broken where it is full: overfull
    /// content is never dropped. Spaces that would open a page are skipped.
    public func paginate(_ items: [GridItem]) -> [PageSlice] {
        var pages: [PageSlice] = []
        var start = 0
        var waiting: [Int] = []  // floats for the top of the next page, in order
        while start < items.count || !waiting.isEmpty {
            while start < items.count, items[start].isSpace { start += 1 }
            var placed: [PlacedItem] = []
            var used = 0
            // Floats carried over open the page (the first even when it is too tall).
            var carried = 0
            while carried < waiting.count, placed.isEmpty || used + items[waiting[carried]].lines <= linesPerPage {
                placed.append(PlacedItem(item: waiting[carried], line: used))
                used = min(linesPerPage, used + items[waiting[carried]].lines + floatSeparation)
                carried += 1
            }
            waiting.removeFirst(carried)
            if placed.isEmpty && start >= items.count { break }
            guard waiting.isEmpty, start < items.count else {
                pages.append(PageSlice(items: placed))
                continue
            }

            // The text opens under what its first item repeats (a table's header on a
            // continuation page), below any floats carried over.
            let repeated = items[start].repeatedLines
            used += repeated

            // The furthest the text reaches: `flow` in order, floats that do not fit set aside.
            var flow: [Int] = []
            var setAside: [Int] = []
            var index = start
            while index < items.count {
                let item = items[index]
                if item.isFloat, !setAside.isEmpty || used + item.lines > linesPerPage, !(placed.isEmpty && flow.isEmpty) {
                    setAside.append(index)
                    // The spaces that framed it in the text go with it.
                    if let last = flow.last, items[last].isSpace, last == index - 1 {
                        flow.removeLast()
                        used -= items[last].lines
                    }
                    index += 1
                    if index < items.count, items[index].isSpace { index += 1 }
                    continue
                }
                guard used + item.lines <= linesPerPage else { break }
                flow.append(index)
                used += item.lines
                index += 1
            }
            var end = flow.count  // flow[..<end] stay on this page
            if index < items.count {
                end = 0
                var candidate = flow.count
                while candidate > 0 {
                    let before = candidate < flow.count ? flow[candidate] : index
                    if canBreak(items, before: before, skipping: Set(setAside)) { end = candidate; break }
                    candidate -= 1
                }
                if end == 0 && placed.isEmpty {
                    // Forced: nothing legal fits, so the page takes all that fits, or the one
                    // item too tall for any page.
                    if flow.isEmpty { flow = [index]; index += 1 }
                    end = flow.count
                }
            }
            let next = end < flow.count ? flow[end] : index
            // Floats set aside before the break wait; those after it are text of the next page.
            let floats = setAside.filter { $0 < next }
            waiting = floats
            let kept = flow[..<end]
            var line = placedHeight(placed, items) + repeated
            for index in kept {
                placed.append(PlacedItem(item: index, line: line))
                line += items[index].lines
            }
            pages.append(PageSlice(items: placed))
            start = next
        }
        return pages
    }

    /// The lines the floats at the top of a page take, with their separation.
    private func placedHeight(_ placed: [PlacedItem], _ items: [GridItem]) -> Int {
        guard let last = placed.last else { return 0 }
        return min(linesPerPage, last.line + items[last.item].lines + floatSeparation)
    }
    /// Whether a page may end between `items[index - 1]` and `items[index]`.
    /// Floats in `skipping` have left for a later page and do not count.
    public func canBreak(_ items: [GridItem], before index: Int, skipping: Set<Int> = []) -> Bool {
        guard index > 0 else { return false }
        guard index < items.count else { return true }
        // The last non-space item before the break must not be tied to what follows, nor
        // any space between it and the break (a rule that belongs to the next block).
        var last = index - 1
        while last > 0, items[last].isSpace || skipping.contains(last) {
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
