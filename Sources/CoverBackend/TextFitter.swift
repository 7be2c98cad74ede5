import Foundation
import Typesetting

/// Sets a line of the cover's text so that it fits its room: wrapped into at most so many
/// lines of balanced length (a title of two lines breaks near its middle, not after the
/// last word that fits), or set smaller when even that does not fit. Lines come from the
/// typesetting engine, so the clreq rules hold (no line starts with 。 or ends with “).
struct TextFitter {
    let typesetter: Typesetter

    /// Each step down is this fraction of the size before: small enough to stop near the
    /// largest size that fits, large enough that an absurdly long text ends in few steps.
    static let shrinkStep = 0.95
    /// Sizes tried at most: 0.95^120 takes any size under a hundredth of itself.
    static let shrinkSteps = 120
    /// Halvings of the search for the narrowest measure that keeps the same number of lines:
    /// within 1/256 of the measure, a few px.
    static let balanceSteps = 8
    /// Room for rounding when a line's width is compared with its measure.
    static let tolerance = 0.01

    /// The lines of `text` at `size`, at most `maxLines` and none wider than `width`,
    /// balanced; nil when the text needs more lines at this size.
    func balanced(_ text: String, faces: [FontFace], size: Double, width: Double, maxLines: Int) -> [Line]? {
        let lines = set(text, faces: faces, size: size, width: width)
        guard lines.count <= maxLines, fits(lines, width) else { return nil }
        guard lines.count > 1 else { return lines }
        // The narrowest measure that still gives as many lines gives lines of even length.
        var low = 0.0, high = width, best = lines
        for _ in 0..<TextFitter.balanceSteps {
            let middle = (low + high) / 2
            let trial = set(text, faces: faces, size: size, width: middle)
            if trial.count == lines.count, fits(trial, middle) {
                high = middle
                best = trial
            } else {
                low = middle
            }
        }
        return best
    }

    /// The largest size from `size` down at which `text` fits in `maxLines` lines no wider
    /// than `width` and `accept` takes it (given the size and the number of lines), with its
    /// lines balanced; nil when no size tried does. The search starts where the text's
    /// natural width allows (`maxLines` × `width` can hold no more), so a long text costs
    /// a few steps, not a hundred; only the size found is balanced.
    func fitting(_ text: String, faces: [FontFace], size: Double, width: Double, maxLines: Int,
                 accept: (Double, Int) -> Bool = { _, _ in true }) -> (size: Double, lines: [Line])? {
        var current = size
        let natural = typesetter.naturalWidth([StyledText(text: text, style: TextStyle(fonts: faces, size: size))])
        if natural > 0 { current = min(size, size * width * Double(maxLines) / natural) }
        for _ in 0..<TextFitter.shrinkSteps {
            let lines = set(text, faces: faces, size: current, width: width)
            if lines.count <= maxLines, fits(lines, width), accept(current, lines.count),
               let balanced = balanced(text, faces: faces, size: current, width: width, maxLines: maxLines) {
                return (current, balanced)
            }
            current *= TextFitter.shrinkStep
        }
        return nil
    }

    /// `fitting` with nothing else to satisfy, or, should no size tried fit, the smallest
    /// size tried (less than a hundredth of `size`), which fits any text a briefing has.
    func largest(_ text: String, faces: [FontFace], size: Double, width: Double, maxLines: Int) -> (size: Double, lines: [Line]) {
        if let found = fitting(text, faces: faces, size: size, width: width, maxLines: maxLines) { return found }
        let smallest = size * pow(TextFitter.shrinkStep, Double(TextFitter.shrinkSteps))
        return (smallest, set(text, faces: faces, size: smallest, width: width))
    }

    func set(_ text: String, faces: [FontFace], size: Double, width: Double) -> [Line] {
        let style = TextStyle(fonts: faces, size: size)
        return typesetter.layout(ParagraphSpec(runs: [StyledText(text: text, style: style)], width: width, alignment: .start))
    }

    private func fits(_ lines: [Line], _ width: Double) -> Bool {
        lines.allSatisfy { $0.width <= width + TextFitter.tolerance }
    }
}
