import BriefPress
import Foundation

/// What the server serves, shared between the rebuild loop (which writes it) and the
/// request handlers (which read it): the last good outputs and the last report. A failed
/// rebuild changes the report only, so the outputs of the last good build stay served.
final class PreviewState: @unchecked Sendable {
    struct Snapshot: Sendable {
        var outputs: PreviewSession.Outputs?
        var epub: EPUBArchive?
        var chapter: String?
        var report: BuildReport
    }

    private var snapshot = Snapshot(report: BuildReport(version: 0, ok: false, milliseconds: 0, changed: [], outputs: [:], problems: []))
    private let lock = NSLock()

    var current: Snapshot { lock.withLock { snapshot } }

    /// Records a rebuild and returns its report.
    func record(_ result: Result<PreviewSession.Outputs, Error>, milliseconds: Int) -> BuildReport {
        lock.withLock {
            var next = snapshot
            next.report.version += 1
            next.report.milliseconds = milliseconds
            switch result {
            case .success(let outputs):
                next.report.ok = true
                next.report.problems = []
                next.report.changed = PreviewState.changedViews(from: snapshot.outputs, to: outputs)
                next.outputs = outputs
                next.report.outputs = ["pdf": "/out/\(outputs.pdf.name)", "wechat": "/out/\(outputs.article.name)",
                                       "epub": "/out/\(outputs.epub.name)"]
                do {
                    let archive = try EPUBArchive(outputs.epub.bytes)
                    let compactDate = outputs.epub.name.replacingOccurrences(of: ".epub", with: "").replacingOccurrences(of: "-", with: "")
                    next.epub = archive
                    next.chapter = archive.chapterName(compactDate: compactDate)
                } catch {
                    next.epub = nil
                    next.chapter = nil
                }
            case .failure(let error):
                next.report.ok = false
                next.report.changed = []
                next.report.problems = BuildReport.problems(of: error)
            }
            snapshot = next
            return next.report
        }
    }

    private static func changedViews(from old: PreviewSession.Outputs?, to new: PreviewSession.Outputs) -> [String] {
        guard let old else { return ["pdf", "wechat", "epub"] }
        var changed: [String] = []
        if old.pdf != new.pdf { changed.append("pdf") }
        if old.article != new.article || old.fragment != new.fragment || old.covers != new.covers { changed.append("wechat") }
        if old.epub != new.epub { changed.append("epub") }
        return changed
    }
}
