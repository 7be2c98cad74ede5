import ArgumentParser
import BriefPress

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate editions, their publication and its layout; print nothing but problems.")

    @Argument(help: "Edition files (editions/YYYY-MM-DD.md); publication.yaml is found in the nearest folder above each.")
    var editions: [String]

    func validate() throws {
        if editions.isEmpty { throw ValidationError("name at least one edition file") }
    }

    func run() throws {
        do { try Pipeline.check(editions) } catch { throw Reporting.fail(error) }
    }
}
