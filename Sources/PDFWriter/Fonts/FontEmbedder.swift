import Dispatch

/// Writes one font's object graph (formats.md A1):
/// Type0 (Identity-H, ToUnicode) → CIDFontType0 + FontDescriptor + FontFile3 /CIDFontType0C
/// holding the bare subset CFF, or for TrueType outlines CIDFontType2 + FontFile2 + a
/// CIDToGIDMap stream (codes are original GIDs, the subset renumbers them).
enum FontEmbedder {
    /// A font's subset program, deflated: the expensive part of embedding, done for all
    /// fonts at once (in parallel) before any object is written.
    struct Prepared {
        var glyphs: [UInt32]
        var subset: FontSubsetter.Result
        var compressedFontFile: [UInt8]
    }

    /// Subsets and deflates every font, one per core; each font's work is independent
    /// (HarfBuzz faces are safe to read from several threads) and results keep font order,
    /// so the output does not depend on scheduling. A font whose glyph set `cache` holds
    /// finished is not subset again; the cache then keeps what this document embedded.
    static func prepare(_ fonts: [PDFFont], cache: FontEmbeddingCache? = nil) throws -> [Prepared] {
        let glyphLists = fonts.map(\.drawnGlyphs)
        var results: [Result<Prepared, Error>?] = zip(fonts, glyphLists).map { font, glyphs in
            cache?.prepared(font.program, glyphs: glyphs).map { .success($0) }
        }
        let missing = results.indices.filter { results[$0] == nil }
        results.withUnsafeMutableBufferPointer { slots in
            DispatchQueue.concurrentPerform(iterations: missing.count) { position in
                let index = missing[position]
                slots[index] = Result {
                    let subset = try FontSubsetter.subset(fonts[index].program, glyphs: glyphLists[index])
                    return Prepared(glyphs: glyphLists[index], subset: subset, compressedFontFile: Flate.compress(subset.fontFile))
                }
            }
        }
        let prepared = try results.map { try $0!.get() }
        cache?.keep(fonts, prepared, reused: fonts.count - missing.count)
        return prepared
    }

    static func embed(_ font: PDFFont, prepared: Prepared, type0: Int, into writer: inout ObjectWriter) {
        let program = font.program
        let glyphs = prepared.glyphs
        let subset = prepared.subset
        let baseFont = SubsetTag.make(fontName: program.postScriptName, glyphs: glyphs) + "+" + program.postScriptName
        var isTrueType = false
        if case .trueType = program.outlines { isTrueType = true }

        let cidFont = writer.allocate()
        let descriptor = writer.allocate()
        let fontFile = writer.allocate()
        let toUnicode = writer.allocate()
        let cidToGIDMap = isTrueType ? writer.allocate() : nil

        writer.object(type0) { out in
            out.write("<</Type/Font/Subtype/Type0/BaseFont")
            out.write(name: baseFont + "-Identity-H")
            out.write("/Encoding/Identity-H/DescendantFonts[")
            out.write(reference: cidFont)
            out.write("]/ToUnicode ")
            out.write(reference: toUnicode)
            out.write(">>")
        }

        let widths = WidthArray(widths: glyphs.map { (cid: program.code($0), width: program.width($0)) })
        writer.object(cidFont) { out in
            out.write(isTrueType ? "<</Type/Font/Subtype/CIDFontType2/BaseFont" : "<</Type/Font/Subtype/CIDFontType0/BaseFont")
            out.write(name: baseFont)
            out.write("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor ")
            out.write(reference: descriptor)
            widths.write(to: &out)
            if let cidToGIDMap {
                out.write("/CIDToGIDMap ")
                out.write(reference: cidToGIDMap)
            }
            out.write(">>")
        }

        let metrics = program.metrics
        writer.object(descriptor) { out in
            out.write("<</Type/FontDescriptor/FontName")
            out.write(name: baseFont)
            out.write("/Flags ")
            out.write(int: metrics.flags)
            out.write("/FontBBox[")
            out.write(int: metrics.bbox.0); out.write(" ")
            out.write(int: metrics.bbox.1); out.write(" ")
            out.write(int: metrics.bbox.2); out.write(" ")
            out.write(int: metrics.bbox.3)
            out.write("]/ItalicAngle ")
            out.write(real: metrics.italicAngle, decimals: 2)
            out.write("/Ascent ")
            out.write(int: metrics.ascent)
            out.write("/Descent ")
            out.write(int: metrics.descent)
            out.write("/CapHeight ")
            out.write(int: metrics.capHeight)
            out.write("/StemV ")
            out.write(int: metrics.stemV)
            out.write(isTrueType ? "/FontFile2 " : "/FontFile3 ")
            out.write(reference: fontFile)
            out.write(">>")
        }

        let fileLength = subset.fontFile.count
        writer.encodedStream(fontFile, payload: prepared.compressedFontFile) { out in
            if isTrueType {
                out.write("/Length1 ")
                out.write(int: fileLength)
            } else {
                out.write("/Subtype/CIDFontType0C")
            }
            out.write("/Filter/FlateDecode")
        }

        var mappings: [(code: UInt16, text: String)] = []
        for (gid, text) in font.textOfGlyph where !text.isEmpty { mappings.append((program.code(gid), text)) }
        writer.stream(toUnicode, data: ToUnicodeCMap.build(mappings: mappings), compress: true)

        if let cidToGIDMap {
            writer.stream(cidToGIDMap, data: cidToGIDBytes(subset.newGlyph), compress: true)
        }
    }

    /// Two bytes per CID (big-endian new GID) from CID 0 to the highest drawn one (§9.7.4.2).
    private static func cidToGIDBytes(_ newGlyph: [UInt32: UInt32]) -> [UInt8] {
        let highest = Int(newGlyph.keys.max() ?? 0)
        var bytes = [UInt8](repeating: 0, count: (highest + 1) * 2)
        for (old, new) in newGlyph {
            bytes[Int(old) * 2] = UInt8(truncatingIfNeeded: new >> 8)
            bytes[Int(old) * 2 + 1] = UInt8(truncatingIfNeeded: new)
        }
        return bytes
    }
}
