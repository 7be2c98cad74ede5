import FlyingFox
import Foundation

/// The server's only routes. A request names an output by route; nothing from the request
/// ever reaches the file system (outputs and EPUB parts are looked up in memory by name).
struct PreviewRoutes: HTTPHandler {
    let state: PreviewState
    let events: EventStream
    let hostCheck: LoopbackHostCheck
    let title: String

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard hostCheck.allows(request.headers[.host]) else {
            return PreviewRoutes.text(.forbidden, "forbidden: the preview answers only requests for localhost\n")
        }
        guard request.method == .GET || request.method == .HEAD else {
            return PreviewRoutes.text(.methodNotAllowed, "only GET\n")
        }
        let snapshot = state.current
        let path = request.path
        switch path {
        case "/":
            let page = PreviewPage.html(title: title, outputs: snapshot.report.outputs, version: snapshot.report.version)
            return PreviewRoutes.bytes(page, type: "text/html; charset=utf-8")
        case "/events":
            var headers = PreviewRoutes.commonHeaders
            headers[.contentType] = "text/event-stream; charset=utf-8"
            let first = EventStream.message(event: "build", json: snapshot.report.json)
            return HTTPResponse(statusCode: .ok, headers: headers, body: events.subscribe(first: first))
        case "/wechat/article":
            guard let outputs = snapshot.outputs else { break }
            return PreviewRoutes.bytes(Array(outputs.fragment.utf8), type: "text/html; charset=utf-8")
        default:
            if path.hasPrefix("/out/"), let outputs = snapshot.outputs,
               let file = outputs.files.first(where: { "/out/" + $0.name == path }) {
                return PreviewRoutes.bytes(file.bytes, type: PreviewRoutes.mediaType(of: file.name))
            }
            if path.hasPrefix("/epub/"), let archive = snapshot.epub, let chapter = snapshot.chapter {
                // The chapter is sent to its place in the book, so that its relative links
                // (`../css/epub.css`) name the book's other entries under `/epub/`.
                let name = String(path.dropFirst("/epub/".count))
                if name == "chapter" {
                    var headers = PreviewRoutes.commonHeaders
                    headers[.location] = "/epub/" + chapter
                    return HTTPResponse(statusCode: .found, headers: headers)
                }
                if let bytes = archive.entries[name] {
                    return PreviewRoutes.bytes(bytes, type: PreviewRoutes.mediaType(of: name))
                }
            }
        }
        return PreviewRoutes.text(.notFound, "not found\n")
    }

    static let commonHeaders: HTTPHeaders = [
        .cacheControl: "no-store",
        HTTPHeader("X-Content-Type-Options"): "nosniff",
        HTTPHeader("Referrer-Policy"): "no-referrer",
    ]

    static func bytes(_ bytes: [UInt8], type: String) -> HTTPResponse {
        var headers = commonHeaders
        headers[.contentType] = type
        return HTTPResponse(statusCode: .ok, headers: headers, body: Data(bytes))
    }

    static func text(_ status: HTTPStatusCode, _ text: String) -> HTTPResponse {
        var headers = commonHeaders
        headers[.contentType] = "text/plain; charset=utf-8"
        return HTTPResponse(statusCode: status, headers: headers, body: Data(text.utf8))
    }

    static func mediaType(of name: String) -> String {
        switch (name as NSString).pathExtension.lowercased() {
        case "pdf": return "application/pdf"
        case "html": return "text/html; charset=utf-8"
        case "epub": return "application/epub+zip"
        case "xhtml": return "application/xhtml+xml; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "svg": return "image/svg+xml"
        default: return "application/octet-stream"
        }
    }
}
