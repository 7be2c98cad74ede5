/// An image file read and checked in full: its format, and the facts every consumer needs
/// (the reader's `check`, the PDF writer, the other backends). Reading never allocates from
/// a header it has not checked against `ImageLimits`.
public enum ImageFile: Equatable, Sendable {
    case png(PNGFacts)
    case jpeg(JPEGFacts)

    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Reads and validates the whole file; throws `ImageProblem` saying what is wrong.
    public static func read(_ bytes: UnsafeRawBufferPointer) throws -> ImageFile {
        guard bytes.count <= ImageLimits.maxFileBytes else { throw tooLarge(bytes.count) }
        if bytes.count >= 8, bytes.prefix(8).elementsEqual(pngSignature) { return .png(try PNGReader.read(bytes)) }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xD8 { return .jpeg(try JPEGReader.read(bytes)) }
        let start = bytes.prefix(4).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined(separator: " ")
        throw ImageProblem("neither PNG nor JPEG (it starts with \(start.isEmpty ? "nothing" : start))", hint: ImageProblem.convert)
    }

    public static func read(_ bytes: [UInt8]) throws -> ImageFile {
        try bytes.withUnsafeBytes { try read($0) }
    }

    /// The refusal of a file over `ImageLimits.maxFileBytes`, also for callers that see its
    /// size on disk before reading it.
    public static func tooLarge(_ byteCount: Int) -> ImageProblem {
        ImageProblem("the file is \(byteCount / (1024 * 1024)) MB; the limit for an image is \(ImageLimits.maxFileBytes / (1024 * 1024)) MB",
                     hint: ImageProblem.scaleDown)
    }

    /// Stored size in pixels (before any Exif turn).
    public var width: Int {
        switch self { case .png(let p): return p.width; case .jpeg(let j): return j.width }
    }

    public var height: Int {
        switch self { case .png(let p): return p.height; case .jpeg(let j): return j.height }
    }

    /// Pixels per metre, horizontally and vertically, when the file records them (PNG pHYs,
    /// JPEG's JFIF density).
    public var pixelsPerMetre: PixelsPerMetre? {
        switch self { case .png(let p): return p.pixelsPerMetre; case .jpeg(let j): return j.pixelsPerMetre }
    }
}

/// A resolution as PNG's pHYs chunk stores it.
public struct PixelsPerMetre: Equatable, Hashable, Sendable {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}
