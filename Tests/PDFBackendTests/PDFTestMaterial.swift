import BriefModel
import Foundation
import TestSupport
import XCTest

/// The default layout with `replacing` applied to its pdf.yaml, and that pdf.yaml's text.
/// Each text replaced must be in the file, so a test cannot pass on a layout it never changed.
func defaultLayout(replacingInPDFYAML replacing: [(String, String)]) throws -> (layout: Layout, text: String) {
    var layout = try Layout.projectDefault()
    var text = String(decoding: layout.files["pdf.yaml"]!, as: UTF8.self)
    for (old, new) in replacing {
        XCTAssertTrue(text.contains(old), "the default pdf.yaml no longer has `\(old)`")
        text = text.replacingOccurrences(of: old, with: new)
    }
    layout.files["pdf.yaml"] = Array(text.utf8)
    return (layout, text)
}

/// A PDF rewritten by qpdf with its streams uncompressed and no object streams, as text, so
/// the operators a page draws with can be read line by line.
enum ExpandedPDF {
    static func text(ofPDFAt path: String) throws -> String {
        let expanded = RenderedEdition.directory.appendingPathComponent("qdf-\(UUID().uuidString).pdf").path
        defer { try? FileManager.default.removeItem(atPath: expanded) }
        let result = try Tool.run("qpdf", ["--qdf", "--object-streams=disable", path, expanded])
        XCTAssertEqual(result.status, 0, result.errors)
        return String(decoding: try Data(contentsOf: URL(fileURLWithPath: expanded)), as: UTF8.self)
    }

    static func text(of bytes: [UInt8]) throws -> String {
        try FileManager.default.createDirectory(at: RenderedEdition.directory, withIntermediateDirectories: true)
        let path = RenderedEdition.directory.appendingPathComponent("pdf-\(UUID().uuidString).pdf").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return try text(ofPDFAt: path)
    }
}
