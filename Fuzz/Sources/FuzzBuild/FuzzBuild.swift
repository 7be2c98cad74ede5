import BriefPress
import Foundation
import FuzzInput

/// Inputs that pass `check` are built in every format: `check` must find everything
/// `build` would refuse, so a build failure after a clean check is a bug too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBuild(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let path = FuzzInput.write(data, size)
    do { try Pipeline.check([path]) } catch { return 0 }
    let out = FuzzInput.folder.appendingPathComponent("out")
    do {
        _ = try Pipeline.build([path], options: BuildOptions(formats: [.pdf, .html, .epub], outputDirectory: out))
    } catch {
        fatalError("check passed but build failed: \(FailureReport(error).message)")
    }
    return 0
}

@_cdecl("FuzzBuild_main")
public func fuzzBuildMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzzBuild)
}
