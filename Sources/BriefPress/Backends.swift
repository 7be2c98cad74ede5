import BriefModel
import EPUBBackend
import PDFBackend
import WeChatBackend

/// The one place that knows which backend makes which format. Each backend reads the model
/// and the layout and returns files; none of them knows the others.
enum Backends {
    /// What a backend returns to the pipeline: files to write and lines to tell the editor.
    struct Rendering {
        var files: [OutputFile]
        var notes: [String] = []
    }

    typealias Renderer = (Briefing, Layout, BuildOptions) throws -> Rendering

    static let renderers: [OutputFormat: Renderer] = [
        .pdf: { briefing, layout, _ in Rendering(files: [try PDFRenderer(layout: layout).render(briefing)]) },
        .html: { briefing, layout, options in
            let article = try WeChatWriter(layout: layout, imageBase: options.imageBase).render(briefing)
            let uploads = article.uploads.map { "upload to \(options.imageBase ?? ""): \($0.name)" }
            return Rendering(files: [article.page] + article.uploads, notes: uploads)
        },
        .epub: { briefing, layout, _ in Rendering(files: [try EPUBWriter(layout: layout).edition(briefing)]) },
    ]

    /// One-time set-up a backend can start in the background before the sources are read.
    static let warmUps: [OutputFormat: () -> Void] = [
        .pdf: PDFRenderer.warmUp,
    ]

    typealias BundleRenderer = (Publication, [Edition], String, Layout) throws -> OutputFile

    /// The monthly bundle's backend (EPUB).
    static let bundleRenderer: BundleRenderer? = { publication, editions, month, layout in
        try EPUBWriter(layout: layout).bundle(publication: publication, editions: editions, month: EditionMonth(month)!)  // MonthCollection.read has checked it
    }

    /// The formats whose backend is in this binary, in a stable order.
    static var available: [OutputFormat] { OutputFormat.allCases.filter { renderers[$0] != nil } }
}
