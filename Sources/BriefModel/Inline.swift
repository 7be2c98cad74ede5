/// Text-level content of a paragraph, heading, caption or list item.
public indirect enum Inline: Hashable, Sendable {
    case text(String)
    case strong([Inline])
    case emphasis([Inline])
    case strikethrough([Inline])
    /// Inline code: set as Latin text, never hyphenated.
    case code(String)
    /// A link to an external resource; `url` is http(s) or mailto only (the reader drops anything else).
    case link(url: String, [Inline])
    case citation(Citation)
    /// A hard line break typed by the editor.
    case lineBreak
    /// A line end inside a paragraph: a space between Latin words, nothing between Chinese characters.
    case softBreak
}

/// `[@a; @b]` in the source: references by number, resolved by the reader.
public struct Citation: Hashable, Sendable {
    /// 1-based position of this citation among the edition's citations; backends use it
    /// to link from a reference back to the places that cite it.
    public var occurrence: Int
    /// Reference numbers (1-based, in `references` order), in the order written.
    public var numbers: [Int]

    public init(occurrence: Int, numbers: [Int]) {
        self.occurrence = occurrence
        self.numbers = numbers
    }

    /// "1", "1, 2" or "1–3": the printed label of the citation.
    public var label: String {
        var parts: [String] = []
        var i = 0
        while i < numbers.count {
            var j = i
            while j + 1 < numbers.count, numbers[j + 1] == numbers[j] + 1 { j += 1 }
            if j - i >= 2 {
                parts.append("\(numbers[i])–\(numbers[j])")
            } else {
                parts.append(contentsOf: numbers[i...j].map(String.init))
            }
            i = j + 1
        }
        return parts.joined(separator: ", ")
    }
}

extension Inline {
    /// The text a reader sees, without markup; citations and breaks contribute nothing
    /// (a soft break between Latin words becomes one space).
    public var plainText: String { [self].plainText }
}

extension Array where Element == Inline {
    public var plainText: String {
        var out = ""
        ModelWalker.walk(map(ModelNode.inline), enter: { node, _ in
            guard case .inline(let inline) = node else { return .visitChildren }
            switch inline {
            case .text(let s), .code(let s): out += s
            case .strong, .emphasis, .strikethrough, .link, .citation: break
            case .lineBreak: out += "\n"
            case .softBreak:
                if let last = out.unicodeScalars.last, last.isASCII, !last.properties.isWhitespace { out += " " }
            }
            return .visitChildren
        })
        return out
    }
}
