import Foundation
import TestSupport
import XCTest
@testable import PDFWriter

/// Judges the sample document with the tools a reader's PDF stack uses: qpdf for structure,
/// poppler for fonts and text, poppler and MuPDF for rendering, mutool for the outline.
final class CJKDocumentTests: XCTestCase {
    private static var cached: (SampleDocument, URL)?

    /// Built once for all tests in this class (shaping and subsetting four CJK faces).
    private func sample() throws -> (SampleDocument, URL) {
        if let cached = Self.cached { return cached }
        let directory = try ExternalTool.temporaryDirectory("cjk")
        let sample = try SampleDocument.build(in: directory)
        let file = directory.appendingPathComponent("sample.pdf")
        try ExternalTool.write(sample.bytes, to: file)
        Self.cached = (sample, file)
        return (sample, file)
    }

    func testQpdfFindsNoProblems() throws {
        let (_, file) = try sample()
        let result = try ExternalTool.run("qpdf", ["--check", file.path])
        XCTAssertEqual(result.status, 0, "qpdf --check exit status; output:\n\(result.stdout)\(result.stderr)")
        XCTAssertTrue(result.stdout.contains("No syntax or stream encoding errors found"), "qpdf --check said:\n\(result.stdout)")
        XCTAssertTrue(result.stderr.isEmpty, "qpdf warnings: \(result.stderr)")
    }

    func testEveryFontIsAnEmbeddedSubsetCIDType0CWithToUnicode() throws {
        let (_, file) = try sample()
        let result = try ExternalTool.run("pdffonts", [file.path])
        let rows = result.stdout.split(separator: "\n").dropFirst(2)
        XCTAssertEqual(rows.count, 4, "expected four fonts (serif/sans × regular/bold), pdffonts listed:\n\(result.stdout)")
        let expectedNames = ["NotoSerifCJKsc-Regular", "NotoSerifCJKsc-Bold", "NotoSansCJKsc-Regular", "NotoSansCJKsc-Bold"]
        for name in expectedNames {
            guard let row = rows.first(where: { $0.contains("+\(name)-Identity-H ") }) else {
                XCTFail("no subset font named ABCDEF+\(name) in:\n\(result.stdout)"); continue
            }
            XCTAssertTrue(row.contains("CID Type 0C ") && !row.contains("(OT)"), "type of \(name): expected CID Type 0C, found: \(row)")
            XCTAssertTrue(row.contains("Identity-H"), "encoding of \(name): \(row)")
            let flags = row.split(separator: " ").filter { $0 == "yes" || $0 == "no" }
            XCTAssertEqual(flags, ["yes", "yes", "yes"], "emb/sub/uni of \(name): expected yes yes yes, found \(flags) in: \(row)")
        }
    }

    func testExtractedTextIsExactlyTheDrawnText() throws {
        let (sample, file) = try sample()
        let result = try ExternalTool.run("pdftotext", ["-enc", "UTF-8", file.path, "-"])
        XCTAssertEqual(result.status, 0)
        // Whitespace is compared loosely: pdftotext infers word gaps from glyph distances
        // and drops narrow spaces next to wide punctuation ("— 1 —" → "—1—").
        let expected = sample.lines.map(\.text).joined().filter { !$0.isWhitespace }
        let found = result.stdout.filter { !$0.isWhitespace }
        XCTAssertEqual(found, expected, "pdftotext text differs from the drawn text")
        // A space drawn between Latin words must survive extraction.
        XCTAssertTrue(normalised(result.stdout).contains("详见 briefpress.example 网站"),
                      "expected the Latin word spaces kept; pdftotext gave:\n\(result.stdout)")
    }

