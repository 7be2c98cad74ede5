import BriefModel
import Foundation

/// Reads a source file's bytes, telling "not there" apart from "there but unreadable", so
/// the editor is not sent looking for a file that exists.
enum SourceFile {
    static func contents(of url: URL, displayPath: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw MissingSourceFile(path: displayPath)
        }
        if isDirectory.boolValue { throw UnreadableSourceFile(path: displayPath, reason: "it is a folder") }
        // open(2) first: its errno says why in plain words ("Permission denied").
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else {
            throw UnreadableSourceFile(path: displayPath, reason: String(cString: strerror(errno)))
        }
        close(descriptor)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw UnreadableSourceFile(path: displayPath, reason: "reading it failed")
        }
        return data
    }
}
