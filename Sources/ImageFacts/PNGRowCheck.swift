import Compression

/// Inflates a PNG's image data as its IDAT chunks arrive and checks what comes out against
/// the header: every row starts with a known filter type (§9.2), and the stream holds
/// exactly the rows of every pass, no fewer and no more. Memory stays one zlib window and
/// one output chunk, whatever the data inflates to.
struct PNGRowCheck {
    private let inflater = ZlibInflater()
    /// Bytes of each row with its filter byte, and the number of such rows, pass by pass.
    private let passes: [(rowLength: Int, rows: Int)]
    private let expected: Int
    private var pass = 0, rowsDone = 0, inRow = 0, decoded = 0

    /// Paeth, the last of the five filter types (None, Sub, Up, Average, Paeth).
    private static let highestFilter: UInt8 = 4

    init(_ header: PNGFacts) {
        passes = header.passes.map { ($0.rowBytes + 1, $0.height) }
        expected = header.decodedSize
    }

    mutating func consume(_ compressed: UnsafeRawBufferPointer) throws {
        do {
            try inflater.feed(compressed) { try rows($0) }
        } catch let failure as ZlibInflater.Failure {
            switch failure {
            case .corrupt(let reason): throw ImageProblem.corrupt("PNG image data is corrupt (zlib: \(reason))")
            case .dataAfterEnd: throw ImageProblem.corrupt("PNG image data continues after its compressed stream ends")
            }
        }
    }

    mutating func finish() throws {
        guard inflater.finished, pass == passes.count else {
            throw ImageProblem.truncated("PNG image data is cut short: \(decoded) of \(expected) bytes decoded")
        }
    }

    private mutating func rows(_ out: UnsafeRawBufferPointer) throws {
        var i = 0
        while i < out.count {
            guard pass < passes.count else {
                throw ImageProblem.corrupt("PNG image data holds more than the \(expected) bytes its \(passes.count == 1 ? "size" : "passes") need")
            }
            let rowLength = passes[pass].rowLength
            if inRow == 0, out[i] > PNGRowCheck.highestFilter {
                throw ImageProblem.corrupt("PNG image data is corrupt: row filter type \(out[i]) at decoded byte \(decoded + i)")
            }
            let take = min(out.count - i, rowLength - inRow)
            i += take
            inRow += take
            if inRow == rowLength {
                inRow = 0
                rowsDone += 1
                if rowsDone == passes[pass].rows { pass += 1; rowsDone = 0 }
            }
        }
        decoded += out.count
    }
}
