import ArgumentParser
import BriefPress

@main
struct BriefPressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefpress",
        abstract: "Publish a Chinese daily briefing as a print PDF, a WeChat article and an EPUB.",
        discussion: """
        A publication is a folder with publication.yaml, assets/ and editions/YYYY-MM-DD.md.
        Run briefpress inside it, e.g.:

          briefpress new .                         start today's edition
          briefpress check editions/2026-05-28.md  report problems, nothing else
          briefpress build editions/2026-05-28.md  write out/2026-05-28.{pdf,wechat.html,epub}
          briefpress bundle . --month 2026-05      write out/2026-05.epub

        Exit status: 0 success, 64 bad usage, 65 a problem in a source, 66 a missing file,
        73 an output cannot be written, 78 a layout or font problem.
        """,
        subcommands: [CheckCommand.self, BuildCommand.self, BundleCommand.self, NewCommand.self]
    )
}
