/// Where an item landed: its index in the vertical list, its first grid line on the page,
/// and how far below that line the stretched spaces above it on a justified page moved it.
public struct PlacedItem: Hashable, Sendable {
    public var item: Int
    public var line: Int
    /// Grid lines (a fraction) added above the item by justification; 0 on the grid.
    public var offset: Double

    public init(item: Int, line: Int, offset: Double = 0) {
        self.item = item
        self.line = line
        self.offset = offset
    }
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
    /// Lines a page but the last may end above its foot with every line on the grid. A page
    /// that ends higher is justified: its spaces between printed items grow by their
    /// `stretch`, in proportion, until its last line stands on the foot (or they can grow
    /// no more). `Int.max` keeps every page on the grid.
    public var justifyBeyond: Int

    public init(linesPerPage: Int, minimumLinesAtBreak: Int = 2, floatSeparation: Int = 1, justifyBeyond: Int = .max) {
        precondition(linesPerPage > 0, "a page holds at least one line")
        precondition(justifyBeyond >= 0, "a page cannot end less than on its foot")
        self.linesPerPage = linesPerPage
        self.minimumLinesAtBreak = minimumLinesAtBreak
        self.floatSeparation = floatSeparation
        self.justifyBeyond = justifyBeyond
    }

    /// Where a page begins: the first item of its text and the floats waiting for its top.
    private struct Start: Hashable {
        var item: Int
        var waiting: [Int]
    }

    /// One way to end the page that begins at a `Start`: the floats carried to its top, then
    /// the first `end` items of the text that reaches furthest. The page itself is only
    /// built for the endings chosen, as most are weighed and dropped.
    private struct Ending {
        var placed: [PlacedItem]
        var flow: [Int]
        var end: Int
        var top: Int
        var next: Start
        /// Grid lines left empty between the page's last item and its foot.
        var emptyLines: Int
        /// Grid lines the spaces between its printed items can grow by when it is justified.
        var stretch: Double

        func page(_ items: [GridItem]) -> PageSlice {
            var page = placed
            var line = top
            for kept in flow[..<end] {
                page.append(PlacedItem(item: kept, line: line))
                line += items[kept].lines
            }
            return PageSlice(items: page)
        }
    }

    /// What a sequence of pages costs, compared as a whole: fewer pages first, then the sum
    /// of what each page but the last leaves empty at its foot (`shortfall(of:)`).
    private struct Cost: Comparable {
        var pages: Int
        var shortfall: Double
        static func < (a: Cost, b: Cost) -> Bool { (a.pages, a.shortfall) < (b.pages, b.shortfall) }
    }

    /// The square of the lines a page leaves empty at its foot, so one page 6 lines short
    /// costs more than six pages 1 line short, as TeX's badness grows faster than the gap.
    /// A page past `justifyBeyond` is justified: it costs more than any page within it (a
    /// page on the grid is better than a stretched one), plus the square of what its
    /// stretch cannot fill.
    private func shortfall(of ending: Ending) -> Double {
        let empty = Double(ending.emptyLines)
        guard ending.emptyLines > justifyBeyond else { return empty * empty }
        let allowed = Double(justifyBeyond)
        let unfilled = max(0, empty - ending.stretch)
        return allowed * allowed + 1 + unfilled * unfilled
    }

    /// The cheapest way found to reach a `Start`, and the page that leads there from `previous`.
    private struct Route {
        var cost: Cost
        var previous: Start?
        var ending: Ending?
    }

