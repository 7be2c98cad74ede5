/// The growing byte array every PDF object, content stream and file is written into.
/// PDF syntax is ASCII, so writing bytes directly (never building Strings per glyph) keeps
/// a page of 2,000 glyphs cheap.
struct ByteBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    var count: Int { bytes.count }

    mutating func write(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func write(string: String) { bytes.append(contentsOf: string.utf8) }

    mutating func write(bytes more: [UInt8]) { bytes.append(contentsOf: more) }

    mutating func write(byte: UInt8) { bytes.append(byte) }

    mutating func write(int value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        writeDigits(value.magnitude)
    }

    /// Coordinates, sizes and colours: 0.001 pt is far below any device pixel, and three
    /// digits keep content streams short.
    static let defaultDecimals = 3

    /// A real with at most `decimals` fraction digits: no exponent, no trailing zeros,
    /// never "-0" (PDF readers accept none of the other forms everywhere).
    mutating func write(real value: Double, decimals: Int = ByteBuffer.defaultDecimals) {
        precondition(decimals >= 0 && decimals <= 6)
        let scale = Self.powersOfTen[decimals]
        guard value.isFinite else { bytes.append(UInt8(ascii: "0")); return }
        let scaled = (value * Double(scale)).rounded()
        guard scaled.magnitude < 9.0e15 else { write(int: Int(value.rounded())); return }
        let fixed = Int64(scaled)
        if fixed == 0 { bytes.append(UInt8(ascii: "0")); return }
        if fixed < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = UInt64(fixed.magnitude)
        writeDigits(UInt(magnitude / UInt64(scale)))
        var fraction = magnitude % UInt64(scale)
        if fraction == 0 { return }
        var digits = decimals
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        bytes.append(UInt8(ascii: "."))
        var divisor = UInt64(Self.powersOfTen[digits - 1])
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / divisor % 10))
            divisor /= 10
        }
    }

    /// `/Name`, with bytes outside the regular characters written as #xx (ISO 32000-1 §7.3.5).
    mutating func write(name: String) {
        bytes.append(UInt8(ascii: "/"))
        for byte in name.utf8 {
            if byte > 0x20 && byte < 0x7F && !Self.isDelimiter(byte) && byte != UInt8(ascii: "#") {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "#"))
                writeHexByte(byte)
            }
        }
    }

    /// A text string (§7.9.2.2) as UTF-16BE with byte-order mark, in hex: safe for any
    /// character, including surrogate pairs, and needs no escaping rules.
    mutating func write(textString text: String) {
        bytes.append(UInt8(ascii: "<"))
        write("FEFF")
        for unit in text.utf16 { writeHex16(unit) }
        bytes.append(UInt8(ascii: ">"))
    }

    /// A byte string in hex, `<…>`.
    mutating func write(hexString data: [UInt8]) {
        bytes.append(UInt8(ascii: "<"))
        for byte in data { writeHexByte(byte) }
        bytes.append(UInt8(ascii: ">"))
    }

    /// A byte string as a literal `( … )`, escaping what §7.3.4.2 requires (and line ends,
    /// so the file stays readable).
    mutating func write(literalString data: [UInt8]) {
        bytes.append(UInt8(ascii: "("))
        for byte in data {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"):
                bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
            case 0x0A: write("\\n")
            case 0x0D: write("\\r")
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: ")"))
    }

    mutating func write(reference number: Int) {
        write(int: number)
        write(" 0 R")
    }

    mutating func writeHex16(_ value: UInt16) {
        writeHexByte(UInt8(value >> 8))
        writeHexByte(UInt8(value & 0xFF))
    }

    mutating func writeHexByte(_ byte: UInt8) {
        bytes.append(Self.hexDigits[Int(byte >> 4)])
        bytes.append(Self.hexDigits[Int(byte & 0x0F)])
    }

    /// Writes `value` right-aligned in `width` digits with leading zeros (xref offsets).
    mutating func write(zeroPadded value: Int, width: Int) {
        var digits = [UInt8](repeating: UInt8(ascii: "0"), count: width)
        var rest = value
        var index = width - 1
        while rest > 0 && index >= 0 {
            digits[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
            index -= 1
        }
        bytes.append(contentsOf: digits)
    }

    private mutating func writeDigits(_ value: UInt) {
        if value < 10 { bytes.append(UInt8(ascii: "0") + UInt8(value)); return }
        var scratch: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var length = 0
        var rest = value
        withUnsafeMutableBytes(of: &scratch) { buffer in
            while rest > 0 {
                buffer[length] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                length += 1
            }
            for index in stride(from: length - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }

    private static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"),
             UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: "/"), UInt8(ascii: "%"):
            return true
        default:
            return false
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)
    private static let powersOfTen: [Int] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]
}
