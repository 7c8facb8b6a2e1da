// One libFuzzer entry point for every reader: INFLUENCE_FUZZ_FORMAT names the format (a
// NetworkFormat raw value: yaml, json, edgelist, dot, graphml, gexf, gml, node-link, csv,
// pajek, adjlist, multiline-adjlist, ncol, lgl). Each input is read; what reads without error is written back in the same format (when
// the format can be written) and read again, so writers are fuzzed too. A thrown error is a pass;
// a trap, a sanitizer report, a time-out or a leak is a finding.
//
// Built and run by scripts/fuzz; libFuzzer's own main is replaced by LLVMFuzzerRunDriver so that
// SwiftPM can link the executable as usual.
import Foundation
import InfluenceIO

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

let formatName = ProcessInfo.processInfo.environment["INFLUENCE_FUZZ_FORMAT"] ?? ""
guard let chosen = NetworkFormat(rawValue: formatName) else {
    let names = NetworkFormat.allCases.map(\.rawValue).joined(separator: ", ")
    FileHandle.standardError.write(Data("InfluenceFuzz: set INFLUENCE_FUZZ_FORMAT to one of \(names)\n".utf8))
    exit(64)
}
let format = chosen

let callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = { data, size in
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    guard let network = try? NetworkReader.read(bytes, path: "fuzz", format: format) else { return 0 }
    if let written = try? NetworkWriter.encode(network, format: format) {
        _ = try? NetworkReader.read(written.bytes, path: "fuzz-again", format: format)
    }
    return 0
}

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, callback))
