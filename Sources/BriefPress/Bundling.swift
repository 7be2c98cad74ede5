import BriefModel
import Foundation

extension Pipeline {
    public struct BundleResult {
        public var written: URL
        public var notes: [String]
    }

    /// `briefpress bundle`: every edition of `month` into one EPUB. Missing days are reported;
    /// an edition that fails to read stops the bundle (with every problem listed) unless
    /// `skipInvalid` is set, in which case it is left out and still reported.
    public static func bundle(publicationDirectory: URL, month: EditionMonth, outputDirectory: URL, skipInvalid: Bool,
                              sourceDate: UTCTimestamp? = nil, embedFonts: Bool = false,
                              progress: (Int, Int, String) -> Void = { _, _, _ in }) throws -> BundleResult {
        let collection = try MonthCollection.read(publicationDirectory: publicationDirectory, month: month, progress: progress)
        var notes: [String] = []
        if !collection.missingDays.isEmpty {
            notes.append("note: no edition for \(dayRanges(collection.missingDays)) (\(collection.missingDays.count) day\(collection.missingDays.count == 1 ? "" : "s"))")
        }
        if !collection.failures.isEmpty {
            let all = collection.failures.flatMap(\.errors.diagnostics)
            // With every edition invalid there is nothing left to bundle: the sources are
            // the problem (65), whatever --skip-invalid says.
            if !skipInvalid || collection.editions.isEmpty { throw SourceErrors(all) }
            notes.append(SourceErrors(all).description)
            notes.append("warning: left out \(collection.failures.count) invalid edition\(collection.failures.count == 1 ? "" : "s"): "
                         + collection.failures.map { URL(fileURLWithPath: $0.path).lastPathComponent }.joined(separator: ", "))
        }
        guard !collection.editions.isEmpty else {
            throw MonthCollection.Failure(description: "error: no edition of \(month) could be read; nothing to bundle")
        }
        let layout = try LayoutLoader.load(collection.publication.layout, publicationDirectory: collection.publication.directory,
                                           at: collection.publication.layoutLocation)
        let backends = try Backends(layout: layout, formats: [.epub], sourceDate: sourceDate, embedFonts: embedFonts)
        let book = try backends.bundle(collection.publication, collection.editions, month: month)
        let written = try OutputWriter(directory: outputDirectory).write([book.files[0]])
        notes += book.notes
        notes.append("bundled \(collection.editions.count) edition\(collection.editions.count == 1 ? "" : "s") of \(month)")
        return BundleResult(written: written[0], notes: notes)
    }

    /// The text that redraws a terminal's progress line before edition `index` of `total`
    /// is read (carriage return, erase line), and clears it before the last.
    public static func progressLine(index: Int, total: Int, path: String) -> String {
        let name = URL(fileURLWithPath: path).lastPathComponent
        return index + 1 < total ? "\r\u{1B}[K[\(index + 1)/\(total)] \(name)" : "\r\u{1B}[K"
    }

    /// "2026-05-01–03, 2026-05-09": consecutive days folded into ranges, so a month with a
    /// late start reads as one line.
    public static func dayRanges(_ days: [EditionDate]) -> String {
        var parts: [String] = []
        var i = 0
        while i < days.count {
            var j = i
            while j + 1 < days.count, days[j + 1].day == days[j].day + 1 { j += 1 }
            let last = days[j].day < 10 ? "0\(days[j].day)" : "\(days[j].day)"
            parts.append(j > i ? "\(days[i])–\(last)" : "\(days[i])")
            i = j + 1
        }
        return parts.joined(separator: ", ")
    }
}
