import ArgumentParser
import BriefPress

@main
struct BriefPressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefpress",
        abstract: "Publish a Chinese daily briefing as a print PDF, a WeChat article and an EPUB.",
        // One line per paragraph: ArgumentParser wraps each line to the terminal on its own,
        // so a line broken by hand would come out broken twice. Example lines stay short.
        discussion: """
        A publication is a folder holding publication.yaml, assets/ and editions/YYYY-MM-DD.md. \
        Every command finds publication.yaml in the nearest folder above the edition it is given.

        Examples, run inside a publication:
          briefpress new .
          briefpress check editions/2026-05-28.md
          briefpress fix editions/2026-05-28.md
          briefpress build editions/2026-05-28.md
          briefpress preview editions/2026-05-28.md
          briefpress bundle . --month 2026-05

        Exit status: 0 success, 64 bad usage, 65 a problem in a source, 66 a missing or unreadable file, \
        70 an internal error, 73 an output cannot be written, 78 a layout or font problem.
        """,
        subcommands: [CheckCommand.self, FixCommand.self, BuildCommand.self, BundleCommand.self, NewCommand.self, PreviewCommand.self]
    )
}
