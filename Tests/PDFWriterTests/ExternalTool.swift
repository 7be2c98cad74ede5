import Foundation
import TestSupport
import XCTest

/// Runs the command-line tools that judge the PDFs (qpdf, poppler-utils, mupdf-tools). A tool
/// that is not installed is a missing prerequisite (skipped locally, a failure on CI).
enum ExternalTool {
    struct Result { var status: Int32; var stdout: String; var stderr: String; var data: Data }

    static func run(_ tool: String, _ arguments: [String]) throws -> Result {
        let result = try ToolProcess.run(Prerequisite.tool(tool), arguments)
        return Result(status: result.status, stdout: result.text, stderr: result.errors, data: result.output)
    }

    /// A fresh directory for one test's files, at a fixed path (the next run replaces it) so
    /// the PDFs and renderings of the last run can be looked at.
    static func temporaryDirectory(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("PDFWriterTests/\(name)")
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ bytes: [UInt8], to url: URL) throws {
        try Data(bytes).write(to: url)
    }
}

/// A greyscale raster (from a PGM file) to count ink in.
struct GrayRaster {
    var width: Int, height: Int, pixels: [UInt8]

    /// Reads binary PGM (P5, maxval 255), as written by `pdftoppm -gray` and `mutool draw -c gray`.
    init(pgm data: Data) throws {
        let bytes = [UInt8](data)
        var fields: [String] = []
        var position = 0
        while fields.count < 4 && position < bytes.count {
            while position < bytes.count && (bytes[position] == 0x20 || bytes[position] == 0x0A || bytes[position] == 0x0D || bytes[position] == 0x09) { position += 1 }
            if position < bytes.count && bytes[position] == UInt8(ascii: "#") {
                while position < bytes.count && bytes[position] != 0x0A { position += 1 }
                continue
            }
            var field = ""
            while position < bytes.count && !(bytes[position] == 0x20 || bytes[position] == 0x0A || bytes[position] == 0x0D || bytes[position] == 0x09) {
                field.append(Character(Unicode.Scalar(bytes[position]))); position += 1
            }
            fields.append(field)
        }
        position += 1
        guard fields.count == 4, fields[0] == "P5", let w = Int(fields[1]), let h = Int(fields[2]) else {
            throw NSError(domain: "PGM", code: 1, userInfo: [NSLocalizedDescriptionKey: "not a P5 PGM: \(fields)"])
        }
        width = w; height = h
        pixels = Array(bytes[position..<min(bytes.count, position + w * h)])
    }

    /// Anti-aliased 7 pt strokes at 72 dpi are mid-grey, so anything clearly darker than
    /// paper counts as ink.
    static let inkThreshold: UInt8 = 192

    /// Inked pixels inside a rectangle given in PDF points (origin bottom-left)
    /// on a page of `pageHeight` points rendered at `dpi`.
    func ink(x: Double, y: Double, width rectWidth: Double, height rectHeight: Double, pageHeight: Double, dpi: Double = 72) -> Int {
        let scale = dpi / 72
        let left = max(0, Int(x * scale)), right = min(width, Int((x + rectWidth) * scale))
        let top = max(0, Int((pageHeight - y - rectHeight) * scale)), bottom = min(height, Int((pageHeight - y) * scale))
        var count = 0
        if left >= right || top >= bottom { return 0 }
        for row in top..<bottom {
            for column in left..<right where pixels[row * width + column] < Self.inkThreshold { count += 1 }
        }
        return count
    }
}
