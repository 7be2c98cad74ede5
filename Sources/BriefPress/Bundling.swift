import BriefModel
import Foundation

extension Pipeline {
    public struct BundleResult {
        public var written: URL
        public var notes: [String]
    }

    public struct BundleUnavailable: Error, CustomStringConvertible {
        public var description: String { "error: the EPUB backend is not in this build, so there is no monthly bundle" }
    }

    /// `briefpress bundle`: every edition of `month` into one EPUB. Missing days are reported;
    /// an edition that fails to read stops the bundle (with every problem listed) unless
    /// `skipInvalid` is set, in which case it is left out and still reported.
    public static func bundle(publicationDirectory: URL, month: String, outputDirectory: URL, skipInvalid: Bool,
                              progress: (Int, Int, String) -> Void = { _, _, _ in }) throws -> BundleResult {
        guard let render = Backends.bundleRenderer else { throw BundleUnavailable() }
        let collection = try MonthCollection.read(publicationDirectory: publicationDirectory, month: month, progress: progress)
        var notes: [String] = []
        if !collection.missingDays.isEmpty {
            notes.append("note: no edition for \(dayRanges(collection.missingDays)) (\(collection.missingDays.count) day\(collection.missingDays.count == 1 ? "" : "s"))")
        }
        if !collection.failures.isEmpty {
            let all = collection.failures.flatMap(\.errors.diagnostics)
            if !skipInvalid { throw SourceErrors(all) }
            notes.append(SourceErrors(all).description)
            notes.append("warning: left out \(collection.failures.count) invalid edition\(collection.failures.count == 1 ? "" : "s"): "
                         + collection.failures.map { URL(fileURLWithPath: $0.path).lastPathComponent }.joined(separator: ", "))
        }
        guard !collection.editions.isEmpty else {
            throw MonthCollection.Failure(description: "error: no edition of \(month) could be read; nothing to bundle")
        }
        let layout = try LayoutLoader.load(collection.publication.layout, publicationDirectory: collection.publication.directory)
        let file = try render(collection.publication, collection.editions, month, layout)
        let written = try OutputWriter(directory: outputDirectory).write([file])
        notes.append("bundled \(collection.editions.count) edition\(collection.editions.count == 1 ? "" : "s") of \(month)")
        return BundleResult(written: written[0], notes: notes)
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
