import XMLKit

/// `META-INF/encryption.xml`: names each obfuscated font and the algorithm used on it, so a
/// reading system knows to undo it (OCF 3.3 §3.5.5, XML Encryption's `EncryptedData`).
struct EncryptionDocument {
    static let path = "META-INF/encryption.xml"
    static let containerNamespace = "urn:oasis:names:tc:opendocument:xmlns:container"
    static let xmlEncryption = "http://www.w3.org/2001/04/xmlenc#"

    /// Container paths of the obfuscated files (`OEBPS/fonts/…`), in order.
    let paths: [String]

    func bytes() -> [UInt8] {
        let tree = XMLTree(root: "encryption", namespace: EncryptionDocument.containerNamespace)
        tree.root.declareNamespace(prefix: "enc", uri: EncryptionDocument.xmlEncryption)
        for path in paths {
            let data = tree.root.element("EncryptedData", prefix: "enc")
            data.element("EncryptionMethod", prefix: "enc", ["Algorithm": FontObfuscation.algorithm])
            data.element("CipherData", prefix: "enc").element("CipherReference", prefix: "enc", ["URI": path])
        }
        return tree.xml()
    }
}
