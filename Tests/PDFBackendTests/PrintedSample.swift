import BriefReader
import Foundation
import TestSupport

/// A sample publication's edition printed and read back the way a reader's tools see it:
/// the PDF, its characters and lines (pdftotext), and the body paragraphs found in them.
/// Rendered once per test run for all the tests that judge it.
final class PrintedSample {
    let sample: SamplePublication
    let edition: RenderedEdition
    let chars: [PrintedChar]
    let lines: [PrintedLine]
    let body: BodyParagraphs

    private init(_ sample: SamplePublication) throws {
        self.sample = sample
        edition = try RenderedEdition(BriefingReader.read(editionAt: sample.edition))
        // Without mutool this throws the prerequisite error: no test judges an empty page.
        chars = try PrintedText.chars(ofPDF: edition.path)
        lines = PrintedText.lines(chars)
        body = BodyParagraphs(lines: lines, sources: SourceParagraphs.body(edition.briefing))
    }

    /// The printed edition of `sample`, made on first use.
    static func of(_ sample: SamplePublication) throws -> PrintedSample {
        if let done = printed[sample.edition] { return try done.get() }
        let result = Result { try PrintedSample(sample) }
        printed[sample.edition] = result
        return try result.get()
    }

    /// Test methods run one at a time on XCTest's main thread.
    private static var printed: [String: Result<PrintedSample, Error>] = [:]
}
