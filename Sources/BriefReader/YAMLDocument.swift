import BriefModel
import Foundation
import Yams

/// Reads a YAML mapping while keeping every key's line and column, so that a typo, a missing
/// field or a wrong type is reported where the editor wrote it. Problems accumulate in
/// `diagnostics`; readers keep going to report everything in one run.
final class YAMLDocument {
    let source: SourceText
    /// Lines before the YAML text in its file (front matter starts after `---`).
    let lineOffset: Int
    var diagnostics: [Diagnostic] = []

    init(source: SourceText, lineOffset: Int) {
        self.source = source
        self.lineOffset = lineOffset
    }

    /// Parses `yaml`; a syntax error becomes a diagnostic and nil. An empty or
    /// comment-only document is an empty mapping, so its missing required keys are reported.
    /// The reader reads every scalar as text and never asks a node its tag, so it composes
    /// with the basic resolver: the default one compiles seven regular expressions first.
    func parse(_ yaml: String) -> Node? {
        do {
            return try Yams.compose(yaml: yaml, .basic) ?? .mapping(Node.Mapping([]))
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                diagnostics.append(Diagnostic(location(mark), "invalid YAML: \(problem)",
                                              hint: "check the indentation and quote values that contain ': ' or start with a special character"))
            case .duplicatedKeysInMapping(let keys, let context):
                // Yams names the first of the repeated keys; its own message quotes the whole document.
                let names = keys.map { "`\($0)`" }.joined(separator: ", ")
                diagnostics.append(Diagnostic(location(context.mark), "\(names) is given more than once in the same mapping (first here)",
                                              hint: "keep one of them"))
            case .reader(let problem, _, _, _):
                diagnostics.append(Diagnostic(source.location(line: lineOffset + 1, column: 1), "invalid YAML: \(problem)"))
            default:
                // Never quote the input: some of Yams' descriptions hold all of it.
                diagnostics.append(Diagnostic(source.location(line: lineOffset + 1, column: 1), "invalid YAML"))
            }
        } catch {
            diagnostics.append(Diagnostic(source.location(line: lineOffset + 1, column: 1), "invalid YAML: \(error)"))
        }
        return nil
    }

    func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return source.location(line: lineOffset + 1, column: 1) }
        return source.location(line: lineOffset + mark.line, column: mark.column)
    }

    func location(_ node: Node) -> SourceLocation { location(node.mark) }

    func error(_ at: SourceLocation, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(at, message, hint: hint))
    }

    /// The pairs of a mapping, checked against the keys it may hold. An unknown key is an
    /// error at its line, with the nearest known key suggested.
    func mapping(_ node: Node, what: String, allowed: [String]) -> YAMLMapping? {
        guard case .mapping(let mapping) = node else {
            error(location(node), "\(what) must be a mapping of `key: value` lines")
            return nil
        }
        var pairs: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard case .scalar(let k) = key else {
                error(location(key), "a key in \(what) must be plain text")
                continue
            }
            if !allowed.contains(k.string) {
                let suggestion = YAMLDocument.nearest(k.string, in: allowed).map { "did you mean `\($0)`? " } ?? ""
                error(location(key), "unknown key `\(k.string)` in \(what)",
                      hint: suggestion + "known keys: " + allowed.joined(separator: ", "))
                continue
            }
            if pairs[k.string] != nil {
                error(location(key), "`\(k.string)` is given twice in \(what)", hint: "keep one of them")
                continue
            }
            pairs[k.string] = (key, value)
        }
        return YAMLMapping(document: self, node: node, what: what, pairs: pairs)
    }

    /// The closest key by edit distance, when it is close enough to be a typo.
    static func nearest(_ word: String, in candidates: [String]) -> String? {
        func distance(_ a: [Character], _ b: [Character]) -> Int {
            var row = Array(0...b.count)
            for i in 1...max(a.count, 1) where !a.isEmpty {
                var previous = row[0]
                row[0] = i
                for j in 1...max(b.count, 1) where !b.isEmpty {
                    let current = row[j]
                    row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                    previous = current
                }
            }
            return row[b.count]
        }
        let scored = candidates.map { ($0, distance(Array(word.lowercased()), Array($0))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, word.count / 3) else { return nil }
        return best.0
    }
}

/// A checked mapping: typed access to its values, each reporting its own problems.
struct YAMLMapping {
    let document: YAMLDocument
    let node: Node
    let what: String
    let pairs: [String: (key: Node, value: Node)]

    func has(_ key: String) -> Bool { pairs[key] != nil }

    func keyLocation(_ key: String) -> SourceLocation {
        pairs[key].map { document.location($0.key) } ?? document.location(node)
    }

    func valueNode(_ key: String) -> Node? { pairs[key]?.value }

    /// A text value; a missing required one is reported at the mapping.
    func string(_ key: String, required: Bool = false, hint: String? = nil) -> String? {
        guard let value = pairs[key]?.value else {
            if required {
                document.error(document.location(node), "\(what) has no `\(key)`",
                               hint: hint ?? "add a line `\(key): …`")
            }
            return nil
        }
        guard case .scalar(let scalar) = value else {
            document.error(document.location(value), "`\(key)` in \(what) must be text, not a list or mapping")
            return nil
        }
        let text = scalar.string.trimming(.spacesAndNewlines)
        if text.isEmpty || (scalar.style == .plain && (text == "~" || text == "null")) {
            if required { document.error(document.location(value), "`\(key)` in \(what) is empty", hint: hint) }
            return nil
        }
        return text
    }

    func integer(_ key: String) -> Int? {
        guard let value = pairs[key]?.value else { return nil }
        guard case .scalar(let scalar) = value, let n = Int(scalar.string), n >= 0 else {
            document.error(document.location(value), "`\(key)` in \(what) must be a whole number", hint: "write it like `\(key): 148`")
            return nil
        }
        return n
    }

    /// A list value; a single text is accepted as a one-item list where `scalarAsList` is set.
    func sequence(_ key: String, scalarAsList: Bool = false) -> [Node]? {
        guard let value = pairs[key]?.value else { return nil }
        switch value {
        case .sequence(let seq): return Array(seq)
        case .scalar where scalarAsList: return [value]
        default:
            document.error(document.location(value), "`\(key)` in \(what) must be a list", hint: "write one `- item` per line under `\(key):`")
            return nil
        }
    }
}
