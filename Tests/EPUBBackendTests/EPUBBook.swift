import CLibXML2
import Foundation
import TestSupport
import XCTest

/// An EPUB as a reader opens it: unpacked by Info-ZIP `unzip` (not by our own code), its
/// XML files parsed by libxml2.
final class EPUBBook {
    let directory: URL
    /// Entry names in archive order, as `zipinfo -1` lists them.
    let entries: [String]

    init(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) throws {
        directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("epub-book-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let archive = directory.appendingPathComponent("book.epub")
        try Data(bytes).write(to: archive)
        let listing = try Tool.run("zipinfo", ["-1", archive.path])
        entries = listing.output.split(separator: "\n").map(String.init)
        let unpacked = try Tool.run("unzip", ["-q", archive.path, "-d", directory.appendingPathComponent("x").path])
        XCTAssertEqual(unpacked.status, 0, "unzip failed: \(unpacked.output)", file: file, line: line)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    var archivePath: String { directory.appendingPathComponent("book.epub").path }

    func data(_ entry: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent("x").appendingPathComponent(entry))
    }

    func xml(_ entry: String) throws -> ParsedXML {
        try ParsedXML(try data(entry), name: entry)
    }

    /// The OEBPS files whose names end in `.xhtml`, sorted.
    var xhtmlEntries: [String] { entries.filter { $0.hasSuffix(".xhtml") }.sorted() }
}

/// A parsed XML file and the few queries the tests need.
final class ParsedXML {
    let doc: xmlDocPtr

    struct ParseError: Error, CustomStringConvertible { var description: String }

    init(_ data: Data, name: String) throws {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        guard let doc = data.withUnsafeBytes({ raw in
            xmlReadMemory(raw.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(raw.count), name, "UTF-8", options)
        }) else { throw ParseError(description: "\(name) is not well-formed XML") }
        self.doc = doc
    }

    deinit { xmlFreeDoc(doc) }

    /// An element; it keeps its document alive, so results outlive the expression that parsed it.
    struct Element {
        let document: ParsedXML
        let node: xmlNodePtr
        var name: String { String(cString: node.pointee.name) }
        var namespacePrefix: String? { node.pointee.ns?.pointee.prefix.map { String(cString: $0) } }

        func attribute(_ name: String, namespace: String? = nil) -> String? {
            let value = namespace == nil ? xmlGetNoNsProp(node, name) : xmlGetNsProp(node, name, namespace)
            guard let value else { return nil }
            defer { xmlFree(value) }
            return String(cString: value)
        }

        var children: [Element] {
            var out: [Element] = []
            var child = node.pointee.children
            while let c = child {
                if c.pointee.type == XML_ELEMENT_NODE { out.append(Element(document: document, node: c)) }
                child = c.pointee.next
            }
            return out
        }

        /// This element and every element inside it, in document order.
        var descendants: [Element] { [self] + children.flatMap(\.descendants) }

        /// The text inside, leaving out the subtrees `skip` selects.
        func text(skipping skip: (Element) -> Bool = { _ in false }) -> String {
            var out = ""
            func walk(_ node: xmlNodePtr) {
                var child = node.pointee.children
                while let c = child {
                    if c.pointee.type == XML_TEXT_NODE, let content = c.pointee.content {
                        out += String(cString: content)
                    } else if c.pointee.type == XML_ELEMENT_NODE, !skip(Element(document: document, node: c)) {
                        walk(c)
                    }
                    child = c.pointee.next
                }
            }
            walk(node)
            return out
        }
    }

    var root: Element { Element(document: self, node: xmlDocGetRootElement(doc)) }
    var elements: [Element] { root.descendants }
    func elements(_ name: String) -> [Element] { elements.filter { $0.name == name } }
    var ids: Set<String> { Set(elements.compactMap { $0.attribute("id") }) }
}

/// Runs an installed tool, found on PATH, and collects what it prints. A tool that is not
/// installed is a missing prerequisite (skipped locally, a failure on CI).
enum Tool {
    struct Result { var status: Int32; var output: String }

    /// What the tool printed on both streams, its errors after its output.
    static func run(_ name: String, _ arguments: [String]) throws -> Result {
        let result = try ToolProcess.run(Prerequisite.tool(name), arguments)
        return Result(status: result.status, output: result.text + result.errors)
    }
}

/// epubcheck, the W3C's conformance checker, as Debian installs it.
enum EPUBCheck {
    static let jar = "/usr/share/java/epubcheck.jar"

    struct Report {
        var status: Int32
        var output: String
        var seconds: Double
        /// Lines that are errors, fatals or warnings.
        var problems: [String] {
            output.split(separator: "\n").map(String.init)
                .filter { $0.hasPrefix("ERROR") || $0.hasPrefix("FATAL") || $0.hasPrefix("WARNING") }
        }
    }

    static func check(_ path: String) throws -> Report {
        let start = Date()
        let result = try Tool.run("java", ["-jar", Prerequisite.file(jar, package: "epubcheck"), path])
        return Report(status: result.status, output: result.output, seconds: Date().timeIntervalSince(start))
    }
}
