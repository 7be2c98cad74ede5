import CZlib

/// Inflates a zlib stream (RFC 1950) that arrives in pieces, handing each piece of output
/// to the caller instead of collecting it: a PNG's IDAT chunks can be checked row by row
/// without ever holding the decoded image, whatever size its header claims.
public final class ZlibInflater {
    public enum Failure: Error, Equatable {
        /// zlib refused the data (bad header, bad code, checksum mismatch).
        case corrupt(String)
        /// Input followed the end of the stream.
        case dataAfterEnd
    }

    /// Output is handed over in pieces of at most this many bytes: the only buffer this
    /// type allocates, whatever the stream holds.
    public static let outputChunk = 1 << 16

    // zlib keeps a pointer back to its z_stream and refuses calls from a moved copy, so the
    // stream lives at a fixed address for the inflater's life.
    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    private var chunk = [UInt8](repeating: 0, count: ZlibInflater.outputChunk)
    /// True once zlib has reported Z_STREAM_END (all data and the Adler-32 checksum read).
    public private(set) var finished = false

    public init() {
        stream.initialize(to: z_stream())
        let status = inflateInit_(stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK, "zlib inflateInit failed with \(status)")
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Feeds `input`; `output` receives each piece inflated from it, in order. Throws when
    /// zlib refuses the data or input follows the end of the stream; an error `output`
    /// throws stops the inflation and is passed on.
    public func feed(_ input: UnsafeRawBufferPointer, output: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard !input.isEmpty else { return }
        guard !finished else { throw Failure.dataAfterEnd }
        let bytes = input.bindMemory(to: Bytef.self)
        stream.pointee.next_in = UnsafeMutablePointer(mutating: bytes.baseAddress)
        stream.pointee.avail_in = uInt(bytes.count)
        try chunk.withUnsafeMutableBufferPointer { buffer in
            while true {
                stream.pointee.next_out = buffer.baseAddress
                stream.pointee.avail_out = uInt(buffer.count)
                let status = inflate(stream, Z_NO_FLUSH)
                let produced = buffer.count - Int(stream.pointee.avail_out)
                if produced > 0 { try output(UnsafeRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[0..<produced]))) }
                switch status {
                case Z_STREAM_END:
                    finished = true
                    if stream.pointee.avail_in > 0 { throw Failure.dataAfterEnd }
                    return
                case Z_OK:
                    // Output space ran out: drain again. Otherwise all input is consumed.
                    if stream.pointee.avail_out == 0 { continue }
                    if stream.pointee.avail_in == 0 { return }
                case Z_BUF_ERROR where stream.pointee.avail_in == 0:
                    return  // no progress possible until more input arrives
                default:
                    let message = stream.pointee.msg.map { String(cString: $0) } ?? "zlib status \(status)"
                    throw Failure.corrupt(message)
                }
            }
        }
    }
}
