/// MD5 (RFC 1321), used only for the trailer's `/ID`: the file identifier must be stable for
/// identical documents (ISO 32000-1 §14.4 suggests a digest of the content), not secure.
enum MD5 {
    /// The digest of `message`. Whole 64-byte blocks are compressed where they lie in the
    /// message; only the last partial block, the 0x80 marker, the zero fill and the 64-bit
    /// bit length are put together in a two-block buffer (they need one block, or two when
    /// fewer than 9 bytes are left in the last one).
    static func digest(_ message: [UInt8]) -> [UInt8] {
        var state = State()
        let tailCount = message.count % 64
        constants.withUnsafeBufferPointer { k in
            message.withUnsafeBytes { bytes in
                var offset = 0
                while offset + 64 <= bytes.count {
                    state.compress(UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + 64]), k)
                    offset += 64
                }
                withUnsafeTemporaryAllocation(byteCount: 128, alignment: 8) { tail in
                    tail.initializeMemory(as: UInt8.self, repeating: 0)
                    if tailCount > 0, let start = bytes.baseAddress {
                        tail.baseAddress!.copyMemory(from: start + offset, byteCount: tailCount)
                    }
                    tail[tailCount] = 0x80
                    let length = tailCount < 56 ? 64 : 128
                    tail.storeBytes(of: (UInt64(message.count) &* 8).littleEndian, toByteOffset: length - 8, as: UInt64.self)
                    state.compress(UnsafeRawBufferPointer(rebasing: tail[0..<64]), k)
                    if length == 128 { state.compress(UnsafeRawBufferPointer(rebasing: tail[64..<128]), k) }
                }
            }
        }
        var out = [UInt8]()
        out.reserveCapacity(16)
        for word in [state.a, state.b, state.c, state.d] {
            for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: word >> UInt32(shift))) }
        }
        return out
    }

    /// The four chaining words, and the compression of one block into them: 64 steps in
    /// four rounds of 16, each round with its own function, message-word order and four
    /// rotations. A round is a loop over groups of four steps in which the words trade
    /// places (a d c b), so no step chooses its round and no word is moved between steps.
    private struct State {
        var a: UInt32 = 0x67452301, b: UInt32 = 0xefcdab89, c: UInt32 = 0x98badcfe, d: UInt32 = 0x10325476

        /// `block`: 64 bytes anywhere in memory (read unaligned, as little-endian words);
        /// `k`: the 64 constants.
        mutating func compress(_ block: UnsafeRawBufferPointer, _ k: UnsafeBufferPointer<UInt32>) {
            var a = self.a, b = self.b, c = self.c, d = self.d
            @inline(__always) func x(_ index: Int) -> UInt32 {
                UInt32(littleEndian: block.loadUnaligned(fromByteOffset: index &* 4, as: UInt32.self))
            }
            @inline(__always) func step(_ a: inout UInt32, _ b: UInt32, _ f: UInt32, _ word: UInt32, _ t: UInt32, _ s: UInt32) {
                let sum = a &+ f &+ word &+ t
                a = b &+ (sum &<< s | sum &>> (32 &- s))
            }
            for i in stride(from: 0, to: 16, by: 4) {
                step(&a, b, (b & c) | (~b & d), x(i), k[i], 7)
                step(&d, a, (a & b) | (~a & c), x(i &+ 1), k[i &+ 1], 12)
                step(&c, d, (d & a) | (~d & b), x(i &+ 2), k[i &+ 2], 17)
                step(&b, c, (c & d) | (~c & a), x(i &+ 3), k[i &+ 3], 22)
            }
            for i in stride(from: 16, to: 32, by: 4) {
                step(&a, b, (b & d) | (c & ~d), x((5 &* i &+ 1) & 15), k[i], 5)
                step(&d, a, (a & c) | (b & ~c), x((5 &* i &+ 6) & 15), k[i &+ 1], 9)
                step(&c, d, (d & b) | (a & ~b), x((5 &* i &+ 11) & 15), k[i &+ 2], 14)
                step(&b, c, (c & a) | (d & ~a), x((5 &* i &+ 16) & 15), k[i &+ 3], 20)
            }
            for i in stride(from: 32, to: 48, by: 4) {
                step(&a, b, b ^ c ^ d, x((3 &* i &+ 5) & 15), k[i], 4)
                step(&d, a, a ^ b ^ c, x((3 &* i &+ 8) & 15), k[i &+ 1], 11)
                step(&c, d, d ^ a ^ b, x((3 &* i &+ 11) & 15), k[i &+ 2], 16)
                step(&b, c, c ^ d ^ a, x((3 &* i &+ 14) & 15), k[i &+ 3], 23)
            }
            for i in stride(from: 48, to: 64, by: 4) {
                step(&a, b, c ^ (b | ~d), x((7 &* i) & 15), k[i], 6)
                step(&d, a, b ^ (a | ~c), x((7 &* i &+ 7) & 15), k[i &+ 1], 10)
                step(&c, d, a ^ (d | ~b), x((7 &* i &+ 14) & 15), k[i &+ 2], 15)
                step(&b, c, d ^ (c | ~a), x((7 &* i &+ 21) & 15), k[i &+ 3], 21)
            }
            self.a &+= a; self.b &+= b; self.c &+= c; self.d &+= d
        }
    }

    /// floor(abs(sin(i + 1)) × 2^32), as listed in RFC 1321.
    private static let constants: [UInt32] = [
        0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
        0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
        0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
        0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
        0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
        0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
        0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
        0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
    ]
}