    /// Chooses the page breaks of the whole list at once: of all the sequences of pages the
    /// rules allow (no break inside a box, after a heading, or leaving fewer than
    /// `minimumLinesAtBreak` lines of a paragraph on either side), the one with the fewest
    /// pages and, among those, the least squared shortfall at the feet of all pages but the
    /// last. Every page begins at a `Start`, and only the breaks within one page's worth of
    /// items from it are weighed, so the work grows with the items times a page's lines.
    ///
    /// A float that does not fit in what is left of a page waits for the top of the next
    /// one (with the spaces that framed it in the text dropped), and the items after it go on
    /// filling this page, so a figure never leaves a page short; floats keep their order. When
    /// no legal break exists on a page (a box taller than the page, a paragraph that cannot be
    /// split legally within one page), the page is filled and broken where it is full: overfull
    /// content is never dropped. Spaces that would open a page are skipped. On each page, what
    /// follows a space that fills (`GridItem.fillsPage`) moves down to stand on the foot.
    public func paginate(_ items: [GridItem]) -> [PageSlice] {
        // Pages move forward through the list: a page ends at or after where it began, and one
        // that ends where it began has carried floats, so it leaves fewer waiting. Settling the
        // starts in that order means every route into a start is known before it leads on.
        var routes: [Start: Route] = [:]
        var pending: [[[Int]]] = Array(repeating: [], count: items.count + 1)
        let first = Start(item: skippingSpaces(items, from: 0), waiting: [])
        routes[first] = Route(cost: Cost(pages: 0, shortfall: 0), previous: nil, ending: nil)
        pending[first.item].append(first.waiting)
        var finish: Start?
        for item in pending.indices {
            while let waiting = pending[item].max(by: { $0.count < $1.count }) {
                pending[item].removeAll { $0 == waiting }
                let start = Start(item: item, waiting: waiting)
                guard let route = routes[start] else { continue }
                if item >= items.count && waiting.isEmpty { finish = start; continue }
                for ending in endings(items, from: start) {
                    let next = Start(item: skippingSpaces(items, from: ending.next.item), waiting: ending.next.waiting)
                    let last = next.item >= items.count && next.waiting.isEmpty
                    let cost = Cost(pages: route.cost.pages + 1, shortfall: route.cost.shortfall + (last ? 0 : shortfall(of: ending)))
                    // Endings come latest first: on a tie the fuller page wins, as greedily.
                    if let known = routes[next], !(cost < known.cost) { continue }
                    if routes[next] == nil { pending[next.item].append(next.waiting) }
                    routes[next] = Route(cost: cost, previous: start, ending: ending)
                }
            }
        }
        var pages: [PageSlice] = []
        var at = finish
        while let start = at, let route = routes[start], let ending = route.ending {
            pages.append(ending.page(items))
            at = route.previous
        }
        let fills = items.indices.filter { items[$0].fillsPage }
        var before = -1  // the last item on the pages settled so far
        let count = pages.count
        return pages.reversed().enumerated().map { number, page in
            defer { before = max(before, page.items.map(\.item).max() ?? before) }
            let fill = fills.last { fill in fill > before && page.items.contains { $0.item > fill } }
            if fill == nil, number < count - 1 { return justify(page, items) }
            return settle(page, items, fill: fill)
        }
    }

    private func skippingSpaces(_ items: [GridItem], from index: Int) -> Int {
        var index = index
        while index < items.count, items[index].isSpace { index += 1 }
        return index
    }

