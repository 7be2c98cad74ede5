/// Big-endian integers at offsets the caller has already checked lie inside the buffer.
extension UnsafeRawBufferPointer {
    func be16(_ at: Int) -> Int { Int(self[at]) << 8 | Int(self[at + 1]) }
    func be32(_ at: Int) -> Int { be16(at) << 16 | be16(at + 2) }
}
