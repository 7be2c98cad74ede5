/// Finds the English passages of Chinese text, for every backend that marks a language (the
/// PDF's `/Lang (en)`, the EPUB's `lang="en"`): the briefings are Chinese, and a run of Latin
/// words in them (a name, a quotation, a title) is English. Decided by script:
/// a stretch without Chinese characters or Chinese punctuation that holds at least
/// `minimumLetters` Latin letters, trimmed to its first and last Latin letter (the spaces
/// and punctuation around it stay with the Chinese).
public enum EnglishSpans {
    public static let language = "en"
    /// Fewer letters are an abbreviation or a unit (A股, 5G), not English.
    public static let minimumLetters = 2

    private enum Script { case latin, neutral, other }

    /// For each glyph's text, whether it belongs to an English passage.
    public static func mask(_ texts: [String]) -> [Bool] {
        let scripts = texts.map(script)
        var mask = [Bool](repeating: false, count: texts.count)
        var start = 0
        while start < scripts.count {
            guard scripts[start] != .other else { start += 1; continue }
            var end = start
            while end < scripts.count, scripts[end] != .other { end += 1 }
            let latin = (start..<end).filter { scripts[$0] == .latin }
            let letters = latin.reduce(0) { $0 + texts[$1].unicodeScalars.filter(\.properties.isAlphabetic).count }
            if let first = latin.first, let last = latin.last, letters >= minimumLetters {
                for index in first...last { mask[index] = true }
            }
            start = end
        }
        return mask
    }

    /// `text` cut into runs, each English or not, in order; joined they are `text`.
    public static func runs(_ text: String) -> [(text: String, english: Bool)] {
        // Most text nodes of a Chinese briefing hold no two Latin letters at all: answer
        // them without cutting the text into characters (that was a sixth of a month's EPUB).
        var latinLetters = 0
        for scalar in text.unicodeScalars where scalar.value < 0x250 {
            let isLetter = scalar.value < 0x80
                ? (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
                : scalar.properties.isAlphabetic
            if isLetter { latinLetters += 1; if latinLetters >= minimumLetters { break } }
        }
        if latinLetters < minimumLetters { return text.isEmpty ? [] : [(text, false)] }
        let characters = text.map(String.init)
        let english = mask(characters)
        var runs: [(text: String, english: Bool)] = []
        for (character, isEnglish) in zip(characters, english) {
            if let last = runs.last, last.english == isEnglish {
                runs[runs.count - 1].text += character
            } else {
                runs.append((character, isEnglish))
            }
        }
        return runs
    }

    /// Latin letters (up to IPA Extensions) are Latin; spaces, digits and the punctuation of
    /// Latin text (ASCII, General Punctuation) go either way; anything else — Han, kana,
    /// CJK and full-width punctuation — is other.
    private static func script(_ text: String) -> Script {
        var latin = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                guard scalar.value < 0x250 else { return .other }
                latin = true
            } else if scalar.value >= 0x2E80 {
                return .other
            }
        }
        return latin ? .latin : .neutral
    }
}
