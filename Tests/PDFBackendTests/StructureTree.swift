import Foundation
import TestSupport

/// A PDF's logical structure as `pdfinfo -struct-text` prints it: the elements in tree
/// order with their depth and the text of their own content.
struct StructureTree {
    struct Element {
        var depth: Int
        var role: String
        /// The element's own marked content, joined.
        var text: String
        /// How many annotations (link rectangles) are the element's own kids.
        var annotations = 0
    }
    var elements: [Element]

    init(pdf path: String) throws {
        let result = try Tool.run("pdfinfo", ["-struct-text", path])
        guard result.status == 0 else { throw Failure(description: "pdfinfo -struct-text failed: \(result.errors)") }
        elements = []
        for line in result.text.split(separator: "\n") {
            let indent = line.prefix { $0 == " " }.count
            let content = line.dropFirst(indent)
            if content.hasPrefix("\"") {
                // Text belongs to the element one level up, which may have children before it.
                guard let owner = elements.lastIndex(where: { $0.depth == indent / 2 - 1 }) else { continue }
                elements[owner].text += String(content.dropFirst().dropLast())
            } else if content.hasPrefix("Object ") {
                guard let owner = elements.lastIndex(where: { $0.depth == indent / 2 - 1 }) else { continue }
                elements[owner].annotations += 1
            } else if !content.hasPrefix("/") {  // not an attribute
                var role = content.split(separator: " ").first.map(String.init) ?? ""
                if role.hasSuffix(":") { role.removeLast() }  // "TH:" when attributes follow
                elements.append(Element(depth: indent / 2, role: role, text: ""))
            }
        }
    }

    var roles: [String] { elements.map(\.role) }

    /// The texts of the elements with `role`, each with the text of its descendants.
    func texts(of role: String) -> [String] {
        elements.indices.filter { elements[$0].role == role }.map { start in
            var text = elements[start].text
            var index = start + 1
            while index < elements.count, elements[index].depth > elements[start].depth {
                text += elements[index].text
                index += 1
            }
            return text
        }
    }

    struct Failure: Error, CustomStringConvertible { var description: String }
}

/// The `pdfua` checker (PyPI) of the machine-checkable PDF/UA-1 rules: what it found and
/// which rules it could not evaluate.
struct PDFUACheck {
    var findings: [String]
    var skipped: [String]

    init(pdf path: String) throws {
        let data = try ToolProcess.run(Prerequisite.tool("pdfua", pypi: "pdfua"), ["check", "--format", "json", path]).output
        guard let report = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw StructureTree.Failure(description: "pdfua printed no JSON report")
        }
        findings = (report["findings"] as? [Any] ?? []).map { "\($0)" }
        skipped = (report["skipped"] as? [Any] ?? []).map { "\($0)" }
    }
}
