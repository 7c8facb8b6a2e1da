// A diff over time: what entered, left or changed in a network between two dates, and who rose or fell.
// Usage: swift run diff-dates [NETWORK] [FROM] [TO]   (defaults: the Iraq network, 2025-10-31 → 2025-12-12)
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import InfluenceKit

let arguments = Array(CommandLine.arguments.dropFirst())
let input = arguments.first ?? "graphs/iraq-2025.yaml"
let from = InfluenceDate(arguments.count > 1 ? arguments[1] : "2025-10-31")!
let to = InfluenceDate(arguments.count > 2 ? arguments[2] : "2025-12-12")!
do {
    let network = try NetworkReader.read(path: input)
    let diff = try NetworkDiff(before: network.snapshot(at: from), after: network.snapshot(at: to))
    let shifts = try diff.centralityShifts(.pagerank, top: 5)
    print(DiffReport.text(diff, shifts: shifts, from: from.description, to: to.description, limit: 5, colored: false), terminator: "")
} catch {
    print("error: \(error)")
    exit(1)
}
