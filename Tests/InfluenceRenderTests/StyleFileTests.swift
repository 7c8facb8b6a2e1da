import Foundation
import InfluenceIO
import InfluenceRender
import Testing

@Suite("Style files: overrides validated like network files")
struct StyleFileTests {
    func write(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "style-\(UUID().uuidString).yaml"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("overrides merge over the standard sheet")
    func overrides() throws {
        let path = try write("""
        font: DejaVu Serif
        kinds:
          militia: {fill: "#FFFFFF", style: dashed}
          faction: {shape: diamond}
        relations:
          backs: {color: black, line: dotted, width: 3}
        polarities:
          hostile: {color: "#CC0000"}
        """)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sheet = try StyleFile.read(path: path)
        #expect(sheet.font == "DejaVu Serif")
        #expect(sheet.kinds["militia"]?.fillColor == "#FFFFFF")
        #expect(sheet.kinds["militia"]?.shape == StyleSheet.standard.kinds["militia"]?.shape)
        #expect(sheet.kinds["faction"]?.shape == "diamond")
        #expect(sheet.relations["backs"] == EdgeStyle(color: "black", lineStyle: "dotted",
                                                      arrowhead: StyleSheet.standard.relations["backs"]!.arrowhead, penWidth: 3))
        #expect(sheet.polarities[.hostile]?.color == "#CC0000")
    }

    @Test("mistakes are named with line and column", arguments: [
        ("kinds:\n  militia: {fil: red}\n", "2:13: unknown key 'fil' in kind 'militia' (did you mean 'fill'?)"),
        ("relations:\n  backs: {line: wavy}\n", "2:17: 'line' of relation 'backs' is 'wavy' (expected one of: solid, dashed, dotted, bold)"),
        ("relations:\n  backs: {width: -1}\n", "2:18: 'width' of relation 'backs' must be a number > 0"),
        ("kinds:\n  state: {fill: \"#12345\"}\n", "2:17: 'fill' of kind 'state' is '#12345', not #RRGGBB or #RRGGBBAA (5 hex digits)"),
        ("kinds:\n  state: {shape: boxx}\n", "2:18: 'shape' of kind 'state' is 'boxx', not a Graphviz node shape (did you mean 'box'?)"),
        ("relations:\n  backs: {color: bleu}\n", "2:18: 'color' of relation 'backs' is 'bleu', not a Graphviz colour name (did you mean 'blue'?)"),
        ("relations:\n  backs: {arrowhead: nomral}\n", "2:22: 'arrowhead' of relation 'backs' is 'nomral', not a Graphviz arrowhead"),
        ("polarities:\n  friendly: {color: red}\n", "2:3: unknown polarity 'friendly'"),
        ("colour: red\n", "1:1: unknown key 'colour' in the style file"),
    ])
    func errors(text: String, message: String) throws {
        let path = try write(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect { try StyleFile.read(path: path) } throws: { error in
            guard let error = error as? ReadError else { return false }
            return error.diagnostics.count == 1 && error.description.hasPrefix("\(path):\(message)")
        }
    }
}