    func testBothRenderersDrawInkWhereTextIs() throws {
        let (sample, file) = try sample()
        let directory = file.deletingLastPathComponent()
        for page in 0..<3 {
            let popplerStem = directory.appendingPathComponent("poppler-\(page + 1)").path
            _ = try ExternalTool.run("pdftoppm", ["-r", "72", "-gray", "-singlefile", "-f", "\(page + 1)", "-l", "\(page + 1)", file.path, popplerStem])
            let muPath = directory.appendingPathComponent("mupdf-\(page + 1).pgm").path
            _ = try ExternalTool.run("mutool", ["draw", "-q", "-r", "72", "-c", "gray", "-o", muPath, file.path, "\(page + 1)"])
            let rasters = [
                ("pdftoppm", try GrayRaster(pgm: Data(contentsOf: URL(fileURLWithPath: popplerStem + ".pgm")))),
                ("mutool draw", try GrayRaster(pgm: Data(contentsOf: URL(fileURLWithPath: muPath)))),
            ]
            for (engine, raster) in rasters {
                for line in sample.lines where line.page == page {
                    let ink = raster.ink(x: line.x, y: line.y + line.rise - 0.2 * line.size, width: line.width, height: line.size * 1.1,
                                         pageHeight: SampleDocument.pageHeight)
                    let area = line.width * line.size * 1.1
                    // Real CJK glyphs cover roughly 10–30% of their em box at 72 dpi; blank
                    // glyphs (wrong CID, broken font program) cover 0%.
                    XCTAssertGreaterThan(Double(ink) / area, 0.04,
                                         "\(engine), page \(page + 1): expected ink under “\(line.text)”, found \(ink) dark pixels in \(Int(area)) pt²")
                }
                let emptyMargin = raster.ink(x: 0, y: 100, width: 60, height: 600, pageHeight: SampleDocument.pageHeight)
                XCTAssertEqual(emptyMargin, 0, "\(engine), page \(page + 1): the left margin should be blank")
            }
        }
    }

    func testImagesRenderWithTransparencyAndColour() throws {
        let (sample, file) = try sample()
        let directory = file.deletingLastPathComponent()
        let stem = directory.appendingPathComponent("images").path
        _ = try ExternalTool.run("pdftoppm", ["-r", "72", "-singlefile", "-f", "2", "-l", "2", file.path, stem])
        let ppm = [UInt8](try Data(contentsOf: URL(fileURLWithPath: stem + ".ppm")))
        // Header "P6\nW H\n255\n": find the pixel data after the third newline.
        var newlines = 0, start = 0
        while newlines < 3 { if ppm[start] == 0x0A { newlines += 1 }; start += 1 }
        func pixel(_ x: Double, _ y: Double) -> [UInt8] {
            let column = Int(x), row = Int(SampleDocument.pageHeight - y)
            let offset = start + (row * 595 + column) * 3
            return Array(ppm[offset..<offset + 3])
        }
        let png = sample.imageRects[0]
        XCTAssertEqual(pixel(png.x + 3, png.y + 3), [255, 255, 255], "PNG corner is transparent: page white should show")
        let centre = pixel(png.x + png.width / 2, png.y + png.height / 2)
        XCTAssertNotEqual(centre, [255, 255, 255], "PNG centre is opaque: expected colour, found white")
        let jpeg = sample.imageRects[1]
        let top = pixel(jpeg.x + jpeg.width / 2, jpeg.y + jpeg.height - 10)
        let bottom = pixel(jpeg.x + jpeg.width / 2, jpeg.y + 10)
        XCTAssertTrue(top[2] > 150 && top[0] < 80, "JPEG top band should be blue, found \(top)")
        XCTAssertTrue(bottom[0] > 150 && bottom[2] < 80, "JPEG bottom band should be red, found \(bottom)")
    }

    func testOutlineListsTheBookmarksInOrder() throws {
        let (sample, file) = try sample()
        let result = try ExternalTool.run("mutool", ["show", file.path, "outline"])
        let titles = sample.outlineTitles.filter { result.stdout.contains($0) }
        XCTAssertEqual(titles, sample.outlineTitles, "mutool show outline printed:\n\(result.stdout)")
        let order = sample.outlineTitles.compactMap { result.stdout.range(of: $0)?.lowerBound }
        XCTAssertEqual(order, order.sorted(), "bookmarks out of order:\n\(result.stdout)")
        XCTAssertTrue(result.stdout.contains("\t"), "children should be indented under their parent:\n\(result.stdout)")
    }

