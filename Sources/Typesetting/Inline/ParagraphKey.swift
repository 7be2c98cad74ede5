/// A `ParagraphSpec` as the key of the typesetter's memos, its hash worked out once. Hashing
/// a spec hashes the text of every run (String hashing normalises as it goes), and one memo
/// lookup needs the hash three times (the `used` set, the lookup, the store) and again each
/// time a table grows; a stored hash makes those one hash and a few integer hashes.
struct ParagraphKey: Hashable {
    let spec: ParagraphSpec
    private let specHash: Int

    init(_ spec: ParagraphSpec) {
        self.spec = spec
        specHash = spec.hashValue
    }

    func hash(into hasher: inout Hasher) { hasher.combine(specHash) }

    static func == (l: ParagraphKey, r: ParagraphKey) -> Bool { l.specHash == r.specHash && l.spec == r.spec }
}
