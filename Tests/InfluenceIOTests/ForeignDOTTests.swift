import InfluenceGraph
import InfluenceIO
import Testing

/// DOT as Graphviz's own examples write it.
@Suite("DOT that declares charset=latin1")
struct ForeignDOTTests {
    @Test("Latin-1 bytes under charset=latin1 read as ISO-8859-1, with one warning; without the declaration they are refused")
    func latin1() throws {
        let bytes: [UInt8] = Array("digraph G {\ngraph [charset=latin1]\na [label = \"".utf8) + [0xE1, 0xE9, 0xFC] + Array("\"];\n}\n".utf8)
        let (network, warnings) = try DOTFormat.read(bytes, path: "l.gv")
        #expect(network.nodes.map(\.label) == ["áéü"])
        #expect(warnings.first?.description == "l.gv: warning: the file is not UTF-8 and declares charset=latin1: read as ISO-8859-1, as Graphviz reads it")
        let undeclared: [UInt8] = Array("digraph G {\na [label = \"".utf8) + [0xE1] + Array("\"];\n}\n".utf8)
        #expect(throws: ReadError.self) { try DOTFormat.read(undeclared, path: "u.gv") }
        let corpus = try NetworkReader.read(path: interchangeRoot + "/../shared/corpus/real-files/dot/gv-latin1.gv")
        #expect(corpus.nodes.first?.label == "áâãäåæçèéêëìíîïðñòóôõöøùúûü")
    }
}
