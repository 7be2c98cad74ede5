import BriefPress
import Foundation

/// Renders the edition again whenever a file it is made from changes, on a thread of its
/// own (rendering is CPU work that must not hold up the server's tasks), and tells the
/// state and the event stream. One render at a time; changes made during a render are
/// picked up by the next wait.
final class RebuildLoop: @unchecked Sendable {
    private let session: PreviewSession
    private let state: PreviewState
    private let events: EventStream
    private let watcher: SourceWatcher

    init(session: PreviewSession, state: PreviewState, events: EventStream) throws {
        self.session = session
        self.state = state
        self.events = events
        watcher = try SourceWatcher()
    }

    /// Renders once (the server then starts with outputs or problems to show).
    func renderFirst() {
        rebuild(changed: nil)
    }

    /// Starts watching and rebuilding; runs until the process ends.
    func start() {
        let thread = Thread { [self] in
            while true {
                watcher.watch(folders: Set(session.sourceFiles.map { ($0 as NSString).deletingLastPathComponent }))
                let changed = watcher.waitForChanges()
                if let changed, changed.isDisjoint(with: session.sourceFiles) { continue }
                rebuild(changed: changed)
            }
        }
        thread.name = "briefpress-preview-rebuild"
        thread.start()
    }

    private func rebuild(changed: Set<String>?) {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = Result { try session.render(changed: changed) }
        let milliseconds = Int((DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        let report = state.record(result, milliseconds: milliseconds)
        events.send(EventStream.message(event: "build", json: report.json))
    }
}
