import BriefModel
import PDFWriter
import Typesetting

extension Composer {
    /// A three-line table (三线表, the style of mainland reports and GB/T 7713): its number
    /// and caption (表 N　…) centred above it, a thick rule above the header row, a thin one
    /// under it, a thick one under the last row, no vertical rules. The engine picks the type
    /// size and column widths (`Typesetter.fitTable`: CSS automatic layout, stepping down to
    /// `tables.smallerSize` and `tables.smallestSize` before a number or word would break).
    /// Columns follow GFM alignment; a column of numbers is right-aligned by default. Rows
    /// are whole lines of the body grid. A table taller than `tables.keepWhole` lines breaks
    /// between rows, and every page it continues on opens with a 续表 line and the header
    /// row again, both artifacts (the header is tagged once, where it first stands), and
    /// every page it breaks on closes it with a thick rule. In the
    /// structure: Table › Caption, THead/TBody › TR › TH (column scope) or TD, the text of
    /// each cell its content directly.
    func table(_ table: BriefModel.Table, in frame: Frame) {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return }
        let settings = layout.tables
        let hasHeader = !table.header.isEmpty
        let color = layout.colors.text.rgb
        func grid(_ size: Double) -> [[[StyledText]]] {
            let header = InlineStyler.Base(role: .heading, size: size, color: color)
            let body = InlineStyler.Base(role: .body, size: size, color: color)
            var grid: [[[StyledText]]] = []
            if hasHeader { grid.append(table.header.map { Array(styler.pieces($0, header).joined()) }) }
            for row in table.rows { grid.append(row.map { Array(styler.pieces($0, body).joined()) }) }
            return grid
        }
        // Each size in turn until one keeps every word whole with rows of one line each:
        // no smaller size could make that table shorter.
        var fits: [TableFit] = [], grids: [Double: [[[StyledText]]]] = [:], heights: [Double: Double] = [:]
        let shortest = Double(table.rows.count + (hasHeader ? 1 : 0))
        for size in [layout.body.size, settings.smallerSize, settings.smallestSize] where grids[size] == nil {
            let cells = grid(size)
            grids[size] = cells
            let fit = typesetter.tableFit(size: size, columns: columns, available: frame.width, padding: settings.cellPadding * size,
                                          keepShort: settings.keepShort, cells: cells, language: language)
            fits.append(fit)
            if fit.keepsWordsWhole {
                heights[size] = Double(cells.reduce(0) { $0 + rowLines($1, fit: fit, columns: columns).lines })
                if heights[size] == shortest { break }
            }
        }
        let fit = TableFit.choose(fits, shortest: shortest) { heights[$0.size]! }
        let cells = grids[fit.size]!
        let alignments = Composer.columnAlignments(table, columns: columns)
        let tableWidth = fit.columnWidths.reduce(0, +)
        let left = frame.x + (frame.width - tableWidth) / 2

        // Structure first, in reading order: the caption, then the rows.
        let tableElement = leaf(.table)
        let captionElement = tableElement.add(.caption)
        var cellElements: [[PDFStructureElement]] = []
        var group: PDFStructureElement?
        for rowIndex in cells.indices {
            let isHeader = rowIndex == 0 && hasHeader
            if rowIndex == 0 || (rowIndex == 1 && hasHeader) { group = tableElement.add(isHeader ? .tableHead : .tableBody) }
            let row = group!.add(.tableRow)
            cellElements.append((0..<columns).map { _ in
                isHeader ? row.add(.tableHeader, scope: .column) : row.add(.tableCell)
            })
        }

        // Each row drawn relative to its own top.
        let cellPitch = settings.pitch * fit.size
        var rows: [(lines: Int, drawables: [Drawable])] = []
        for (rowIndex, row) in cells.enumerated() {
            var x = left, drawables: [Drawable] = []
            let (set, textLines, lines) = rowLines(row, fit: fit, columns: columns)
            let above = (Double(lines) * pitch - Double(textLines) * cellPitch) / 2
            for column in 0..<columns {
                let padding = settings.cellPadding * fit.size
                let inner = fit.columnWidths[column] - 2 * padding
                for (index, line) in set[column].enumerated() {
                    let slack = max(0, inner - extent(line))
                    let shift = alignments[column] == .center ? slack / 2 : alignments[column] == .right ? slack : 0
                    let baselineY = above + Double(index) * cellPitch + baseline(size: fit.size, cell: cellPitch)
                    drawables.append(.text(line, x: x + padding + shift, baseline: baselineY, tag: cellElements[rowIndex][column]))
                }
                x += fit.columnWidths[column]
            }
            rows.append((lines, drawables))
        }

        let outer = settings.outerRule, inner = settings.innerRule, ruleColor = settings.ruleColor.rgb
        func rule(at y: Double, _ width: Double) -> Drawable {
            .rule(from: (left, y), to: (left + tableWidth, y), width: width, color: ruleColor)
        }
        let captionItem = caption(table, frame: frame, element: captionElement)
        let headerLines = hasHeader ? rows[0].lines : 0
        let bodyStart = hasHeader ? 1 : 0
        var tableLines = captionItem.lines
        for row in rows { tableLines += row.lines }

