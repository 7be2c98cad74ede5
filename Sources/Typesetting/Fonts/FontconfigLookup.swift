import Dispatch
import CFontconfig

/// Family + weight → file and face index through fontconfig.
enum FontconfigLookup {
    /// fontconfig must be initialised once per process before the first query. A Swift
    /// static is initialised once even when two threads ask (see `warmUp`).
    private static let initialised: Bool = FcInit() != 0

    /// Starts fontconfig's initialisation (reading its configuration and caches, a few
    /// milliseconds) on another thread, so it overlaps whatever the caller does next; the
    /// first query waits for it if it has not finished.
    static func warmUp() {
        DispatchQueue.global(qos: .userInitiated).async { _ = initialised }
    }

    /// The best match for `family` at regular or bold weight, or nil when fontconfig's best
    /// match is another family (its normal behaviour for a missing font) or not bold enough.
    static func match(family: String, bold: Bool) -> (path: String, index: Int)? {
        guard initialised, let pattern = FcPatternCreate() else { return nil }
        defer { FcPatternDestroy(pattern) }
        family.withCString { name in
            name.withMemoryRebound(to: FcChar8.self, capacity: family.utf8.count + 1) {
                _ = FcPatternAddString(pattern, FC_FAMILY, $0)
            }
        }
        _ = FcPatternAddInteger(pattern, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR)
        FcConfigSubstitute(nil, pattern, FcMatchPattern)
        FcDefaultSubstitute(pattern)
        var result = FcResultNoMatch
        guard let match = FcFontMatch(nil, pattern, &result) else { return nil }
        defer { FcPatternDestroy(match) }

        var names: [String] = []
        var i: Int32 = 0
        var value: UnsafeMutablePointer<FcChar8>?
        while FcPatternGetString(match, FC_FAMILY, i, &value) == FcResultMatch, let value {
            names.append(String(cString: value))
            i += 1
        }
        let wanted = family.lowercased()
        guard names.contains(where: { $0.lowercased() == wanted }) else { return nil }

        var weight: Int32 = 0
        if FcPatternGetInteger(match, FC_WEIGHT, 0, &weight) == FcResultMatch {
            // Demi-bold counts as bold; a regular face answering a bold query does not.
            if bold && weight < FC_WEIGHT_DEMIBOLD { return nil }
            if !bold && weight >= FC_WEIGHT_DEMIBOLD { return nil }
        }
        var file: UnsafeMutablePointer<FcChar8>?
        guard FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch, let file else { return nil }
        var index: Int32 = 0
        _ = FcPatternGetInteger(match, FC_INDEX, 0, &index)
        return (String(cString: file), Int(index))
    }
}
