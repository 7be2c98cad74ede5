import ImageFacts

/// A checked JPEG embedded unchanged with /DCTDecode: size and components from its frame
/// header, Adobe CMYK files marked as storing inverted samples, and the Exif orientation
/// kept for drawing (PDF ignores Exif, so drawing turns the image).
enum JPEGImage {
    static func xObject(_ data: [UInt8], _ jpeg: JPEGFacts) -> ImageXObject {
        let colorSpace: ImageXObject.ColorSpace
        switch jpeg.components {
        case 1: colorSpace = .gray
        case 4: colorSpace = .cmyk
        default: colorSpace = .rgb  // ImageFile.read accepts 1, 3 or 4 components
        }
        var image = ImageXObject(
            width: jpeg.width, height: jpeg.height, colorSpace: colorSpace, bitsPerComponent: 8, payload: data,
            isJPEG: true, invertedCMYK: jpeg.hasAdobeMarker && jpeg.components == 4)
        image.orientation = ImageOrientation(rawValue: jpeg.orientation) ?? .up
        return image
    }
}
