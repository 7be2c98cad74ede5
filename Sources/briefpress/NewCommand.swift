import ArgumentParser
import BriefModel
import BriefPress
import Foundation

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start an edition (and the publication, if the folder has none) from a template.",
        discussion: "Writes editions/YYYY-MM-DD.md, and publication.yaml and assets/ when the folder has no publication.yaml. Refuses to overwrite an existing file.")

    @Argument(help: "The publication folder.")
    var publication: String = "."

    @Option(help: "The edition's day, YYYY-MM-DD (default: today).")
    var date: String?

    func validate() throws {
        if let date, EditionDate(date) == nil { throw ValidationError("`\(date)` is not a real day; write YYYY-MM-DD") }
    }

    func run() throws {
        let day = date.flatMap(EditionDate.init) ?? EditionTemplate.today()
        do {
            for url in try EditionTemplate.create(in: URL(fileURLWithPath: publication), date: day) { print(url.path) }
        } catch {
            throw Reporting.fail(error)
        }
    }
}
