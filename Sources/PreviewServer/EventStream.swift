import FlyingFox
import FlyingSocks
import Foundation

/// The Server-Sent Events of `/events`: every open stream receives each message sent after
/// it opened. A stream ends when its client goes away (FlyingFox stops iterating it).
final class EventStream: @unchecked Sendable {
    private var listeners: [UUID: AsyncStream<[UInt8]>.Continuation] = [:]
    private let lock = NSLock()

    /// A new stream that starts with `first` (the current state, so a page that connects
    /// late knows it at once).
    func subscribe(first: [UInt8]) -> HTTPBodySequence {
        let id = UUID()
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(64))
        continuation.yield(first)
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            _ = self.lock.withLock { self.listeners.removeValue(forKey: id) }
        }
        lock.withLock { listeners[id] = continuation }
        return HTTPBodySequence(from: EventBytes(stream: stream, subscription: Subscription(continuation)))
    }

    func send(_ message: [UInt8]) {
        let open = lock.withLock { Array(listeners.values) }
        for continuation in open { continuation.yield(message) }
    }

    /// One SSE message: an event name and one line of JSON data.
    static func message(event: String, json: [UInt8]) -> [UInt8] {
        Array("event: \(event)\ndata: ".utf8) + json + Array("\n\n".utf8)
    }
}

/// The stream's messages as the byte sequence FlyingFox sends (chunked, each message as
/// soon as it is sent: a buffer never waits to fill).
private struct EventBytes: AsyncBufferedSequence {
    typealias Element = UInt8
    let stream: AsyncStream<[UInt8]>
    /// Ends the stream, and so the listener, once FlyingFox lets go of the response.
    let subscription: Subscription

    func makeAsyncIterator() -> Iterator { Iterator(base: stream.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<[UInt8]>.Iterator
        var pending: ArraySlice<UInt8> = []

        mutating func next() async throws -> UInt8? {
            try await nextBuffer(suggested: 1)?.first
        }

        mutating func nextBuffer(suggested count: Int) async throws -> ArraySlice<UInt8>? {
            while pending.isEmpty {
                guard let message = await base.next() else { return nil }
                pending = message[...]
            }
            let buffer = pending.prefix(Swift.max(1, count))
            pending = pending.dropFirst(buffer.count)
            return buffer
        }
    }
}

/// Finishes a listener's stream when the last copy of its response body is gone (the client
/// went away and FlyingFox dropped the response), so a closed page leaves no listener behind.
private final class Subscription: Sendable {
    private let continuation: AsyncStream<[UInt8]>.Continuation
    init(_ continuation: AsyncStream<[UInt8]>.Continuation) { self.continuation = continuation }
    deinit { continuation.finish() }
}
