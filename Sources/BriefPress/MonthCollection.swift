import BriefModel
import BriefReader
import Foundation

/// The editions of one month in a publication, read in date order, with the days that have
/// no edition and the editions that fail to read, so the bundle can report both.
public struct MonthCollection {
    public var publication: Publication
    public var editions: [Edition]
    /// Days of the month (up to the last edition's day) with no edition file.
    public var missingDays: [EditionDate]
    /// Editions that did not read, with their problems (an unreadable file as one problem
    /// at its line 1, column 1).
    public var failures: [(path: String, errors: SourceErrors)]

    public struct Failure: StatusCarryingError, CustomStringConvertible {
        public var description: String
        public var exitStatus: ExitStatus { .noInput }
        public var failureMessage: String { description }
    }

    /// `progress` is called before each edition is read. Only files named after a day of
    /// `month` (`2026-05-28.md`) are editions; drafts such as `2026-05-28-draft.md` are not.
    public static func read(publicationDirectory: URL, month: EditionMonth,
                            progress: (_ index: Int, _ total: Int, _ path: String) -> Void = { _, _, _ in }) throws -> MonthCollection {
        let publication = try BriefingReader.readPublication(in: publicationDirectory)
        let editionsDir = publicationDirectory.appendingPathComponent("editions")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: editionsDir.path)) ?? [])
            .filter { name in
                guard name.hasSuffix(".md"), let date = EditionDate(String(name.dropLast(3))) else { return false }
                return month.contains(date)
            }
            .sorted()
        guard !names.isEmpty else {
            throw Failure(description: "\(editionsDir.path): error: no editions of \(month)\n  hint: editions are named editions/\(month)-DD.md")
        }
        var editions: [Edition] = []
        var failures: [(String, SourceErrors)] = []
        var present: Set<Int> = []
        for (i, name) in names.enumerated() {
            let path = editionsDir.appendingPathComponent(name).path
            progress(i, names.count, path)
            do {
                let edition = try BriefingReader.readEdition(at: path, of: publication)
                editions.append(edition)
                present.insert(edition.date.day)
            } catch let errors as SourceErrors {
                failures.append((path, errors))
                if let d = EditionDate(String(name.dropLast(3))) { present.insert(d.day) }
            } catch let unreadable as UnreadableSourceFile {
                // A day's name that cannot be read (a folder, no permission) is an invalid
                // edition like any other, so --skip-invalid can leave it out.
                let place = SourceLocation(file: unreadable.path, line: 1, column: 1)
                failures.append((path, SourceErrors([Diagnostic(place, "cannot read the edition (\(unreadable.reason))")])))
                if let d = EditionDate(String(name.dropLast(3))) { present.insert(d.day) }
            }
        }
        let lastDay = names.compactMap { EditionDate(String($0.dropLast(3)))?.day }.max() ?? 0
        let missing = (1...max(lastDay, 1)).filter { !present.contains($0) }
            .compactMap { EditionDate(year: month.year, month: month.month, day: $0) }
        return MonthCollection(publication: publication, editions: editions.sorted { $0.date < $1.date },
                               missingDays: missing, failures: failures)
    }
}
