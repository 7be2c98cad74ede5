/// The copy-editing rules, by the id an editor writes under `lint:` in publication.yaml and
/// sees after each warning. The catalogue lives in the model so the reader can check the
/// `lint:` key without knowing how a rule works (BriefLint holds the rules themselves).
public enum LintRuleID: String, CaseIterable, Sendable, Hashable, Comparable {
    case halfWidthPunctuation = "half-width-punctuation"
    case straightQuotes = "straight-quotes"
    case fullWidthAlphanumerics = "full-width-alphanumerics"
    case spaceAroundPunctuation = "space-around-punctuation"
    case doubledPunctuation = "doubled-punctuation"
    case ellipsis = "ellipsis"
    case dash = "dash"
    case unbalancedPairs = "unbalanced-pairs"
    case typedHeadingNumber = "typed-heading-number"
    case typedCaptionNumber = "typed-caption-number"
    case citationAfterPunctuation = "citation-after-punctuation"

    public static func < (a: LintRuleID, b: LintRuleID) -> Bool { a.rawValue < b.rawValue }
}

/// What a rule's findings are: not reported, warnings, or errors that fail `check`.
public enum LintLevel: String, CaseIterable, Sendable, Hashable {
    case off, warning, error
}
