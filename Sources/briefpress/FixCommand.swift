import ArgumentParser
import BriefPress

struct FixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "Repair the fixable style findings of editions in place; print what changed and what is left.",
        discussion: "Each file is rewritten atomically with its mode kept; only the faulty characters change, every line stays where it was, and a second run changes nothing. Findings no edit can mend are printed as warnings.")

    @Argument(help: "Edition files (editions/YYYY-MM-DD.md).")
    var editions: [String]

    func validate() throws {
        if editions.isEmpty { throw ValidationError("name at least one edition file") }
    }

    func run() throws {
        do {
            let outcome = try Pipeline.fix(editions)
            if !outcome.fixed.isEmpty { print(outcome.fixed.joined(separator: "\n")) }
            if !outcome.remaining.isEmpty { Reporting.printError(outcome.remaining.map(\.description).joined(separator: "\n")) }
        } catch { throw Reporting.fail(error) }
    }
}
