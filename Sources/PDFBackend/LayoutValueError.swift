/// Why a value of the layout's own kinds (a colour, an alignment) was refused, carried as
/// a DecodingError's underlying error: what the kind accepts, for the message, and a value
/// it accepts, so the file can be read on to find its other problems.
struct LayoutValueError: Error {
    var accepted: String
    var placeholder: String

    static func refusing(_ decoder: Decoder, accepted: String, placeholder: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: accepted,
                             underlyingError: LayoutValueError(accepted: accepted, placeholder: placeholder)))
    }
}
