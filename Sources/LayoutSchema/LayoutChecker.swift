import Yams

/// Walks a layout file's node tree against its schema and notes every problem: unknown
/// keys (with the nearest known one), missing keys (where to add them), values of the wrong
/// kind or out of range, then the schema's relations. Positions are those of the file as
/// written. A key set twice never gets here: Yams refuses it while composing the tree
/// (`LayoutSchema.syntaxProblem`). The walk follows the schema's groups, never deeper, so
/// its depth is the schema's, whatever the file nests.
struct LayoutChecker {
    let schema: LayoutSchema
    private(set) var problems: [LayoutProblem] = []
    /// Numbers that passed their own checks, for the relations.
    private var numbers: [String: Double] = [:]
    /// Where each scalar value is written, for a relation's problem.
    private var places: [String: (Int, Int)] = [:]

    init(schema: LayoutSchema) {
        self.schema = schema
    }

    /// The problems in file order (ties in the order found).
    var sortedProblems: [LayoutProblem] {
        problems.enumerated().sorted { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }
            .map(\.element)
    }

    mutating func check(_ root: Node) {
        guard let mapping = root.mapping else {
            note(root.mark.map { ($0.line, $0.column) } ?? (1, 1),
                 "the file must be a group of keys, each `key: value` on its own line; found \(LayoutChecker.found(root))")
            return
        }
        check(schema.root, path: [], mapping: mapping, place: (1, 1))
        for relation in schema.relations {
            do {
                if let message = try relation.test(LayoutValues(values: numbers)) {
                    note(places[relation.key] ?? (1, 1), message)
                }
            } catch {
                continue // a key it reads is refused and reported already
            }
        }
    }

    /// One group of keys, written as `mapping`, whose own key is at `place` (1:1 for the top).
    private mutating func check(_ group: KeyGroup, path: [String], mapping: Node.Mapping, place: (Int, Int)) {
        var written: Set<String> = []
        var unknown: [String] = []
        for (keyNode, value) in mapping {
            let name = keyNode.string ?? "\(keyNode)"
            let keyPlace = keyNode.mark.map { ($0.line, $0.column) } ?? place
            written.insert(name)
            switch group.entries[name] {
            case nil:
                unknown.append(name)
                let hint = NearestKey.to(name, among: group.names).map { ": did you mean `\($0)`?" } ?? ": it has no effect; remove it"
                note(keyPlace, "unknown key `\(LayoutChecker.dotted(path + [name]))`\(hint)")
            case .group(let inner)?:
                if let innerMapping = value.mapping {
                    check(inner, path: path + [name], mapping: innerMapping, place: keyPlace)
                } else {
                    note(keyPlace, "`\(LayoutChecker.dotted(path + [name]))` must be \(LayoutChecker.groupWords); found \(LayoutChecker.found(value))")
                }
            case .key(let key)?:
                check(key, value: value, keyPlace: keyPlace)
            }
        }
        for name in group.names where !written.contains(name) {
            let wanted: String
            switch group.entries[name]! {
            case .key(let key):
                if key.optional { continue }
                wanted = key.kind.wanted
            case .group(let inner):
                if inner.isOptional { continue }
                wanted = LayoutChecker.groupWords
            }
            var message = "missing key `\(LayoutChecker.dotted(path + [name]))`: add `\(name):` "
                + (path.isEmpty ? "at the top level" : "under `\(LayoutChecker.dotted(path)):`") + ", with \(wanted)"
            if let near = NearestKey.to(name, among: unknown) {
                message += " (is `\(near)` meant to be it?)"
            }
            note(place, message)
        }
    }

    private mutating func check(_ key: LayoutKey, value: Node, keyPlace: (Int, Int)) {
        guard let scalar = value.scalar else {
            note(keyPlace, "`\(key.path)` must be \(key.kind.wanted); found \(LayoutChecker.found(value))")
            return
        }
        let place = scalar.mark.map { ($0.line, $0.column) } ?? keyPlace
        places[key.path] = place
        if key.optional, value.null != nil { return }
        let (refusal, number) = key.kind.judge(scalar)
        if let refusal {
            // A number in quotes is text to YAML.
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            let unquote = quoted && key.kind.isQuantity ? "; write it without quotes" : ""
            note(place, "`\(key.path)` must be \(refusal); found \(LayoutChecker.found(value))\(unquote)")
            return
        }
        if let number { numbers[key.path] = number }
    }

    private mutating func note(_ place: (Int, Int), _ message: String) {
        problems.append(LayoutProblem(line: place.0, column: place.1, message: message))
    }

    static let groupWords = "a group of keys, each `key: value` on its own indented line"

    static func dotted(_ path: [String]) -> String { path.joined(separator: ".") }

    /// What the file holds, as a message quotes it.
    static func found(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            if scalar.string.isEmpty || (scalar.style == .plain && node.null != nil) { return "nothing" }
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            return quoted ? "`\"\(scalar.string)\"`" : "`\(scalar.string)`"
        case .mapping: return "a group of keys"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}
