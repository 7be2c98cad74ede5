import BriefModel
import PDFWriter
import Typesetting

extension Composer {
    /// A table kept whole (broken between rows only when it is taller than a page): a
    /// ruled grid, the header row on a tint in 黑体, every cell a paragraph laid out by the
    /// engine in its column. Column widths: see `columnWidths`. Rows are whole lines high, so the text in the
    /// cells stands on the body's grid. In the structure: Table › THead/TBody › TR › TH
    /// (column headers) or TD, one element per cell, empty cells included.
    func table(_ table: BriefModel.Table, in frame: Frame) {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return }
        let padding = layout.tables.cellPadding * em
        let size = layout.body.size
        let headerBase = InlineStyler.Base(role: .heading, size: size, color: layout.colors.text.rgb)
        let bodyBase = InlineStyler.Base(role: .body, size: size, color: layout.colors.text.rgb)

        func runs(_ inlines: [Inline], _ base: InlineStyler.Base) -> [StyledText] {
            Array(styler.pieces(inlines, base).joined())
        }
        var grid: [[[StyledText]]] = []
        if !table.header.isEmpty { grid.append(table.header.map { runs($0, headerBase) }) }
        for row in table.rows { grid.append(row.map { runs($0, bodyBase) }) }

        var natural = [Double](repeating: 2 * padding + em, count: columns)
        for row in grid {
            for (column, cell) in row.enumerated() where column < columns {
                natural[column] = max(natural[column], typesetter.naturalWidth(cell) + 2 * padding)
            }
        }
        let widths = Composer.columnWidths(natural: natural, available: frame.width)
        let hasHeader = !table.header.isEmpty
        var cellElements: [[PDFStructureElement]] = []
        let tableElement = leaf(.table)
        var group: PDFStructureElement?
        for rowIndex in grid.indices {
            let isHeader = rowIndex == 0 && hasHeader
            if rowIndex == 0 || (rowIndex == 1 && hasHeader) {
                group = tableElement.add(isHeader ? .tableHead : .tableBody)
            }
            let row = group!.add(.tableRow)
            cellElements.append((0..<columns).map { _ in
                isHeader ? row.add(.tableHeader, scope: .column) : row.add(.tableCell)
            })
        }
        let tableWidth = widths.reduce(0, +)
        let left = frame.x + (frame.width - tableWidth) / 2

        // Each row is drawn relative to its own top: its text, the rules above and below it,
        // its part of the column rules.
        let color = layout.colors.muted.rgb
        var rows: [(lines: Int, drawables: [Drawable])] = []
        for (rowIndex, row) in grid.enumerated() {
            var cells: [[Line]] = []
            for column in 0..<columns {
                let cell = column < row.count ? row[column] : []
                cells.append(set(cell, width: widths[column] - 2 * padding, alignment: .start))
            }
            let lines = max(1, cells.map(\.count).max() ?? 1)
            let height = Double(lines) * pitch
            var drawables: [Drawable] = []
            if rowIndex == 0, hasHeader {
                drawables.append(.fill(Box(x: left, y: 0, width: tableWidth, height: height), layout.colors.tint.rgb))
            }
            var x = left
            for column in 0..<columns {
                let inner = widths[column] - 2 * padding
                let alignment = column < table.alignments.count ? table.alignments[column] : .none
                for (index, line) in cells[column].enumerated() {
                    let slack = inner - extent(line)
                    let shift = alignment == .center ? slack / 2 : alignment == .right ? slack : 0
                    let lineX = x + padding + max(0, shift)
                    let baselineY = Double(index) * pitch + baseline(size: size, cell: pitch)
                    drawables.append(.text(line, x: lineX, baseline: baselineY, tag: cellElements[rowIndex][column]))
                }
                x += widths[column]
            }
            let topOuter = rowIndex == 0 || (rowIndex == 1 && hasHeader)
            drawables.append(.rule(from: (left, 0), to: (left + tableWidth, 0),
                                   width: topOuter ? layout.tables.outerRule : layout.tables.innerRule, color: color))
            // The rule below too, so a row that ends a page closes the table there.
            let bottomOuter = rowIndex == grid.count - 1 || (rowIndex == 0 && hasHeader)
            drawables.append(.rule(from: (left, height), to: (left + tableWidth, height),
                                   width: bottomOuter ? layout.tables.outerRule : layout.tables.innerRule, color: color))
            x = left
            for column in 0...columns {
                let outer = column == 0 || column == columns
                drawables.append(.rule(from: (x, 0), to: (x, height), width: outer ? layout.tables.outerRule : layout.tables.innerRule, color: color))
                if column < columns { x += widths[column] }
            }
            rows.append((lines, drawables))
        }

        // A table that fits a page is one box, kept whole; a longer one breaks between rows,
        // its header row kept with the first body row.
        let tableLines = rows.reduce(0) { $0 + $1.lines }
        if tableLines <= layout.page.lines {
            var drawables: [Drawable] = []
            var top = 0.0
            for row in rows {
                drawables += row.drawables.map { $0.moved(down: top) }
                top += Double(row.lines) * pitch
            }
            append(ComposedItem(grid: .box(lines: tableLines), drawables: drawables))
        } else {
            for (index, row) in rows.enumerated() {
                append(ComposedItem(grid: .box(lines: row.lines, keepWithNext: index == 0 && hasHeader), drawables: row.drawables))
            }
        }
    }

    /// Column widths for a table whose cells want `natural` widths. When everything fits,
    /// every column gets its natural width. Otherwise a column narrower than an equal share
    /// keeps its natural width (a 地区 column must not wrap 东亚 into two lines to feed a
    /// wide neighbour), and the columns that remain share what is left in proportion to
    /// their natural widths; repeated until no remaining column would get more than it wants.
    static func columnWidths(natural: [Double], available: Double) -> [Double] {
        guard natural.reduce(0, +) > available else { return natural }
        var widths = natural
        var flexible = Set(natural.indices)
        while true {
            let fixed = natural.indices.filter { !flexible.contains($0) }.reduce(0) { $0 + natural[$1] }
            let share = (available - fixed) / Double(max(flexible.count, 1))
            let narrow = flexible.filter { natural[$0] <= share }
            if narrow.isEmpty || narrow.count == flexible.count { break }
            flexible.subtract(narrow)
        }
        let fixed = natural.indices.filter { !flexible.contains($0) }.reduce(0) { $0 + natural[$1] }
        let wanted = flexible.reduce(0) { $0 + natural[$1] }
        for column in flexible { widths[column] = natural[column] * (available - fixed) / wanted }
        return widths
    }
}
