import ArgumentParser
import BriefModel
import BriefPress
import Foundation

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start an edition (and the publication, if the folder has none) from a template.",
        discussion: "Refuses to overwrite an existing edition.")

    @Argument(help: "The publication folder.")
    var publication: String = "."

    @Option(help: "The edition's day, YYYY-MM-DD (default: today).")
    var date: String?

    func validate() throws {
        if let date, EditionDate(date) == nil { throw ValidationError("`\(date)` is not a real day; write YYYY-MM-DD") }
    }

    func run() throws {
        let day = date.flatMap(EditionDate.init) ?? NewCommand.today()
        do {
            for url in try EditionTemplate.create(in: URL(fileURLWithPath: publication), date: day) { print(url.path) }
        } catch {
            throw Reporting.fail(error)
        }
    }

    /// Today in the editor's own time zone: an edition is named after the local day.
    static func today() -> EditionDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return EditionDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
