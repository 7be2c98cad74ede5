/// The keys of a schema as the file nests them: `headings.section.size` is the key `size`
/// of the group `section` of the group `headings`. Built once from the dotted paths, so
/// the schema lists each key once and the groups follow.
struct KeyGroup: Sendable {
    indirect enum Entry: Sendable {
        case key(LayoutKey)
        case group(KeyGroup)
    }

    /// Names in declaration order, for missing keys in a stable order.
    private(set) var names: [String] = []
    private(set) var entries: [String: Entry] = [:]

    init(_ keys: [LayoutKey]) {
        for key in keys { insert(key, parts: key.parts[...]) }
    }

    private init() {}

    private mutating func insert(_ key: LayoutKey, parts: ArraySlice<String>) {
        guard let name = parts.first else { return }
        if entries[name] == nil { names.append(name) }
        if parts.count == 1 {
            precondition(entries[name] == nil, "layout key \(key.path) is declared twice")
            entries[name] = .key(key)
            return
        }
        var group: KeyGroup
        switch entries[name] {
        case .group(let existing)?: group = existing
        case .key?: preconditionFailure("layout key \(key.path) lies under a key, not a group")
        case nil: group = KeyGroup()
        }
        group.insert(key, parts: parts.dropFirst())
        entries[name] = .group(group)
    }

    /// Whether every key in the group may be left out (then so may the group).
    var isOptional: Bool {
        entries.values.allSatisfy {
            switch $0 {
            case .key(let key): return key.optional
            case .group(let group): return group.isOptional
            }
        }
    }
}
