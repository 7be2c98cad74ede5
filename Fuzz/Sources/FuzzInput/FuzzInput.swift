import Foundation

/// One fuzz input as a publication folder: the bytes before the first line `%%%` are
/// publication.yaml, the rest is editions/2026-05-28.md (an input without the line is an
/// edition under a fixed publication.yaml). The folder is reused between inputs.
public enum FuzzInput {
    public static let separator = Array("\n%%%\n".utf8)
    public static let publication = Array("title: 模糊测试简报\npublisher: 测试编辑部\ncontact:\n  codes:\n    - label: 网站\n      url: https://example.org\n".utf8)

    public static let folder: URL = {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("briefpress-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: url.appendingPathComponent("editions"), withIntermediateDirectories: true)
        return url
    }()

    /// Writes the input; returns the edition's path.
    public static func write(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
        let bytes = Array(UnsafeBufferPointer(start: data, count: size))
        var publication = FuzzInput.publication, edition = bytes
        if let cut = firstIndex(of: separator, in: bytes) {
            publication = Array(bytes[..<cut])
            edition = Array(bytes[(cut + separator.count)...])
        }
        let path = folder.appendingPathComponent("editions/2026-05-28.md").path
        FileManager.default.createFile(atPath: folder.appendingPathComponent("publication.yaml").path, contents: Data(publication))
        FileManager.default.createFile(atPath: path, contents: Data(edition))
        return path
    }

    static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start..<start + needle.count].elementsEqual(needle) {
            return start
        }
        return nil
    }
}

/// libFuzzer's driver, for an entry point of our own: SwiftPM names an executable's entry
/// point `<Target>_main` and aliases `main` to it, so libFuzzer's own `main` is never
/// linked and each target's entry calls the driver with its test function.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ test: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32

public func runFuzzer(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                      _ test: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32 {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, test)
}
