import BriefModel
import EPUBBackend
import PDFBackend
import PDFWriter
import Typesetting
import WeChatBackend

/// What the CLI prints and the status it exits with when a command fails. The library owns
/// this mapping, by error type (sysexits.h): 64 a bad option or environment value, 65 a
/// problem in a source (an image in it that cannot be embedded too), 66 a missing or unreadable input, 73 an output that cannot be
/// written, 78 a layout or font problem, 70 anything else (a bug in BriefPress). Every
/// message starts with `error:` or `PLACE: error:`.
public struct FailureReport: Equatable {
    public var message: String
    public var exitStatus: Int32

    public enum Status {
        public static let usage: Int32 = 64, dataError: Int32 = 65, noInput: Int32 = 66
        public static let software: Int32 = 70, cannotCreate: Int32 = 73, configuration: Int32 = 78
    }

    public init(message: String, exitStatus: Int32) {
        self.message = message
        self.exitStatus = exitStatus
    }

    public init(_ error: Error) {
        switch error {
        case let e as SourceErrors:
            let count = e.diagnostics.filter { $0.severity == .error }.count
            self.init(message: e.description + "\n\(count) error\(count == 1 ? "" : "s"); nothing was written",
                      exitStatus: Status.dataError)
        case let e as UsageError:
            self.init(message: e.description, exitStatus: Status.usage)
        case let e as MissingSourceFile:
            self.init(message: e.description, exitStatus: Status.noInput)
        case let e as UnreadableSourceFile:
            self.init(message: e.description, exitStatus: Status.noInput)
        case let e as MonthCollection.Failure:
            self.init(message: e.description, exitStatus: Status.noInput)
        case let e as OutputWriter.Failure:
            self.init(message: e.description, exitStatus: Status.cannotCreate)
        case let e as EditionTemplate.Refusal:
            self.init(message: e.description, exitStatus: Status.cannotCreate)
        case let e as LayoutLoader.Failure:
            self.init(message: e.description, exitStatus: Status.configuration)
        case let e as PDFRenderError:
            // Its descriptions already start each line with `PLACE: error:`. The switch is
            // exhaustive on purpose: a new case must be given its status here.
            switch e {
            case .missingLayoutFile, .invalidLayout:
                self.init(message: e.description, exitStatus: Status.configuration)
            case .unusableImage:
                // An image of the publication the PDF cannot print: fix the source.
                self.init(message: e.description, exitStatus: Status.dataError)
            }
        case let e as FontError:
            self.init(message: "error: \(e)", exitStatus: Status.configuration)
        case let e as PDFError:
            switch e {
            case .fontUnreadable, .faceIndexOutOfRange, .unsupportedFontFormat:
                self.init(message: "error: \(e)", exitStatus: Status.configuration)
            case .unsupportedImage:
                // An image in the publication or edition the PDF cannot embed: fix the source.
                self.init(message: "error: \(e)", exitStatus: Status.dataError)
            default:
                self.init(message: "error: internal error while writing the PDF: \(e)", exitStatus: Status.software)
            }
        case let e as WeChatError:
            // WeChatError messages already name their place (`FILE: error: …`).
            switch e {
            case .missingTheme, .invalidTheme: self.init(message: e.description, exitStatus: Status.configuration)
            case .invalidImageBase: self.init(message: e.description, exitStatus: Status.usage)
            case .qrCode: self.init(message: e.description, exitStatus: Status.dataError)
            }
        case let e as EPUBError:
            switch e {
            case .missingStylesheet: self.init(message: "error: \(e)", exitStatus: Status.configuration)
            case .emptyBundle: self.init(message: "error: \(e)", exitStatus: Status.noInput)
            case .editionOutsideMonth, .duplicateEdition:
                self.init(message: "error: internal error while bundling: \(e)", exitStatus: Status.software)
            }
        default:
            self.init(message: "error: internal error: \(error)", exitStatus: Status.software)
        }
    }
}
