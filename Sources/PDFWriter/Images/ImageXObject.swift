/// An image ready to be written as an Image XObject (ISO 32000-1 §8.9.5): the encoded
/// samples and the dictionary entries that describe them.
struct ImageXObject {
    enum ColorSpace {
        case gray, rgb, cmyk
        /// Palette of RGB triples (PNG type 3).
        case indexed(palette: [UInt8])
    }

    var width: Int
    var height: Int
    var colorSpace: ColorSpace
    var bitsPerComponent: Int
    /// Samples as stored: DCT bytes, or zlib data (maybe PNG-predicted, see `pngPredictor`).
    var payload: [UInt8]
    var isJPEG: Bool
    /// Set when `payload` is passed-through PNG IDAT data: the row filters stay in place and
    /// /DecodeParms tells the reader to undo them (Predictor 15 = per-row PNG filter).
    var pngPredictorColors: Int?
    /// Adobe CMYK JPEGs store inverted samples.
    var invertedCMYK = false
    /// PNG tRNS colour key for grey/RGB: per component `[min max]` (§8.9.6.4).
    var colorKeyMask: [Int]?
    /// Alpha channel as an 8-bit grey image (§11.6.5.3).
    var softMask: [UInt8]?
    /// How to turn the stored pixels for display (JPEG Exif).
    var orientation = ImageOrientation.up

    func write(number: Int, softMaskNumber: Int?, into writer: inout ObjectWriter) {
        writer.encodedStream(number, payload: payload) { out in
            out.write("/Type/XObject/Subtype/Image/Width ")
            out.write(int: width)
            out.write("/Height ")
            out.write(int: height)
            out.write("/ColorSpace")
            switch colorSpace {
            case .gray: out.write("/DeviceGray")
            case .rgb: out.write("/DeviceRGB")
            case .cmyk: out.write("/DeviceCMYK")
            case let .indexed(palette):
                out.write("[/Indexed/DeviceRGB ")
                out.write(int: palette.count / 3 - 1)
                out.write(hexString: palette)
                out.write("]")
            }
            out.write("/BitsPerComponent ")
            out.write(int: bitsPerComponent)
            if invertedCMYK { out.write("/Decode[1 0 1 0 1 0 1 0]") }
            if let colorKeyMask {
                out.write("/Mask[")
                for (offset, value) in colorKeyMask.enumerated() {
                    if offset > 0 { out.write(" ") }
                    out.write(int: value)
                }
                out.write("]")
            }
            if let softMaskNumber {
                out.write("/SMask ")
                out.write(reference: softMaskNumber)
            }
            if isJPEG {
                out.write("/Filter/DCTDecode")
            } else {
                out.write("/Filter/FlateDecode")
                if let colors = pngPredictorColors {
                    out.write("/DecodeParms<</Predictor 15/Colors ")
                    out.write(int: colors)
                    out.write("/BitsPerComponent ")
                    out.write(int: bitsPerComponent)
                    out.write("/Columns ")
                    out.write(int: width)
                    out.write(">>")
                }
            }
        }
        if let softMask, let softMaskNumber {
            writer.stream(softMaskNumber, data: softMask, compress: true, level: Flate.compressionLevel) { out in
                out.write("/Type/XObject/Subtype/Image/Width ")
                out.write(int: width)
                out.write("/Height ")
                out.write(int: height)
                out.write("/ColorSpace/DeviceGray/BitsPerComponent 8")
            }
        }
    }
}
