import BriefModel
import Foundation
import Graphics
import Yams

/// Reads `publication.yaml`: the title block, the contact footer and the layout choice.
enum PublicationReader {
    static let keys = ["title", "subtitle", "publisher", "producers", "language", "layout", "contact", "lint"]
    static let contactKeys = ["heading", "codes", "about", "website"]
    static let codeKeys = ["label", "caption", "image", "url"]
    static let aboutKeys = ["name", "text"]

    static func read(at url: URL) throws -> Publication {
        let data = try SourceFile.contents(of: url, displayPath: url.path)
        let source = try SourceText(path: url.path, data: data)
        let yaml = YAMLDocument(source: source, lineOffset: 0)
        let directory = url.deletingLastPathComponent()
        let assets = AssetResolver(publicationDirectory: directory)

        guard let root = yaml.parse(source.text) else { throw SourceErrors(yaml.diagnostics) }
        guard let map = yaml.mapping(root, what: "publication.yaml", allowed: keys) else { throw SourceErrors(yaml.diagnostics) }

        let title = map.string("title", required: true, hint: "add `title: 新质生产力每日动态` (the masthead)")
        let publisher = map.string("publisher", required: true, hint: "add `publisher: …` (the issuing body printed under the title)")
        var producers: [String] = []
        for node in map.sequence("producers", scalarAsList: true) ?? [] {
            if case .scalar(let s) = node, !s.string.isEmpty { producers.append(s.string) }
            else { yaml.error(yaml.location(node), "each producer must be a name") }
        }
        let language = map.string("language") ?? "zh-CN"
        if !language.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
            yaml.error(map.keyLocation("language"), "`\(language)` is not a BCP 47 language tag", hint: "write e.g. `language: zh-CN`")
        }
        let layout = map.string("layout") ?? "default"

        var contact: Contact?
        if let node = map.valueNode("contact"), let c = yaml.mapping(node, what: "contact", allowed: contactKeys) {
            var codes: [ContactCode] = []
            for item in c.sequence("codes") ?? [] {
                guard let m = yaml.mapping(item, what: "a contact code", allowed: codeKeys) else { continue }
                let label = m.string("label", required: true, hint: "add `label: …` (printed under the code)")
                let caption = m.string("caption")
                let image = m.string("image"), url = m.string("url")
                var source: ContactCode.Source?
                switch (image, url) {
                case (let image?, nil):
                    switch assets.resolve(image) {
                    case .success(let asset): source = .image(asset)
                    case .failure(let f):
                        let (message, hint) = assets.describe(f, path: image)
                        yaml.error(yaml.location(m.valueNode("image")!), message, hint: hint)
                    }
                case (nil, .some) where m.webAddress("url") == nil:
                    break  // reported at the value
                case (nil, let url?):
                    // The backends draw the code from this address: one that no QR code holds
                    // is the editor's to fix, found by `check`, not an internal error in `build`.
                    do {
                        _ = try QRCode(encoding: url)
                        source = .url(url)
                    } catch {
                        yaml.error(yaml.location(m.valueNode("url")!), "`url` of a contact code: \(error)",
                                   hint: "use a shorter address (a short link, or the site's home page)")
                    }
                case (.some, .some):
                    yaml.error(m.keyLocation("url"), "a contact code has both `image` and `url`", hint: "keep one: an image file, or a URL to encode")
                case (nil, nil):
                    yaml.error(yaml.location(item), "a contact code needs `image` or `url`",
                               hint: "add `url: https://…` (encoded as a QR code) or `image: assets/qr.png`")
                }
                if let label, let source { codes.append(ContactCode(label: label, caption: caption, source: source)) }
            }
            var about: [Organisation] = []
            for item in c.sequence("about") ?? [] {
                guard let m = yaml.mapping(item, what: "an `about` entry", allowed: aboutKeys) else { continue }
                if let name = m.string("name", required: true), let text = m.string("text", required: true) {
                    about.append(Organisation(name: name, text: text))
                }
            }
            contact = Contact(heading: c.string("heading"), codes: codes, about: about, website: c.webAddress("website"))
        }

        let lint = readLint(map, yaml)

        guard yaml.diagnostics.isEmpty, let title, let publisher else { throw SourceErrors(yaml.diagnostics) }
        return Publication(title: title, subtitle: map.string("subtitle"), publisher: publisher, producers: producers,
                           language: language, layout: layout,
                           layoutLocation: map.valueNode("layout").map { yaml.location($0) },
                           contact: contact, directory: directory, lint: lint)
    }

    /// `lint:` maps rule ids to `off`, `warning` or `error`; an unknown id is an error at
    /// its line with the nearest id suggested, as for every key.
    private static func readLint(_ map: YAMLMapping, _ yaml: YAMLDocument) -> [LintRuleID: LintLevel] {
        guard let node = map.valueNode("lint"),
              let rules = yaml.mapping(node, what: "`lint`", allowed: LintRuleID.allCases.map(\.rawValue)) else { return [:] }
        var levels: [LintRuleID: LintLevel] = [:]
        for rule in LintRuleID.allCases where rules.has(rule.rawValue) {
            guard let text = rules.string(rule.rawValue) else { continue }
            if let level = LintLevel(rawValue: text) {
                levels[rule] = level
            } else {
                yaml.error(yaml.location(rules.valueNode(rule.rawValue)!), "`\(text)` is not a level for `\(rule.rawValue)`",
                           hint: "write `off`, `warning` or `error`")
            }
        }
        return levels
    }
}
