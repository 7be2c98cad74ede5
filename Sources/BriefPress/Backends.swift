import BriefModel
import EPUBBackend
import PDFBackend
import WeChatBackend

/// The one place that knows which backend makes which format. Each backend reads the model
/// and the layout and returns files; none of them knows the others. All three are always
/// linked, so each question is a plain switch over the formats.
enum Backends {
    /// What a backend returns to the pipeline: files to write and lines to tell the editor.
    struct Rendering {
        var files: [OutputFile]
        var notes: [String] = []
    }

    static func render(_ format: OutputFormat, _ briefing: Briefing, layout: Layout, options: BuildOptions) throws -> Rendering {
        switch format {
        case .pdf:
            return Rendering(files: [try PDFRenderer(layout: layout, sourceDate: options.sourceDate).render(briefing)])
        case .html:
            let article = try WeChatWriter(layout: layout, imageBase: options.imageBase).render(briefing)
            let uploads = article.uploads.map { "upload to \(options.imageBase ?? ""): \($0.name)" }
            return Rendering(files: [article.page] + article.uploads, notes: uploads)
        case .epub:
            return Rendering(files: [try EPUBWriter(layout: layout, sourceDate: options.sourceDate).edition(briefing)])
        }
    }

    /// Decodes and checks the format's part of the layout (pdf.yaml, wechat.yaml, epub.css)
    /// without rendering, so `check` reports a broken layout as `build` would.
    static func validate(_ layout: Layout, for format: OutputFormat) throws {
        switch format {
        case .pdf: _ = try PDFRenderer(layout: layout)
        case .html: _ = try WeChatWriter(layout: layout)
        case .epub: _ = try EPUBWriter(layout: layout)
        }
    }

    /// One-time set-up a backend can start in the background before the sources are read.
    static func warmUp(_ format: OutputFormat) {
        switch format {
        case .pdf: PDFRenderer.warmUp()
        case .html, .epub: break
        }
    }

    /// The monthly bundle (EPUB).
    static func bundle(_ publication: Publication, _ editions: [Edition], month: EditionMonth, layout: Layout,
                       sourceDate: UTCTimestamp?) throws -> OutputFile {
        try EPUBWriter(layout: layout, sourceDate: sourceDate).bundle(publication: publication, editions: editions, month: month)
    }
}
