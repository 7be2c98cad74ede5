// swift-tools-version:6.0
// libFuzzer targets for BriefPress, kept in a package of their own: they are built with
// `-sanitize=fuzzer,address`, which the main package's normal build must not see.
// Run: `make fuzz` (or see README.md here).
import PackageDescription

let fuzzing: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer,address", "-parse-as-library"])]
let fuzzLinking: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]

let package = Package(
    name: "BriefPressFuzz",
    dependencies: [.package(name: "BriefPress", path: "..")],
    targets: [
        // What both targets share: turning one fuzz input into a publication folder.
        .target(name: "FuzzInput", dependencies: [.product(name: "BriefPress", package: "BriefPress")]),
        // The reader and every check: `briefpress check` on the input.
        .executableTarget(name: "FuzzCheck", dependencies: ["FuzzInput", .product(name: "BriefPress", package: "BriefPress")],
                          swiftSettings: fuzzing, linkerSettings: fuzzLinking),
        // Each backend fed by the reader: `briefpress build` of every format when check passes.
        .executableTarget(name: "FuzzBuild", dependencies: ["FuzzInput", .product(name: "BriefPress", package: "BriefPress")],
                          swiftSettings: fuzzing, linkerSettings: fuzzLinking),
    ],
    swiftLanguageModes: [.v5]
)
