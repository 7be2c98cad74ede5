import Foundation
import Yams

/// Turns what goes wrong while reading a layout file into `LayoutProblem`s a designer can
/// act on: the dotted key (`headings.section.size`), where it is, what was found and what
/// to write instead, rather than Swift's DecodingError text.
enum LayoutDiagnosis {
    /// A YAML syntax error, at the place libyaml stopped.
    static func syntax(_ error: Error) -> LayoutProblem {
        switch error {
        case YamlError.scanner(let context, let problem, let mark, _),
             YamlError.parser(let context, let problem, let mark, _),
             YamlError.composer(let context, let problem, let mark, _):
            let while_ = context.map { " \($0.text)" } ?? ""
            return LayoutProblem(line: mark.line, column: mark.column, message: "not valid YAML: \(problem)\(while_)")
        default:
            return LayoutProblem(line: 1, column: 1, message: "not valid YAML: \(error)")
        }
    }

    /// Problems found in one file, as an Error so `Result` can carry them.
    struct Problems: Error { var all: [LayoutProblem] }

    /// Decodes `T` from `text` (whose node tree is `source`) and finds every problem in it.
    /// Decoding stops at the first missing key or wrong value, so each one is noted and
    /// patched in a copy of the tree with a value of the kind the layout wants, and the copy
    /// decoded again, until it decodes (then the keys it skipped are the unknown ones) or a
    /// problem cannot be patched (a whole section missing). Positions and found values are
    /// always taken from the file as written.
    static func decode<T: Decodable>(_ type: T.Type, text: String, source: Node, derived: Set<String>) -> Result<T, Problems> {
        var tree = source, yaml = text
        var problems: [LayoutProblem] = []
        var patched: Set<[String]> = []
        for attempt in 0...maximumPatches {
            do {
                // The file as composed decodes without reparsing; a patched copy is text.
                let value = attempt == 0 ? try YAMLDecoder().decode(type, from: source) : try YAMLDecoder().decode(type, from: yaml)
                let all = problems + unknownKeys(source, value, derived: derived)
                return all.isEmpty ? .success(value) : .failure(Problems(all: inFileOrder(all)))
            } catch {
                let (problem, patch) = diagnose(error, decoding: type, tree: tree, source: source)
                problems.append(problem)
                guard let patch, patched.insert(patch.path).inserted,
                      let next = setting(patch.value, at: patch.path[...], in: tree),
                      let text = try? Yams.serialize(node: next) else { break }
                tree = next
                yaml = text
            }
        }
        return .failure(Problems(all: inFileOrder(problems)))
    }

    /// More problems than this in one file are not looked for (each costs a decode).
    static let maximumPatches = 100

