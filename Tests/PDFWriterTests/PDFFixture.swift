import Foundation
import PDFWriter

/// Writes a document to a temporary file for the command-line tools.
struct PDFFixture {
    let file: URL
    let bytes: [UInt8]

    init(_ document: PDFDocument, name: String) throws {
        bytes = try document.write()
        let directory = try ExternalTool.temporaryDirectory(name)
        file = directory.appendingPathComponent("\(name).pdf")
        try ExternalTool.write(bytes, to: file)
    }

    var directory: URL { file.deletingLastPathComponent() }

    func text() throws -> String { try ExternalTool.run("pdftotext", ["-enc", "UTF-8", file.path, "-"]).stdout }

    func qpdfCheck() throws -> ExternalTool.Result { try ExternalTool.run("qpdf", ["--check", file.path]) }

    func fonts() throws -> String { try ExternalTool.run("pdffonts", [file.path]).stdout }

    /// Page 1 rendered by pdftoppm (colour, 72 dpi): RGB bytes and width.
    func renderRGB(dpi: Int = 72) throws -> (pixels: [UInt8], width: Int, height: Int) {
        let stem = directory.appendingPathComponent("render").path
        _ = try ExternalTool.run("pdftoppm", ["-r", "\(dpi)", "-singlefile", "-f", "1", "-l", "1", file.path, stem])
        let ppm = [UInt8](try Data(contentsOf: URL(fileURLWithPath: stem + ".ppm")))
        var fields: [Int] = [], position = 2, current = ""
        while fields.count < 3 {
            let c = ppm[position]; position += 1
            if c >= 0x30 && c <= 0x39 { current.append(Character(Unicode.Scalar(c))) }
            else if !current.isEmpty { fields.append(Int(current)!); current = "" }
        }
        return (Array(ppm[position...]), fields[0], fields[1])
    }

    /// Page 1 in grey from pdftoppm and mutool draw.
    func renderGray() throws -> [(engine: String, raster: GrayRaster)] {
        let stem = directory.appendingPathComponent("gray").path
        _ = try ExternalTool.run("pdftoppm", ["-r", "72", "-gray", "-singlefile", "-f", "1", "-l", "1", file.path, stem])
        let muPath = directory.appendingPathComponent("mu.pgm").path
        _ = try ExternalTool.run("mutool", ["draw", "-q", "-r", "72", "-c", "gray", "-o", muPath, file.path, "1"])
        return [
            ("pdftoppm", try GrayRaster(pgm: Data(contentsOf: URL(fileURLWithPath: stem + ".pgm")))),
            ("mutool draw", try GrayRaster(pgm: Data(contentsOf: URL(fileURLWithPath: muPath)))),
        ]
    }

    static func info(_ title: String) -> PDFInfo { PDFInfo(title: title, date: (2024, 5, 1, 0, 0, 0)) }
}
