import BriefModel
import Foundation

/// The publications read in one run, by the path of their publication.yaml: a run of many
/// editions reads (and checks, QR codes included) each publication once. Safe to share
/// between threads. Kept for one run only: the files may change between runs.
public final class PublicationCache: @unchecked Sendable {
    private var read: [String: Result<Publication, Error>] = [:]
    private let lock = NSLock()

    public init() {}

    func publication(at file: URL) throws -> Publication {
        try lock.withLock {
            if let known = read[file.path] { return try known.get() }
            let result = Result { try PublicationReader.read(at: file) }
            read[file.path] = result
            return try result.get()
        }
    }
}