    func testNamedDestinationsAndLinksResolve() throws {
        let (_, file) = try sample()
        let dests = try ExternalTool.run("pdfinfo", ["-dests", file.path])
        for (name, page) in [("ref-1", 3), ("sec-1", 1), ("sec-2", 2)] {
            let line = dests.stdout.split(separator: "\n").first { $0.contains("\"\(name)\"") }
            XCTAssertNotNil(line, "pdfinfo -dests should list \(name):\n\(dests.stdout)")
            XCTAssertTrue(line?.trimmingCharacters(in: .whitespaces).hasPrefix("\(page) ") ?? false, "\(name) should be on page \(page): \(line ?? "")")
        }
        let annotation = try ExternalTool.run("mutool", ["show", file.path, "trailer/Root/Pages/Kids/1/Annots/2/A/URI"])
        XCTAssertTrue(annotation.stdout.contains("https://briefpress.example/%E6%96%B0%E9%97%BB?q=%E4%B8%AD%E6%96%87%20%E7%AE%80%E6%8A%A5"),
                      "URI should be percent-encoded ASCII, found: \(annotation.stdout)")
    }

    func testInfoAndXMPCarryTheSameMetadata() throws {
        let (_, file) = try sample()
        let info = try ExternalTool.run("pdfinfo", [file.path])
        XCTAssertTrue(info.stdout.contains("Title:           新知日报 第128期"), "pdfinfo:\n\(info.stdout)")
        XCTAssertTrue(info.stdout.contains("Author:          新知编辑部"), "pdfinfo:\n\(info.stdout)")
        XCTAssertTrue(info.stdout.contains("Producer:        BriefPress"), "pdfinfo:\n\(info.stdout)")
        XCTAssertTrue(info.stdout.contains("Pages:           3"), "pdfinfo:\n\(info.stdout)")
        let meta = try ExternalTool.run("pdfinfo", ["-meta", file.path])
        for fragment in ["<rdf:li xml:lang=\"x-default\">新知日报 第128期</rdf:li>", "<rdf:li>新知编辑部</rdf:li>",
                         "<rdf:li>zh-CN</rdf:li>", "<xmp:CreateDate>2024-05-01T08:30:00Z</xmp:CreateDate>",
                         "<pdf:Producer>BriefPress</pdf:Producer>"] {
            XCTAssertTrue(meta.stdout.contains(fragment), "XMP should contain \(fragment); found:\n\(meta.stdout)")
        }
        let catalog = try ExternalTool.run("mutool", ["show", file.path, "trailer/Root"])
        for entry in ["/Lang", "/DisplayDocTitle true", "/PageMode /UseOutlines"] {
            XCTAssertTrue(catalog.stdout.contains(entry), "catalog should contain \(entry):\n\(catalog.stdout)")
        }
    }

    func testTwoWritesAreByteIdentical() throws {
        let directory = try ExternalTool.temporaryDirectory("determinism")
        let first = try SampleDocument.build(in: directory).bytes
        let second = try SampleDocument.build(in: directory).bytes
        XCTAssertEqual(first.count, second.count, "sizes differ")
        XCTAssertTrue(first == second, "two builds of the same document differ")
    }

    /// Swift seeds hashing per process, so Dictionary/Set order only shows up across
    /// processes: this test runs itself twice as a child (the test binary with a filter and
    /// an output path in the environment) and compares the children's files with its own.
    func testSeparateProcessesWriteIdenticalBytes() throws {
        let directory = try ExternalTool.temporaryDirectory("processes-\(getpid())")
        if let output = ProcessInfo.processInfo.environment[Self.childOutputVariable] {
            try ExternalTool.write(try SampleDocument.build(in: directory).bytes, to: URL(fileURLWithPath: output))
            return
        }
        let reference = try SampleDocument.build(in: directory).bytes
        let binary = CommandLine.arguments[0]
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw Prerequisite.missing("a test binary that can be run as a child (\(binary))", remedy: "run the tests with swift test")
        }
        for child in 1...2 {
            let output = directory.appendingPathComponent("child-\(child).pdf")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["PDFWriterTests.CJKDocumentTests/testSeparateProcessesWriteIdenticalBytes"]
            process.environment = ProcessInfo.processInfo.environment.merging([Self.childOutputVariable: output.path]) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, "child \(child) failed")
            guard FileManager.default.fileExists(atPath: output.path) else {
                XCTFail("child \(child) wrote no PDF (exit \(process.terminationStatus))")
                continue
            }
            let bytes = [UInt8](try Data(contentsOf: output))
            XCTAssertTrue(bytes == reference, "child process \(child) wrote \(bytes.count) bytes that differ from this process's \(reference.count)")
        }
        try? FileManager.default.removeItem(at: directory)
    }

    private static let childOutputVariable = "PDFWRITER_TEST_SAMPLE_OUTPUT"

    private func normalised(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
