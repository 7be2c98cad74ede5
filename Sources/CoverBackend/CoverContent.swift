import BriefModel

/// What a cover says, most prominent first: the masthead of a day, or of a month's bundle.
struct CoverContent {
    var title: String
    var subtitle: String?
    /// The date line: `2026 年 5 月 28 日 · 第 148 期`, or the span of a month's editions.
    var detail: String
    var publisher: String

    /// A day: the edition's title, the publication's subtitle, its date and issue number.
    init(_ briefing: Briefing) {
        let edition = briefing.edition
        title = edition.title
        subtitle = briefing.publication.subtitle
        detail = ([edition.date.chinese] + (edition.numberLine.map { [$0] } ?? [])).joined(separator: " · ")
        publisher = briefing.publication.publisher
    }

    /// A month's bundle: the publication's title, the month it collects, and the days it spans.
    init(publication: Publication, editions: [Edition], month: EditionMonth) {
        let dates = editions.map(\.date).sorted()
        title = publication.title
        subtitle = "\(month.chinese) 合订本"
        if let first = dates.first, let last = dates.last, first != last {
            detail = "\(first.chineseShort)至 \(last.chineseShort) · 共 \(dates.count) 期"
        } else {
            detail = (dates.first.map { "\($0.chinese) · " } ?? "") + "共 \(dates.count) 期"
        }
        publisher = publication.publisher
    }
}
