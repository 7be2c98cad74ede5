extension LayoutSchema {
    /// Where a decoded layout `value` and the schema disagree: properties (as dotted paths)
    /// the schema does not declare, and declared keys no property reads. Both lists empty
    /// is what makes decoding a checked file unable to fail; each backend's tests call it.
    /// `ignoring` names top-level properties that are not keys of the file.
    public func disagreement(with value: Any, ignoring: Set<String> = []) -> (undeclared: [String], unread: [String]) {
        var undeclared: [String] = [], read: Set<String> = []
        // An explicit stack: the walk is as deep as the type, and stays off the host stack.
        var pending: [(path: [String], value: Any)] = [([], value)]
        while let (path, current) = pending.popLast() {
            for child in Mirror(reflecting: current).children {
                guard let label = child.label, !(path.isEmpty && ignoring.contains(label)) else { continue }
                let childPath = path + [label]
                switch entry(at: childPath) {
                case .key?: read.insert(childPath.joined(separator: "."))
                case .group?: pending.append((childPath, child.value))
                case nil: undeclared.append(childPath.joined(separator: "."))
                }
            }
        }
        return (undeclared.sorted(), keys.map(\.path).filter { !read.contains($0) })
    }

    private func entry(at path: [String]) -> KeyGroup.Entry? {
        var group = root
        for (index, name) in path.enumerated() {
            switch group.entries[name] {
            case .key(let key)?: return index == path.count - 1 ? .key(key) : nil
            case .group(let inner)?:
                if index == path.count - 1 { return .group(inner) }
                group = inner
            case nil: return nil
            }
        }
        return nil
    }
}
