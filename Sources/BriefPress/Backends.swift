import BriefModel
import CoverBackend
import Dispatch
import Foundation
import EPUBBackend
import PDFBackend
import WeChatBackend

/// The one place that knows which backend makes which format. Each backend reads the model
/// and its own part of the layout and returns files; none of them knows the others. The
/// covers are drawn by their own backend and handed to the others as data: the WeChat
/// article comes with its covers (the 公众号 needs them beside the article), and the EPUB
/// carries its cover image.
///
/// A `Backends` value holds the backends of one layout, each built once: building one
/// decodes and checks its part of the layout (pdf.yaml, wechat.yaml, epub.css), so `check`
/// reports a broken layout as `build` would, and a build of many editions decodes it once.
struct Backends {
    /// What a backend returns to the pipeline: files to write and lines to tell the editor.
    struct Rendering {
        var files: [OutputFile]
        var notes: [String] = []
    }

    private var pdf: PDFRenderer?
    private var wechat: WeChatWriter?
    private var epub: EPUBWriter?
    private var covers: CoverRenderer?
    /// Set when `html` renders before `epub`: its square cover is the EPUB's cover image.
    private var handedOver: HandedOverCovers?
    private let imageBase: String?

    /// `embedFonts` embeds the print layout's serif and sans in the EPUB (see README).
    init(layout: Layout, formats: [OutputFormat], imageBase: String? = nil, sourceDate: UTCTimestamp? = nil,
         embedFonts: Bool = false) throws {
        self.imageBase = imageBase
        for format in formats {
            switch format {
            case .pdf: pdf = try PDFRenderer(layout: layout, sourceDate: sourceDate)
            case .html: wechat = try WeChatWriter(layout: layout, imageBase: imageBase)
            case .epub:
                let faces = embedFonts ? try PDFRenderer(layout: layout).textFaceFiles().map { FontFaceFile(path: $0.path, index: $0.index) } : []
                epub = try EPUBWriter(layout: layout, sourceDate: sourceDate, embedding: faces)
            }
        }
        if formats.contains(.html) || formats.contains(.epub) { covers = try CoverRenderer(layout: layout) }
        if let html = formats.firstIndex(of: .html), let epub = formats.firstIndex(of: .epub), html < epub {
            handedOver = HandedOverCovers()
        }
    }

    /// Renders `briefing` in `format`, which must be one of the formats this value was built for.
    func render(_ format: OutputFormat, _ briefing: Briefing) throws -> Rendering {
        switch format {
        case .pdf:
            return Rendering(files: [try pdf!.render(briefing)])
        case .html:
            let covers = try self.covers!.wechatCovers(briefing)
            handedOver?.leave(covers[1].bytes, for: briefing.edition.date)
            let article = try wechat!.render(briefing, cover: CoverRenderer.articleCoverName(for: briefing.edition.date))
            let uploads = article.uploads.map { "upload to \(imageBase ?? ""): \($0.name)" }
            return Rendering(files: [article.page] + article.uploads + covers, notes: uploads + [article.sizeWarning].compactMap { $0 })
        case .epub:
            let cover = try handedOver?.take(for: briefing.edition.date) ?? covers!.bookCover(briefing)
            return Backends.rendering(try epub!.editionBook(briefing, cover: cover))
        }
    }

    /// Renders `briefing` in every format of `formats`, returned in that order. The PDF is
    /// set on one core while the covers, the article and the EPUB are made on the other, so
    /// drawing the covers adds nothing to a build's time where a core is free (many
    /// editions already fill the cores, and then this runs as one lane after the other).
    /// Each lane stops at its first failure; of the lanes' failures, the one first in
    /// `formats` is thrown, as a build of one format after the other would.
    func renderAll(_ formats: [OutputFormat], _ briefing: Briefing) throws -> [Rendering] {
        let print = formats.indices.filter { formats[$0] == .pdf }
        let screen = formats.indices.filter { formats[$0] != .pdf }
        let lanes = [print, screen].filter { !$0.isEmpty }
        var outcomes: [Result<[(index: Int, rendering: Rendering)], LaneFailure>] = []
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: lanes.count) { lane in
            let outcome = render(lane: lanes[lane], formats, briefing)
            lock.withLock { outcomes.append(outcome) }
        }
        var renderings: [(index: Int, rendering: Rendering)] = [], failures: [LaneFailure] = []
        for outcome in outcomes {
            switch outcome {
            case .success(let done): renderings += done
            case .failure(let failure): failures.append(failure)
            }
        }
        if let first = failures.min(by: { $0.index < $1.index }) { throw first.error }
        // No lane failed, and the lanes share out every index of `formats`: each is here once.
        return renderings.sorted { $0.index < $1.index }.map(\.rendering)
    }

    /// Why a lane stopped: the error, and the index in `formats` of the format that threw it.
    private struct LaneFailure: Error {
        var index: Int
        var error: Error
    }

    /// The formats at `indices`, one after the other, up to the first that fails.
    private func render(lane indices: [Int], _ formats: [OutputFormat], _ briefing: Briefing)
        -> Result<[(index: Int, rendering: Rendering)], LaneFailure> {
        var done: [(index: Int, rendering: Rendering)] = []
        for index in indices {
            do {
                done.append((index, try render(formats[index], briefing)))
            } catch {
                return .failure(LaneFailure(index: index, error: error))
            }
        }
        return .success(done)
    }

    /// The monthly bundle (EPUB); needs a value built for `.epub`.
    func bundle(_ publication: Publication, _ editions: [Edition], month: EditionMonth) throws -> Rendering {
        let cover = try covers!.bookCover(publication: publication, editions: editions, month: month)
        return Backends.rendering(try epub!.bundleBook(publication: publication, editions: editions, month: month, cover: cover))
    }

    /// An EPUB, and with embedded fonts a line saying what they add (they are the book's bulk).
    private static func rendering(_ book: EPUBWriter.Book) -> Rendering {
        guard book.embeddedFontBytes > 0 else { return Rendering(files: [book.file]) }
        let total = book.file.bytes.count
        let share = Int((Double(book.embeddedFontBytes) * 100 / Double(max(total, 1))).rounded())
        return Rendering(files: [book.file],
                         notes: ["note: \(book.file.name): embedded fonts add \(book.embeddedFontBytes) bytes (\(share) % of \(total))"])
    }

    /// One-time set-up a backend can start in the background before the sources are read.
    static func warmUp(_ format: OutputFormat) {
        switch format {
        case .pdf: PDFRenderer.warmUp()
        // Both draw covers, whose text needs fontconfig as the PDF's does.
        case .html, .epub: CoverRenderer.warmUp()
        }
    }
}
