import CHarfBuzz

/// One OpenType table, borrowed from HarfBuzz's blob (no copy: the 19 MB `CFF ` table of a
/// Noto CJK collection is read in place), with big-endian readers that never read past the end.
public final class FontTable {
    private let blob: OpaquePointer?
    public let bytes: UnsafeRawBufferPointer

    public convenience init(face: OpaquePointer?, tag: String) {
        self.init(blob: hb_face_reference_table(face, FontTable.tag(tag)))
    }

    /// Takes ownership of one reference to `blob`.
    public init(blob: OpaquePointer?) {
        self.blob = blob
        var length: UInt32 = 0
        if let data = hb_blob_get_data(blob, &length), length > 0 {
            bytes = UnsafeRawBufferPointer(start: UnsafeRawPointer(data), count: Int(length))
        } else {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
        }
    }

    deinit { hb_blob_destroy(blob) }

    public var isEmpty: Bool { bytes.isEmpty }
    public var count: Int { bytes.count }

    public func u8(_ offset: Int) -> Int { offset >= 0 && offset < bytes.count ? Int(bytes[offset]) : 0 }
    public func u16(_ offset: Int) -> Int { u8(offset) << 8 | u8(offset + 1) }
    public func i16(_ offset: Int) -> Int { Int(Int16(bitPattern: UInt16(u16(offset)))) }
    public func u32(_ offset: Int) -> Int { u16(offset) << 16 | u16(offset + 2) }
    public func i32(_ offset: Int) -> Int { Int(Int32(bitPattern: UInt32(u32(offset)))) }

    public var array: [UInt8] { Array(bytes) }

    /// A four-character OpenType tag as HarfBuzz's integer (`HB_TAG`, a C macro Swift cannot call).
    public static func tag(_ name: String) -> hb_tag_t {
        let chars = Array(name.utf8)
        precondition(chars.count == 4, "OpenType tags have four characters")
        return hb_tag_t(chars[0]) << 24 | hb_tag_t(chars[1]) << 16 | hb_tag_t(chars[2]) << 8 | hb_tag_t(chars[3])
    }
}
