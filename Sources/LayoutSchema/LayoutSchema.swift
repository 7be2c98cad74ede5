import Foundation
import Yams

/// The keys of one layout file (`pdf.yaml`, `wechat.yaml`), each declared once by the
/// backend that reads the file, and the relations between them. It checks a file against
/// them, reporting every problem at once at its `LINE:COL`, and only then decodes the
/// backend's typed layout from it: a file the check passes cannot fail to decode (the test
/// of each backend's schema against its type sees to that).
///
/// Every key is required: a layout folder's copy of a file sets every key (copied from
/// layouts/default and changed), and a folder without the file gets the default's whole.
/// So a key's default is its value in the default layout, and no look value lives in code.
public struct LayoutSchema: Sendable {
    /// The file's name in a layout folder.
    public let fileName: String
    /// Every key, in the order the default file writes them.
    public let keys: [LayoutKey]
    public let relations: [LayoutRelation]
    let root: KeyGroup

    public init(fileName: String, keys: [LayoutKey], relations: [LayoutRelation] = []) {
        self.fileName = fileName
        self.keys = keys
        self.relations = relations
        root = KeyGroup(keys)
    }

    /// Every problem of one file, in the order of its lines.
    public struct Problems: Error, Sendable {
        public var all: [LayoutProblem]
    }

    /// Checks `text` and, when it has no problem, decodes `T` from it.
    public func read<T: Decodable>(_ type: T.Type, from text: String) -> Result<T, Problems> {
        let node: Node
        switch compose(text) {
        case .success(let composed): node = composed
        case .failure(let problems): return .failure(problems)
        }
        var checker = LayoutChecker(schema: self)
        checker.check(node)
        guard checker.problems.isEmpty else { return .failure(Problems(all: checker.sortedProblems)) }
        do {
            return .success(try YAMLDecoder().decode(type, from: node))
        } catch {
            // Only a schema that disagrees with `T` gets here; each backend's tests compare
            // the two, so this is a programming error, not a designer's.
            preconditionFailure("the \(fileName) schema and \(T.self) disagree: \(error)")
        }
    }

    /// The file's node tree, or why there is none (a syntax error, an empty file).
    private func compose(_ text: String) -> Result<Node, Problems> {
        do {
            // The basic resolver tags nothing: each scalar is read as the kind its key
            // wants, and the default resolver's patterns would start ICU's regex engine
            // (milliseconds at every start) for no gain.
            guard let node = try Yams.compose(yaml: text, .basic) else {
                return .failure(Problems(all: [LayoutProblem(
                    line: 1, column: 1, message: "the file is empty; it must set every key of layouts/default/\(fileName)")]))
            }
            return .success(node)
        } catch {
            return .failure(Problems(all: [LayoutSchema.syntaxProblem(error)]))
        }
    }

    /// A YAML syntax error, at the place libyaml stopped.
    static func syntaxProblem(_ error: Error) -> LayoutProblem {
        switch error {
        case YamlError.scanner(let context, let problem, let mark, _),
             YamlError.parser(let context, let problem, let mark, _),
             YamlError.composer(let context, let problem, let mark, _):
            let while_ = context.map { " \($0.text)" } ?? ""
            return LayoutProblem(line: mark.line, column: mark.column, message: "not valid YAML: \(problem)\(while_)")
        case YamlError.duplicatedKeysInMapping(let duplicates, let context):
            // Yams marks the first of the keys, and its context is the whole file.
            let keys = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            return LayoutProblem(line: context.mark.line, column: context.mark.column,
                                 message: "\(keys) is set twice in one group; keep one")
        default:
            return LayoutProblem(line: 1, column: 1, message: "not valid YAML: \(error)")
        }
    }
}
