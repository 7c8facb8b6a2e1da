import Foundation

/// One lock for every test that parses XML with Foundation's `XMLParser`: on Linux it runs on
/// libxml2, whose global state is not safe when parsers start on several threads at once (seen:
/// a crash in libxml2 when render and CLI suites parsed SVG in parallel). All test targets link
/// into one process, so the lock lives here, shared by them.
package enum XMLParsing {
    private static let lock = NSLock()

    /// Runs `body` (which creates and runs an `XMLParser`) with no other test parsing XML.
    package static func serialized<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
