import Foundation

/// One character as MuPDF extracts it (`mutool draw -F stext`): its left edge, the right
/// edge of its advance, its baseline (y down from the page top), size, font and text.
struct PrintedChar {
    var page: Int
    var x0: Double
    var x1: Double
    var baseline: Double
    var size: Double
    var font: String
    var text: String
}

/// A line of one page, rebuilt from characters by baseline (clreq notes §7: do not trust
/// the tools' own line grouping): whitespace dropped, sorted left to right.
struct PrintedLine {
    var page: Int
    var baseline: Double
    var chars: [PrintedChar]

    /// Size most characters have (superscripts and mixed runs do not change it).
    var size: Double {
        let sizes = chars.map(\.size).sorted()
        return sizes[sizes.count / 2]
    }
    /// The line's text without raised or smaller characters (citation numbers).
    var mainText: String { chars.filter { $0.size >= 0.8 * size }.map(\.text).joined() }
    var text: String { chars.map(\.text).joined() }
    var x0: Double { chars.first!.x0 }
    var x1: Double { chars.last!.x1 }
    /// Characters at the line's own size, without superscripts.
    var mainChars: [PrintedChar] { chars.filter { $0.size >= 0.8 * size } }
}

enum PrintedText {
    /// Every page's characters, in page order.
    static func chars(ofPDF path: String) throws -> [PrintedChar] {
        let result = try Tool.run("mutool", ["draw", "-F", "stext", "-o", "-", path])
        guard result.status == 0 else { throw ToolFailure(tool: "mutool draw -F stext", message: result.errors) }
        var chars: [PrintedChar] = []
        var page = 0, size = 0.0, font = ""
        for line in result.text.split(separator: "\n") {
            if line.hasPrefix("<page ") {
                page += 1
            } else if line.hasPrefix("<font ") {
                font = attribute("name", in: line) ?? ""
                size = Double(attribute("size", in: line) ?? "") ?? 0
            } else if line.hasPrefix("<char ") {
                guard let quad = attribute("quad", in: line)?.split(separator: " ").compactMap({ Double($0) }), quad.count == 8,
                      let x = Double(attribute("x", in: line) ?? ""), let y = Double(attribute("y", in: line) ?? ""),
                      let text = attribute("c", in: line) else { continue }
                chars.append(PrintedChar(page: page, x0: x, x1: quad[2], baseline: y, size: size, font: font, text: unescape(text)))
            }
        }
        return chars
    }

    /// Lines of every page, top to bottom: characters whose baselines lie within 0.3 of
    /// the size of each other belong together.
    static func lines(_ chars: [PrintedChar]) -> [PrintedLine] {
        var lines: [PrintedLine] = []
        let visible = chars.filter { !$0.text.allSatisfy(\.isWhitespace) }
        let byPage = Dictionary(grouping: visible, by: \.page)
        for page in byPage.keys.sorted() {
            var pageLines: [PrintedLine] = []
            for char in byPage[page]!.sorted(by: { ($0.baseline, $0.x0) < ($1.baseline, $1.x0) }) {
                // A superscript's baseline is higher than its line's: look for the line by
                // overlap with the larger characters near it.
                if let index = pageLines.lastIndex(where: { abs($0.baseline - char.baseline) < 0.45 * max($0.size, char.size) }) {
                    if char.size > pageLines[index].size { pageLines[index].baseline = char.baseline }
                    pageLines[index].chars.append(char)
                } else {
                    pageLines.append(PrintedLine(page: page, baseline: char.baseline, chars: [char]))
                }
            }
            for index in pageLines.indices { pageLines[index].chars.sort { $0.x0 < $1.x0 } }
            lines += pageLines.sorted { $0.baseline < $1.baseline }
        }
        return lines
    }

    /// The lines without the page numbers at the feet of the pages (a line that is just
    /// its page's number), so text that runs over a page break joins up.
    static func withoutPageNumbers(_ lines: [PrintedLine]) -> [PrintedLine] {
        lines.filter { $0.text != String($0.page) }
    }

    private static func attribute(_ name: String, in line: Substring) -> String? {
        guard let start = line.range(of: " \(name)=\"") else { return nil }
        let rest = line[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    static func unescape(_ text: String) -> String {
        var out = text
        for (entity, value) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'")] {
            out = out.replacingOccurrences(of: entity, with: value)
        }
        while let range = out.range(of: "&#x"), let end = out[range.upperBound...].firstIndex(of: ";"),
              let value = UInt32(out[range.upperBound..<end], radix: 16), let scalar = Unicode.Scalar(value) {
            out.replaceSubrange(range.lowerBound...end, with: String(Character(scalar)))
        }
        return out.replacingOccurrences(of: "&amp;", with: "&")
    }
}

struct ToolFailure: Error, CustomStringConvertible {
    var tool: String
    var message: String
    var description: String { "\(tool) failed: \(message)" }
}

extension String {
    /// Without any whitespace: CJK–Latin gaps and line ends are layout, not content.
    var compacted: String { String(unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)) }
}
