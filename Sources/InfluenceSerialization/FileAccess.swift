import Foundation

/// Reading and writing whole files: one read into the array's own storage, atomic writes
/// (a temporary file in the same folder, then a rename), `-` for standard input and output.
package enum FileAccess {
    /// The largest input read whole, in bytes (4 GiB).
    package static let maxInputSize = 1 << 32

    /// Reads the bytes of a file, or of standard input for `-`.
    /// - Throws: ``ReadError`` naming the file when it cannot be read.
    package static func bytes(atPath path: String) throws(ReadError) -> [UInt8] {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return [UInt8](data)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .file(path, "no such file")
        }
        if isDirectory.boolValue { throw .file(path, "is a directory (expected a network file)") }
        // One read into the array's own storage (no Data in between: a 65 MB edge list is not copied).
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .file(path, "cannot open the file (permission denied?)") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .file(path, "cannot read the file: \(String(cString: strerror(errno)))") }
        let size = Int(info.st_size)
        guard size <= maxInputSize else { throw .file(path, "file is larger than \(maxInputSize) bytes") }
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let got = readFile(fd, buffer.baseAddress! + count, size - count)
                if got < 0 { if errno == EINTR { continue }; failure = errno; break }
                if got == 0 { break }
                count += got
            }
        }
        if failure != 0 { throw .file(path, "cannot read the file: \(String(cString: strerror(failure)))") }
        // A file that grew while being read (or a pipe-like file whose size fstat does not know).
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let got = chunk.withUnsafeMutableBytes { readFile(fd, $0.baseAddress!, $0.count) }
            if got < 0 { if errno == EINTR { continue }; throw .file(path, "cannot read the file: \(String(cString: strerror(errno)))") }
            if got == 0 { break }
            bytes.append(contentsOf: chunk[0 ..< got])
            guard bytes.count <= maxInputSize else { throw .file(path, "file is larger than \(maxInputSize) bytes") }
        }
        return bytes
    }


    /// Locates the first invalid UTF-8 sequence, for the message.
    package static func invalidUTF8(_ data: [UInt8], path: String) -> ReadError {
        var line = 1, lineStart = 0, i = 0
        while i < data.count {
            let b = data[i]
            let length: Int
            switch b {
            case 0x00 ..< 0x80: length = 1
            case 0xC2 ..< 0xE0: length = 2
            case 0xE0 ..< 0xF0: length = 3
            case 0xF0 ..< 0xF5: length = 4
            default: length = 0
            }
            let chunk = length > 0 && i + length <= data.count ? Array(data[i ..< i + length]) : []
            if length == 0 || String(validating: chunk, as: UTF8.self) == nil {
                let column = data[lineStart ..< i].lazy.filter { $0 & 0xC0 != 0x80 }.count + 1
                return .at(path, line, column, "invalid UTF-8 (the file must be UTF-8 text)")
            }
            if b == 0x0A { line += 1; lineStart = i + 1 }
            i += length
        }
        return .file(path, "invalid UTF-8 (the file must be UTF-8 text)")
    }

    /// Writes bytes to a file atomically (a temporary file in the same folder, then a rename),
    /// or to standard output for `-`. On failure no file is left behind.
    package static func write(_ bytes: [UInt8], toPath path: String) throws(WriteError) {
        if path == "-" {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .io(path: path, reason: "is a directory")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UInt32.random(in: 0 ... .max)).tmp")
        do {
            try Data(bytes).write(to: temporary, options: [.withoutOverwriting])
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .io(path: path, reason: "cannot write: \(error.localizedDescription)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .io(path: path, reason: "cannot rename the temporary file into place: \(reason)")
        }
    }
}

/// POSIX `read(2)` (named apart from `NetworkReader.read(path:format:options:)`).
private func readFile(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
