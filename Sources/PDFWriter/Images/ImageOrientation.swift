/// Exif orientation (TIFF tag 0x0112): how the stored pixels must be turned to look right.
/// PDF draws pixels as stored, so `drawImage` folds the turn into the image's matrix.
enum ImageOrientation: Int {
    case up = 1, mirrored = 2, down = 3, downMirrored = 4
    case leftMirrored = 5, right = 6, rightMirrored = 7, left = 8

    /// Orientations 5–8 turn the image a quarter: the displayed width is the stored height.
    var swapsSides: Bool { rawValue >= 5 }

    /// The `cm` matrix mapping the image's unit square (row 0 at the top, v = 1) onto the
    /// displayed rectangle (x, y, w, h). Derived from where each orientation puts the stored
    /// top-left, top-right and bottom-left corners (Exif 2.3 §4.6.4, Orientation).
    func matrix(x: Double, y: Double, width w: Double, height h: Double) -> [Double] {
        switch self {
        case .up: return [w, 0, 0, h, x, y]
        case .mirrored: return [-w, 0, 0, h, x + w, y]
        case .down: return [-w, 0, 0, -h, x + w, y + h]
        case .downMirrored: return [w, 0, 0, -h, x, y + h]
        case .leftMirrored: return [0, -h, -w, 0, x + w, y + h]
        case .right: return [0, -h, w, 0, x, y + h]
        case .rightMirrored: return [0, h, w, 0, x, y]
        case .left: return [0, h, -w, 0, x + w, y]
        }
    }
}