    private static func inFileOrder(_ problems: [LayoutProblem]) -> [LayoutProblem] {
        problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// A value put at `path` in the tree so decoding can go on past a problem.
    private struct Patch {
        var path: [String]
        var value: Node
    }

    /// A decoding error located in the file, with what to write, and the patch that lets
    /// decoding go on (nil when none can). A missing key or a value of the wrong kind does
    /// not say what kind the layout wants, so the key is tried with a value of no kind
    /// (see `expectation`).
    private static func diagnose<T: Decodable>(_ error: Error, decoding type: T.Type, tree: Node, source: Node) -> (LayoutProblem, Patch?) {
        guard let error = error as? DecodingError else {
            return (LayoutProblem(line: 1, column: 1, message: "\(error)"), nil)
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = keys(context.codingPath)
            let path = parent + [key.stringValue]
            let (line, column) = position(of: parent, in: source, key: true)
            let (kind, placeholder) = expectation(at: path, decoding: type, tree: tree)
            var message = "missing key `\(dotted(path))`: add `\(key.stringValue):` "
                + (parent.isEmpty ? "at the top level" : "under `\(dotted(parent)):`") + ", with " + kind
            if let near = nearMiss(key.stringValue, in: node(at: parent, in: source)) {
                message += " (is `\(near)` meant to be it?)"
            }
            return (LayoutProblem(line: line, column: column, message: message), placeholder.map { Patch(path: path, value: $0) })
        case .typeMismatch(let wanted, let context), .valueNotFound(let wanted, let context):
            let path = keys(context.codingPath)
            let (line, column) = position(of: path, in: source, key: false)
            let (kind, placeholder) = wanted == Node.Scalar.self
                ? expectation(at: path, decoding: type, tree: tree) : (name(of: wanted), self.placeholder(for: wanted))
            return (LayoutProblem(line: line, column: column, message: wrongValue(path, kind, source)),
                    placeholder.map { Patch(path: path, value: $0) })
        case .dataCorrupted(let context):
            // Thrown by the layout's own value types (a colour, an alignment), which say
            // what they accept and a value that will do meanwhile.
            let path = keys(context.codingPath)
            let (line, column) = position(of: path, in: source, key: false)
            let refusal = context.underlyingError as? LayoutValueError
            return (LayoutProblem(line: line, column: column, message: wrongValue(path, context.debugDescription, source)),
                    refusal.map { Patch(path: path, value: Node($0.placeholder, .init(.str))) })
        @unknown default:
            return (LayoutProblem(line: 1, column: 1, message: "\(error)"), nil)
        }
    }

    /// Every key of `source` that the decoded value has no property for (exactly the keys
    /// the decoder skipped, which a designer means to take effect), in file order. The
    /// properties are read by reflection from the decoded value, whose property names are
    /// its coding keys; `derived` names properties that are not keys of the file.
    private static func unknownKeys(_ source: Node, _ decoded: Any, derived: Set<String>) -> [LayoutProblem] {
        inFileOrder(unknownKeys(source, decoded, path: [], derived: derived))
    }

    private static func unknownKeys(_ source: Node, _ decoded: Any, path: [String], derived: Set<String>) -> [LayoutProblem] {
        guard let mapping = source.mapping else { return [] }
        var properties: [String: Any] = [:]
        for child in Mirror(reflecting: decoded).children {
            guard let label = child.label, !path.isEmpty || !derived.contains(label) else { continue }
            // An optional property reflects as Optional; look through it.
            let value = Mirror(reflecting: child.value)
            properties[label] = value.displayStyle == .optional ? value.children.first?.value as Any : child.value
        }
        var found: [LayoutProblem] = []
        for (key, value) in mapping {
            let name = key.string ?? "\(key)"
            if let property = properties[name] {
                found += unknownKeys(value, property, path: path + [name], derived: derived)
            } else {
                var message = "unknown key `\(dotted(path + [name]))`"
                let known = properties.keys.filter { edits(name, $0) <= nearMissEdits }.sorted()
                message += known.first.map { ": did you mean `\($0)`?" } ?? ": it has no effect; remove it"
                found.append(LayoutProblem(line: key.mark?.line ?? 1, column: key.mark?.column ?? 1, message: message))
            }
        }
        return found
    }

    // MARK: Finding things in the tree

    private static func keys(_ codingPath: [CodingKey]) -> [String] {
        codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
    }

    private static func dotted(_ path: [String]) -> String { path.joined(separator: ".") }

    private static func node(at path: [String], in source: Node) -> Node? {
        var node: Node? = source
        for key in path { node = node?.mapping?[key] }
        return node
    }

    /// Where `path` is written: its key (or, with `key: false`, its value when it has one on
    /// the key's line) or, when the file stops short of it, the deepest part that exists.
    private static func position(of path: [String], in source: Node, key: Bool) -> (Int, Int) {
        var best = (1, 1)
        var current = source
        for name in path {
            guard let mapping = current.mapping,
                  let pair = mapping.first(where: { $0.key.string == name }) else { break }
            if let mark = pair.key.mark { best = (mark.line, mark.column) }
            current = pair.value
        }
        if !key, node(at: path, in: source) != nil, current.scalar != nil, let mark = current.mark {
            best = (mark.line, mark.column)
        }
        return best
    }

    /// The kind of value the layout wants at `path`, and a value of that kind, found by
    /// decoding the tree again with a value there that is of no kind (`?`): a number or a
    /// mapping refuses it with its type, a colour or an alignment with what it accepts, and
    /// text takes it.
    private static func expectation<T: Decodable>(at path: [String], decoding type: T.Type, tree: Node) -> (String, Node?) {
        let probe = Node("?", .init(.str))
        guard let probed = setting(probe, at: path[...], in: tree),
              let text = try? Yams.serialize(node: probed) else { return ("a value", nil) }
        do {
            _ = try YAMLDecoder().decode(type, from: text)
        } catch DecodingError.typeMismatch(let wanted, let context) where keys(context.codingPath) == path {
            return wanted == Node.Scalar.self ? ("a value", nil) : (name(of: wanted), placeholder(for: wanted))
        } catch DecodingError.dataCorrupted(let context) where keys(context.codingPath) == path {
            return (context.debugDescription, (context.underlyingError as? LayoutValueError).map { Node($0.placeholder, .init(.str)) })
        } catch {}
        return (name(of: String.self), probe)
    }

    /// A value of a plain kind, for a patch; nil for a group of keys (a missing section
    /// cannot be made up).
    private static func placeholder(for type: Any.Type) -> Node? {
        switch type {
        case is Double.Type, is Int.Type: return Node("0")
        case is String.Type: return Node("?", .init(.str))
        default: return nil
        }
    }

    private static func setting(_ value: Node, at path: ArraySlice<String>, in node: Node) -> Node? {
        guard let key = path.first else { return value }
        guard var mapping = node.mapping else { return nil }
        let child = mapping[key] ?? Node([(Node, Node)]())
        guard let changed = setting(value, at: path.dropFirst(), in: child) else { return nil }
        mapping[key] = changed
        return .mapping(mapping)
    }

    /// A designer's word for a Swift type the layout decodes.
    private static func name(of type: Any.Type) -> String {
        switch type {
        case is Double.Type: return "a number (like 10.5)"
        case is Int.Type: return "a whole number (like 2)"
        case is String.Type: return "text"
        case is Node.Mapping.Type: return "a group of keys, each `key: value` on its own indented line"
        case is Node.Sequence.Type: return "a list"
        default: return "a value"
        }
    }

    private static func wrongValue(_ path: [String], _ wanted: String, _ source: Node) -> String {
        "`\(dotted(path))` must be \(wanted); found \(found(node(at: path, in: source)))"
    }

    /// What the file holds, in the words of `name(of:)`.
    private static func found(_ node: Node?) -> String {
        switch node {
        case .scalar? where node?.null != nil: return "nothing"
        case .scalar(let scalar)?: return "`\(scalar.string)`"
        case .mapping?: return "a group of keys"
        case .sequence?: return "a list"
        default: return "nothing"
        }
    }

    // MARK: Misspellings

    /// Keys this close to a known one (letters inserted, removed or changed) are offered
    /// as a correction: two catches a dropped or doubled letter and a swap.
    static let nearMissEdits = 2

    private static func nearMiss(_ wanted: String, in mapping: Node?) -> String? {
        mapping?.mapping?.keys.compactMap(\.string)
            .filter { $0 != wanted && edits($0, wanted) <= nearMissEdits }.sorted().first
    }

    /// Levenshtein distance, by the usual one-row dynamic programme.
    static func edits(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var diagonal = row[0]
            row[0] = i
            for j in 1...b.count {
                let above = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
                diagonal = above
            }
        }
        return row[b.count]
    }
}
