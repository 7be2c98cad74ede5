import CLibXML2

/// libxml2's one-time set-up. It must run once before any thread uses the library (libxml2
/// 2.9 does not guard it), and editions are rendered on several threads: a Swift static is
/// initialised exactly once, whichever thread asks first.
enum LibXML {
    static let ready: Void = xmlInitParser()
}
