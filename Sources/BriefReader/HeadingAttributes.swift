/// The attribute block that may end a heading's text: `标题 {.summary}`, `{-}`,
/// `{.unnumbered}`. Recognised by hand with the rule the reader has always used (the
/// regular expression `\s*\{([^{}]*)\}\s*$`): a brace pair holding no brace, followed by
/// nothing but white space (ICU's `\s`, and one final line end), with the white space before
/// it going too.
struct HeadingAttributes {
    /// The heading text before the block (and the white space before it).
    let rest: String
    /// What stands between the braces, as written.
    let content: String

    init?(endOf text: String) {
        let scalars = text.unicodeScalars
        // Everything after the closing brace must be white space, up to an optional final
        // line end (`$` also matches before one).
        var end = scalars.endIndex
        if end > scalars.startIndex {
            let last = scalars.index(before: end)
            if scalars[last] == "\u{0B}" || scalars[last] == "\u{85}" { end = last }
        }
        guard let close = scalars[..<end].lastIndex(where: { !Whitespace.isRegexSpace($0) }),
              scalars[close] == "}",
              let open = scalars[..<close].lastIndex(where: { $0 == "{" || $0 == "}" }),
              scalars[open] == "{" else { return nil }
        var start = open
        while start > scalars.startIndex, Whitespace.isRegexSpace(scalars[scalars.index(before: start)]) {
            scalars.formIndex(before: &start)
        }
        rest = String(scalars[..<start])
        content = String(scalars[scalars.index(after: open)..<close])
    }
}
