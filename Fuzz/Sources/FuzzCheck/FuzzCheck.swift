import BriefPress
import FuzzInput

/// Every input must end in success or in a reported problem: a crash, a hang or a leak
/// is what libFuzzer (with AddressSanitizer) finds.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCheck(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let path = FuzzInput.write(data, size)
    do { try Pipeline.check([path]) } catch {
        // A problem reported is a correct answer; an internal error (70) is a bug.
        if FailureReport(error).exitStatus == 70 { fatalError("internal error: \(FailureReport(error).message)") }
    }
    return 0
}

@_cdecl("FuzzCheck_main")
public func fuzzCheckMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzzCheck)
}