        // A table that fits `keepWhole` lines is one box, kept whole.
        if tableLines <= min(settings.keepWhole, layout.page.lines) {
            var drawables = captionItem.drawables
            var top = Double(captionItem.lines) * pitch
            drawables.append(rule(at: top, outer))
            for (index, row) in rows.enumerated() {
                drawables += row.drawables.map { $0.moved(down: top) }
                top += Double(row.lines) * pitch
                if index == 0 && hasHeader { drawables.append(rule(at: top, inner)) }
            }
            drawables.append(rule(at: top, outer))
            append(ComposedItem(grid: .box(lines: tableLines), drawables: decorations(frame, lines: tableLines) + drawables))
            return
        }

        // A longer one: the caption and the header stay with the first two body rows, the
        // last two rows stay together, and each body row carries what a page it opens
        // must show first: 续表, the top rule, the header again and the rule under it.
        var continuation: [Drawable] = []
        var repeated = 0
        if let label = set(styler.runs(settings.continued, InlineStyler.Base(role: .heading, size: settings.captionSize, color: color)),
                           width: tableWidth, alignment: .start).first {
            continuation.append(.artifactText(label, x: left + tableWidth - extent(label),
                                              baseline: baseline(size: settings.captionSize, cell: pitch)))
            repeated = 1
        }
        if hasHeader && repeated + headerLines <= layout.page.lines / 2 {
            let top = Double(repeated) * pitch
            continuation.append(rule(at: top, outer))
            continuation += rows[0].drawables.compactMap { drawable in
                guard case .text(let line, let x, let baseline, _) = drawable else { return nil }
                return .artifactText(line, x: x, baseline: top + baseline)
            }
            continuation.append(rule(at: top + Double(headerLines) * pitch, inner))
            repeated += headerLines
        } else {
            continuation.append(rule(at: Double(repeated) * pitch, outer))
        }

        append(ComposedItem(grid: .box(lines: captionItem.lines, keepWithNext: true),
                            drawables: decorations(frame, lines: captionItem.lines) + captionItem.drawables))
        let last = rows.count - 1
        for (index, row) in rows.enumerated() {
            var drawables = decorations(frame, lines: row.lines) + row.drawables
            if index == 0 { drawables.append(rule(at: 0, outer)) }
            if index == 0 && hasHeader { drawables.append(rule(at: Double(row.lines) * pitch, inner)) }
            if index == last { drawables.append(rule(at: Double(row.lines) * pitch, outer)) }
            let keep = index <= bodyStart || index == last - 1
            var grid = GridItem.box(lines: row.lines, keepWithNext: keep && index < last)
            // Only a body row after the first can open a page (the first is kept with the header).
            if index > bodyStart { grid.repeatedLines = repeated }
            // A row that ends a page closes the table there, as the last row does at its end.
            let closing = index == last ? [] : [rule(at: Double(row.lines) * pitch, outer)]
            append(ComposedItem(grid: grid, drawables: drawables, continuation: index > bodyStart ? continuation : [],
                                pageEnd: closing))
        }
    }

    /// A row's cells set in their columns, the most lines a cell takes, and the whole grid
    /// lines the row takes at the cells' own pitch.
    private func rowLines(_ row: [[StyledText]], fit: TableFit, columns: Int) -> (cells: [[Line]], textLines: Int, lines: Int) {
        let settings = layout.tables
        var set: [[Line]] = []
        for column in 0..<columns {
            let inner = fit.columnWidths[column] - 2 * settings.cellPadding * fit.size
            set.append(self.set(column < row.count ? row[column] : [], width: inner + Composer.widthSlack, alignment: .start))
        }
        let textLines = max(1, set.map(\.count).max() ?? 1)
        let lines = max(1, Int((Double(textLines) * settings.pitch * fit.size / pitch - Composer.gridTolerance).rounded(.up)))
        return (set, textLines, lines)
    }

    /// The caption line(s) above a table: 表 N, an ideographic space and the caption, in
    /// 黑体, centred over the table; whole lines of the grid.
    private func caption(_ table: BriefModel.Table, frame: Frame, element: PDFStructureElement) -> (lines: Int, drawables: [Drawable]) {
        let settings = layout.tables
        let size = settings.captionSize
        let base = InlineStyler.Base(role: .heading, size: size, color: layout.colors.text.rgb)
        let text = table.captionText
        let runs = styler.runs(text.isEmpty ? table.label : table.label + "　", base) + Array(styler.pieces(text, base).joined())
        let linePitch = settings.captionPitch * size
        var drawables: [Drawable] = []
        var y = 0.0
        for line in set(runs, width: frame.width, alignment: .start) {
            drawables.append(.text(line, x: frame.x + (frame.width - extent(line)) / 2,
                                   baseline: y + baseline(size: size, cell: linePitch), tag: element))
            y += linePitch
        }
        let lines = max(1, Int((y / pitch - Composer.gridTolerance).rounded(.up)))
        // Centre the caption's lines in the whole grid lines they take.
        let drop = (Double(lines) * pitch - y) / 2
        return (lines, drawables.map { $0.moved(down: drop) })
    }

    /// Each column's alignment: the editor's GFM alignment, else right for a column of
    /// numbers (so the digits stand in place-value columns), else left.
    static func columnAlignments(_ table: BriefModel.Table, columns: Int) -> [BriefModel.Table.Alignment] {
        (0..<columns).map { column in
            let typed = column < table.alignments.count ? table.alignments[column] : .none
            guard typed == .none else { return typed }
            let texts = table.rows.map { column < $0.count ? $0[column].plainText : "" }
            return NumericText.isNumericColumn(texts) ? .right : .left
        }
    }

    /// A cell's measure is its column's minimum content width or more; this much slack keeps
    /// float rounding from turning a piece that fits into one that overflows.
    static let widthSlack = 1e-6
}
