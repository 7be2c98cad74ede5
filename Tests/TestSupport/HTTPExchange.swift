import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One HTTP/1.1 request to 127.0.0.1 over a socket, reading the response up to its
/// Content-Length. Just what talking to chromedriver needs (`WebDriverSession`).
enum HTTPExchange {
    struct Failure: Error, CustomStringConvertible { var description: String }

    /// A new TCP socket (the caller closes it) and the address 127.0.0.1:`port`, to connect
    /// to or (port 0: any free one) to bind.
    static func loopbackSocket(port: Int) throws -> (fd: Int32, address: sockaddr_in) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket() failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        return (fd, address)
    }

    static func send(method: String, port: Int, path: String, body: Data) throws -> Data {
        var (fd, address) = try loopbackSocket(port: port)
        defer { close(fd) }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
        guard connected else { throw Failure(description: "cannot connect to 127.0.0.1:\(port)") }

        var request = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        request += "Content-Type: application/json; charset=utf-8\r\nContent-Length: \(body.count)\r\n\r\n"
        let bytes = [UInt8](request.utf8) + [UInt8](body)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { throw Failure(description: "write failed") }
            sent += n
        }

        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var expectedTotal: Int?
        while expectedTotal.map({ response.count < $0 }) ?? true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            response += buffer[0..<n]
            if expectedTotal == nil, let end = headerEnd(response) {
                let headers = String(decoding: response[0..<end], as: UTF8.self)
                if let length = contentLength(headers) { expectedTotal = end + 4 + length }
            }
        }
        guard let end = headerEnd(response) else { throw Failure(description: "no HTTP response from 127.0.0.1:\(port)") }
        return Data(response[(end + 4)...])
    }

    private static func headerEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for i in 0...(bytes.count - 4) where bytes[i] == 13 && bytes[i + 1] == 10 && bytes[i + 2] == 13 && bytes[i + 3] == 10 {
            return i
        }
        return nil
    }

    private static func contentLength(_ headers: String) -> Int? {
        for line in headers.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "content-length" {
                return Int(parts[1].trimmingCharacters(in: .whitespaces))
            }
        }
        return nil
    }
}