    /// The ways the page that begins at `start` may end, latest break first.
    private func endings(_ items: [GridItem], from start: Start) -> [Ending] {
        var placed: [PlacedItem] = []
        var used = 0
        // Floats carried over open the page (the first even when it is too tall).
        var waiting = start.waiting
        var carried = 0
        while carried < waiting.count, placed.isEmpty || used + items[waiting[carried]].lines <= linesPerPage {
            placed.append(PlacedItem(item: waiting[carried], line: used))
            used = min(linesPerPage, used + items[waiting[carried]].lines + floatSeparation)
            carried += 1
        }
        waiting.removeFirst(carried)
        guard waiting.isEmpty, start.item < items.count else {
            return [Ending(placed: placed, flow: [], end: 0, top: 0, next: Start(item: start.item, waiting: waiting),
                           emptyLines: emptyLines(PageSlice(items: placed), items), stretch: 0)]
        }

        // The text opens under what its first item repeats (a table's header on a
        // continuation page), below any floats carried over.
        let repeated = items[start.item].repeatedLines
        used += repeated

        // The furthest the text reaches: `flow` in order, floats that do not fit set aside.
        var flow: [Int] = []
        var setAside: [Int] = []
        var index = start.item
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
        // Every legal break within the page: flow[..<end] stay on it.
        var ends: [Int] = []
        let skipping = Set(setAside)
        for candidate in stride(from: flow.count, to: 0, by: -1) {
            let before = candidate < flow.count ? flow[candidate] : index
            if canBreak(items, before: before, skipping: skipping) { ends.append(candidate) }
        }
        if ends.isEmpty {
            if placed.isEmpty {
                // Forced: nothing legal fits, so the page takes all that fits, or the one
                // item too tall for any page.
                if flow.isEmpty { flow = [index]; index += 1 }
                ends = [flow.count]
            } else {
                ends = [0]
            }
        }
        let top = placedHeight(placed, items) + repeated
        // bottoms[k]: the lowest printed line with flow[..<k] on the page (spaces print nothing).
        var bottoms = [emptyLines(PageSlice(items: placed), items)].map { linesPerPage - $0 }
        // stretches[k]: what the spaces between printed items of flow[..<k] can grow by; a
        // space counts once a printed item follows it (the page's first item is never a space).
        var stretches = [0.0]
        var pending = 0.0
        var line = top
        for kept in flow {
            line += items[kept].lines
            bottoms.append(items[kept].isSpace ? bottoms[bottoms.count - 1] : line)
            if items[kept].isSpace {
                pending += items[kept].stretch
                stretches.append(stretches[stretches.count - 1])
            } else {
                stretches.append(stretches[stretches.count - 1] + pending)
                pending = 0
            }
        }
        return ends.map { end in
            let next = end < flow.count ? flow[end] : index
            // Floats set aside before the break wait; those after it are text of the next page.
            return Ending(placed: placed, flow: flow, end: end, top: top,
                          next: Start(item: next, waiting: setAside.filter { $0 < next }),
                          emptyLines: max(0, linesPerPage - bottoms[end]), stretch: stretches[end])
        }
    }

    /// The lines under a page's last printed item: trailing spaces print nothing.
    private func emptyLines(_ page: PageSlice, _ items: [GridItem]) -> Int {
        let bottom = page.items.lazy.filter { !items[$0.item].isSpace }.map { $0.line + items[$0.item].lines }.max() ?? 0
        return max(0, linesPerPage - bottom)
    }

    /// Moves what follows a filling space on a page down by the lines the page leaves empty,
    /// so it ends on the foot; what precedes it, and floats carried from before it, stay.
    private func settle(_ page: PageSlice, _ items: [GridItem], fill: Int?) -> PageSlice {
        guard let fill else { return page }
        // Here spaces count: the footer's rule and website line are spaces that print.
        let bottom = page.items.map { $0.line + items[$0.item].lines }.max() ?? 0
        let slack = linesPerPage - bottom
        guard slack > 0 else { return page }
        var page = page
        for index in page.items.indices where page.items[index].item > fill { page.items[index].line += slack }
        return page
    }

    /// A page that ends more than `justifyBeyond` lines above its foot, its last line moved
    /// onto the foot: each space between its printed items grows by its stretch times one
    /// ratio, and what follows moves down by the growth above it. Where the stretch cannot
    /// fill the page, every space grows by all of its stretch.
    private func justify(_ page: PageSlice, _ items: [GridItem]) -> PageSlice {
        let empty = emptyLines(page, items)
        guard empty > justifyBeyond,
              let first = page.items.firstIndex(where: { !items[$0.item].isSpace }),
              let last = page.items.lastIndex(where: { !items[$0.item].isSpace }) else { return page }
        let stretch = page.items[first...last].reduce(0.0) { $0 + items[$1.item].stretch }
        guard stretch > 0 else { return page }
        let ratio = min(1, Double(empty) / stretch)
        var page = page
        var offset = 0.0
        for index in first..<page.items.count {
            page.items[index].offset = offset
            if index < last { offset += items[page.items[index].item].stretch * ratio }
        }
        return page
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
