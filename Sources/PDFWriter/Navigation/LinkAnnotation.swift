/// A /Link annotation (ISO 32000-1 §12.5.6.5): a rectangle that opens a URI or jumps to a
/// named destination. Invisible (/Border [0 0 0]); the text itself shows that it is a link.
struct LinkAnnotation {
    enum Target { case uri(String), named(String) }
    var rect: (Double, Double, Double, Double)
    var target: Target
    /// /Contents: what the link leads to, in words.
    var description: String?
    /// The Link structure element the annotation belongs to, in a tagged document.
    var element: PDFStructureElement?

    /// `structParent` is the annotation's key in the parent tree (tagged documents only).
    func write(structParent: Int?, to out: inout ByteBuffer) {
        out.write("<</Type/Annot/Subtype/Link/Rect[")
        out.write(real: rect.0); out.write(" ")
        out.write(real: rect.1); out.write(" ")
        out.write(real: rect.2); out.write(" ")
        out.write(real: rect.3)
        out.write("]/Border[0 0 0]")
        if let description {
            out.write("/Contents")
            out.write(textString: description)
        }
        if let structParent {
            out.write("/StructParent ")
            out.write(int: structParent)
        }
        switch target {
        case let .uri(uri):
            out.write("/A<</S/URI/URI")
            out.write(literalString: LinkAnnotation.percentEncoded(uri))
            out.write(">>")
        case let .named(name):
            out.write("/Dest")
            out.write(literalString: Array(name.utf8))
        }
        out.write(">>")
    }

    /// URIs in PDF are 7-bit ASCII (§12.6.4.7): bytes of non-ASCII characters, spaces and
    /// controls become %XX; everything else, including existing escapes, stays as given.
    static func percentEncoded(_ uri: String) -> [UInt8] {
        var bytes: [UInt8] = []
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in uri.utf8 {
            if byte > 0x20 && byte < 0x7F {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            }
        }
        return bytes
    }
}
