/// The Info dictionary (ISO 32000-1 §14.3.3) and the XMP packet (§14.3.2) from one PDFInfo,
/// so title, author, language, producer and dates are the same in both (PDF/A and PDF/UA
/// checkers compare them; PDF 2.0 readers read only XMP).
enum DocumentMetadata {
    static func writeInfo(_ info: PDFInfo, to out: inout ByteBuffer) {
        out.write("<</Title")
        out.write(textString: info.title)
        if let author = info.author {
            out.write("/Author")
            out.write(textString: author)
        }
        if let subject = info.subject {
            out.write("/Subject")
            out.write(textString: subject)
        }
        if !info.keywords.isEmpty {
            out.write("/Keywords")
            out.write(textString: info.keywords.joined(separator: ", "))
        }
        if let creator = info.creator {
            out.write("/Creator")
            out.write(textString: creator)
        }
        out.write("/Producer")
        out.write(textString: info.producer)
        let date = pdfDate(info)
        out.write("/CreationDate")
        out.write(literalString: Array(date.utf8))
        out.write("/ModDate")
        out.write(literalString: Array(date.utf8))
        out.write(">>")
    }

    /// `D:YYYYMMDDHHmmSSZ` (§7.9.4), UTC.
    static func pdfDate(_ info: PDFInfo) -> String {
        let d = info.date
        return "D:" + pad(d.year, 4) + pad(d.month, 2) + pad(d.day, 2) + pad(d.hour, 2) + pad(d.minute, 2) + pad(d.second, 2) + "Z"
    }

    /// ISO 8601 as XMP wants it: `YYYY-MM-DDTHH:mm:SSZ`.
    static func xmpDate(_ info: PDFInfo) -> String {
        let d = info.date
        return pad(d.year, 4) + "-" + pad(d.month, 2) + "-" + pad(d.day, 2) + "T" + pad(d.hour, 2) + ":" + pad(d.minute, 2) + ":" + pad(d.second, 2) + "Z"
    }

    static func xmp(_ info: PDFInfo) -> [UInt8] {
        let date = xmpDate(info)
        var lines: [String] = [
            "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>",
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">",
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">",
            "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">",
            "<dc:format>application/pdf</dc:format>",
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">\(escape(info.title))</rdf:li></rdf:Alt></dc:title>",
        ]
        if let author = info.author {
            lines.append("<dc:creator><rdf:Seq><rdf:li>\(escape(author))</rdf:li></rdf:Seq></dc:creator>")
        }
        if let subject = info.subject {
            lines.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">\(escape(subject))</rdf:li></rdf:Alt></dc:description>")
        }
        if !info.keywords.isEmpty {
            lines.append("<dc:subject><rdf:Bag>" + info.keywords.map { "<rdf:li>\(escape($0))</rdf:li>" }.joined() + "</rdf:Bag></dc:subject>")
            lines.append("<pdf:Keywords>\(escape(info.keywords.joined(separator: ", ")))</pdf:Keywords>")
        }
        lines.append("<dc:language><rdf:Bag><rdf:li>\(escape(info.language))</rdf:li></rdf:Bag></dc:language>")
        if let creator = info.creator { lines.append("<xmp:CreatorTool>\(escape(creator))</xmp:CreatorTool>") }
        lines += [
            "<xmp:CreateDate>\(date)</xmp:CreateDate>",
            "<xmp:ModifyDate>\(date)</xmp:ModifyDate>",
            "<xmp:MetadataDate>\(date)</xmp:MetadataDate>",
            "<pdf:Producer>\(escape(info.producer))</pdf:Producer>",
            "</rdf:Description>",
            "</rdf:RDF>",
            "</x:xmpmeta>",
            "<?xpacket end=\"r\"?>",
        ]
        return Array(lines.joined(separator: "\n").utf8)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(max(value, 0))
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default:
                // XML 1.0 forbids most C0 controls even as references.
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
