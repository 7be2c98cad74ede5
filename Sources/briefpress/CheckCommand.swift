import ArgumentParser
import BriefPress

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate editions, their publication and its layout; print nothing but problems.",
        discussion: "Style warnings (copy-editing rules, configurable under `lint:` in publication.yaml) are printed after the errors and do not fail the check unless --strict is given; `briefpress fix` repairs the fixable ones.")

    @Argument(help: "Edition files (editions/YYYY-MM-DD.md); publication.yaml is found in the nearest folder above each.")
    var editions: [String]

    @Flag(help: "Fail (exit status 65) when there are style warnings, too.")
    var strict = false

    func validate() throws {
        if editions.isEmpty { throw ValidationError("name at least one edition file") }
    }

    func run() throws {
        do {
            let warnings = try Pipeline.check(editions, strict: strict)
            if !warnings.isEmpty { Reporting.printError(warnings.map(\.description).joined(separator: "\n")) }
        } catch { throw Reporting.fail(error) }
    }
}
