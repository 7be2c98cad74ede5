import BriefModel

/// What a cover says, most prominent first: the masthead of a day, or of a month's bundle.
/// Each line is at most `longest` characters: a cover is read at a glance, and a title past
/// that is set too small to read anyway; the rest is cut with an ellipsis, which also bounds
/// the work of fitting it (a mutated title of 10,000 characters took minutes to fit).
struct CoverContent: Equatable {
    static let longest = 120
    var title: String
    var subtitle: String?
    /// The date line: `2026 年 5 月 28 日·第 148 期` (the full-width ·, which brings its own space), or the span of a month's editions.
    var detail: String
    var publisher: String

    /// A day: the edition's title, the publication's subtitle, its date and issue number.
    init(_ briefing: Briefing) {
        let edition = briefing.edition
        title = CoverContent.clipped(edition.title)
        subtitle = briefing.publication.subtitle.map(CoverContent.clipped)
        detail = ([edition.date.chinese] + (edition.numberLine.map { [$0] } ?? [])).joined(separator: "·")
        publisher = CoverContent.clipped(briefing.publication.publisher)
    }

    /// A month's bundle: the publication's title, the month it collects, and the days it spans.
    init(publication: Publication, editions: [Edition], month: EditionMonth) {
        let dates = editions.map(\.date).sorted()
        title = CoverContent.clipped(publication.title)
        subtitle = "\(month.chinese) 合订本"
        if let first = dates.first, let last = dates.last, first != last {
            detail = "\(first.chineseShort)至 \(last.chineseShort)·共 \(dates.count) 期"
        } else {
            detail = (dates.first.map { "\($0.chinese)·" } ?? "") + "共 \(dates.count) 期"
        }
        publisher = CoverContent.clipped(publication.publisher)
    }

    /// `text`, or its first `longest` − 2 characters and an ellipsis (……, as Chinese writes it).
    static func clipped(_ text: String) -> String {
        text.count <= longest ? text : String(text.prefix(longest - 2)) + "……"
    }
}
