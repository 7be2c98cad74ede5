import FontSubsetting

/// Reads what embedding needs from a CFF table (Adobe TN #5176): whether the font is
/// CID-keyed (Top DICT has the ROS operator), its glyph count, and its charset, which for a
/// CID-keyed font maps each glyph index to the CID that PDF content streams must use
/// (ISO 32000-1 §9.7.4.2: a CIDFontType0 selects glyphs CID → charset → GID).
struct CFFCharset {
    let isCIDKeyed: Bool
    let glyphCount: Int
    /// CID of each GID; no glyphs for name-keyed fonts (whose charset holds SIDs, not CIDs).
    let cids: CIDMap

    enum ParseError: Error { case malformed(String) }

    init(table: FontTable) throws {
        guard table.count > 4 else { throw ParseError.malformed("CFF table too short") }
        let headerSize = table.u8(2)
        let names = try CFFCharset.index(table, at: headerSize)
        let topDicts = try CFFCharset.index(table, at: names.end)
        guard let topDict = topDicts.items.first else { throw ParseError.malformed("no Top DICT") }
        let operators = CFFCharset.dictionary(table, range: topDict)
        isCIDKeyed = operators[Self.rosOperator] != nil
        guard let charStringsOffset = operators[17]?.first else { throw ParseError.malformed("no CharStrings") }
        // The CharStrings INDEX's count is the glyph count; walking its 65,536 offsets would
        // touch hundreds of kilobytes of the file for nothing.
        guard Int(charStringsOffset) + 2 <= table.count else { throw ParseError.malformed("CharStrings past the table") }
        glyphCount = table.u16(Int(charStringsOffset))
        guard isCIDKeyed else { cids = CIDMap(glyphCount: 0); return }
        guard let charsetOffset = operators[15]?.first, charsetOffset > 2 else {
            throw ParseError.malformed("CID-keyed font without a custom charset")
        }
        cids = try CFFCharset.charset(table, at: Int(charsetOffset), glyphCount: glyphCount)
    }

    /// Decodes charset formats 0 (a list), 1 and 2 (ranges with 8- or 16-bit lengths).
    private static func charset(_ table: FontTable, at offset: Int, glyphCount: Int) throws -> CIDMap {
        var cids = CIDMap(glyphCount: glyphCount)
        let format = table.u8(offset)
        var position = offset + 1
        var gid = 1   // glyph 0 is .notdef, CID 0, and not listed
        switch format {
        case 0:
            while gid < glyphCount {
                cids.append(glyph: gid, cid: table.u16(position), count: 1); position += 2; gid += 1
            }
        case 1, 2:
            while gid < glyphCount {
                guard position + 3 <= table.count else { throw ParseError.malformed("charset runs past the table") }
                let first = table.u16(position)
                let left = format == 1 ? table.u8(position + 2) : table.u16(position + 2)
                position += format == 1 ? 3 : 4
                let count = min(left + 1, glyphCount - gid)
                cids.append(glyph: gid, cid: first, count: count)
                gid += count
            }
        default:
            throw ParseError.malformed("unknown charset format \(format)")
        }
        return cids
    }

    private struct Index { var items: [Range<Int>]; var end: Int }

    /// An INDEX: count, offset size, count+1 offsets (1-based, relative to the byte before the data).
    private static func index(_ table: FontTable, at start: Int) throws -> Index {
        let count = table.u16(start)
        if count == 0 { return Index(items: [], end: start + 2) }
        let offSize = table.u8(start + 2)
        guard (1...4).contains(offSize) else { throw ParseError.malformed("bad INDEX offset size \(offSize)") }
        let offsetsStart = start + 3
        let dataBase = offsetsStart + (count + 1) * offSize - 1
        func offset(_ i: Int) -> Int {
            var value = 0
            for byte in 0..<offSize { value = value << 8 | table.u8(offsetsStart + i * offSize + byte) }
            return value
        }
        var items: [Range<Int>] = []
        items.reserveCapacity(count)
        var previous = offset(0)
        for i in 1...count {
            let next = offset(i)
            guard next >= previous else { throw ParseError.malformed("INDEX offsets go backwards") }
            items.append((dataBase + previous)..<(dataBase + next))
            previous = next
        }
        guard dataBase + previous <= table.count else { throw ParseError.malformed("INDEX runs past the table") }
        return Index(items: items, end: dataBase + previous)
    }

    /// Two-byte operators are stored as 1200 + second byte.
    private static let rosOperator = 1230

    /// A DICT: operands (integers; reals are skipped as 0) followed by an operator.
    private static func dictionary(_ table: FontTable, range: Range<Int>) -> [Int: [Int]] {
        var result: [Int: [Int]] = [:]
        var operands: [Int] = []
        var position = range.lowerBound
        while position < range.upperBound {
            let b0 = table.u8(position)
            switch b0 {
            case 0...11, 13...21:
                result[b0] = operands; operands = []; position += 1
            case 12:
                result[1200 + table.u8(position + 1)] = operands; operands = []; position += 2
            case 28:
                operands.append(table.i16(position + 1)); position += 3
            case 29:
                operands.append(table.i32(position + 1)); position += 5
            case 30:
                position += 1
                while position < range.upperBound {
                    let byte = table.u8(position); position += 1
                    if byte & 0x0F == 0x0F || byte >> 4 == 0x0F { break }
                }
                operands.append(0)
            case 32...246:
                operands.append(b0 - 139); position += 1
            case 247...250:
                operands.append((b0 - 247) * 256 + table.u8(position + 1) + 108); position += 2
            case 251...254:
                operands.append(-(b0 - 251) * 256 - table.u8(position + 1) - 108); position += 2
            default:
                position += 1
            }
        }
        return result
    }
}
