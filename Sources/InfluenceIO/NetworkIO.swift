import Foundation
import InfluenceGraph
@_exported import InfluenceSerialization

/// The formats `influence` reads and writes.
public enum NetworkFormat: String, Sendable, CaseIterable {
    /// The native network file as YAML.
    case yaml
    /// The native network file as JSON.
    case json
    /// Plain `source target [weight]` lines, or NetworkX's `source target {data dict}` (see ``EdgeListFormat``).
    case edgelist
    /// Graphviz DOT, read by Graphviz's parser, written as data DOT (see ``DOTFormat``).
    case dot
    /// GraphML, as NetworkX, Gephi and yEd write it (see ``GraphMLFormat``).
    case graphml
    /// GEXF 1.1, 1.2draft and 1.3 read, 1.3 written, with time (see ``GEXFFormat``).
    case gexf
    /// GML, as NetworkX and igraph write it (see ``GMLFormat``).
    case gml
    /// NetworkX's `node_link_data` / D3's JSON (see ``NodeLinkFormat``).
    case nodeLink = "node-link"
    /// Gephi's spreadsheet layout: an edge table, and a node table given apart (see ``GephiCSVFormat``).
    case csv
    /// Pajek `.net` networks and `.paj` projects, read only (see ``PajekFormat``).
    case pajek
    /// NetworkX's `write_adjlist`, read only (see ``AdjacencyListFormat``).
    case adjlist
    /// NetworkX's `write_multiline_adjlist`, read only (see ``AdjacencyListFormat/readMultiline(_:path:directed:)``).
    case multilineAdjlist = "multiline-adjlist"
    /// igraph's NCOL, read only (see ``NCOLFormat``).
    case ncol
    /// igraph's LGL, read only (see ``LGLFormat``).
    case lgl

    /// The format a path's extension names: `.yaml .yml` → yaml, `.json` → json (``init(path:bytes:)``
    /// tells node-link JSON apart), `.edgelist .txt .tsv .el .edges` → edgelist, `.dot .gv` → dot,
    /// `.graphml`, `.gexf`, `.gml`, `.csv`, `.net .paj` → pajek, `.adjlist` (``init(path:bytes:)``
    /// tells a multiline one apart), `.ncol`, `.lgl`; `nil` otherwise.
    public init?(path: String) {
        let ext = (path as NSString).pathExtension.lowercased()
        switch ext {
        case "yaml", "yml": self = .yaml
        case "json": self = .json
        case "edgelist", "txt", "tsv", "el", "edges": self = .edgelist
        case "dot", "gv": self = .dot
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "gml": self = .gml
        case "csv": self = .csv
        case "net", "paj", "pajek": self = .pajek
        case "adjlist": self = .adjlist
        case "ncol": self = .ncol
        case "lgl": self = .lgl
        default: return nil
        }
    }

    /// The format of a file from its extension and, for `.json`, its content: a JSON file holding
    /// `links` (or edges with `source`/`target`) is node-link, any other the native file; an
    /// `.adjlist` file of `node degree` headers and neighbour lines with data dicts is a multiline
    /// adjacency list (``AdjacencyListFormat/looksMultiline(_:)``).
    public init?(path: String, bytes: [UInt8]) {
        guard let format = NetworkFormat(path: path) else { return nil }
        self = format == .json && NodeLinkFormat.looksLikeNodeLink(bytes) ? .nodeLink : format
        if format == .adjlist, AdjacencyListFormat.looksMultiline(bytes) { self = .multilineAdjlist }
    }

    /// Whether influence can write this format (Pajek is read only).
    public var isWritable: Bool { ![.pajek, .adjlist, .multilineAdjlist, .ncol, .lgl].contains(self) }

    /// Whether the file leaves its direction unsaid, so that ``ReadOptions/directed`` may choose it
    /// (adjacency lists are read as undirected by default, as NetworkX reads them).
    public var leavesDirectionUnsaid: Bool { [.edgelist, .adjlist, .multilineAdjlist, .ncol, .lgl].contains(self) }

    /// The extensions named in messages.
    static let extensionList = ".yaml, .yml, .json, .edgelist, .txt, .tsv, .dot, .gv, .graphml, .gexf, .gml, .csv, .net, .paj, .adjlist, .ncol or .lgl"
}

/// Options for reading.
public struct ReadOptions: Sendable {
    /// Read the network as undirected, whatever its file says (edge lists are directed by default).
    public var undirected: Bool
    /// A Gephi node table to read with a CSV edge table (``NetworkFormat/csv``); ignored otherwise.
    public var nodesPath: String?
    /// Which network of a Pajek project (``NetworkFormat/pajek``) to read: its `*Network` title or
    /// its 1-based number; `nil` reads the first. Ignored by other formats.
    public var network: String?
    /// Read an adjacency list as directed (`create_using=nx.DiGraph`); they are undirected
    /// otherwise, as NetworkX reads them. Other formats ignore it.
    public var directed: Bool = false

    /// Reading options; the defaults read the file as it is.
    ///
    /// - Parameters:
    ///   - undirected: Read the network as undirected, whatever its file says.
    ///   - nodesPath: A Gephi node table to read with a CSV edge table.
    ///   - network: Which network of a Pajek project to read (a title or a 1-based number).
    ///   - directed: Read an adjacency list as directed.
    public init(undirected: Bool = false, nodesPath: String? = nil, network: String? = nil, directed: Bool = false) {
        self.undirected = undirected
        self.nodesPath = nodesPath
        self.network = network
        self.directed = directed
    }
}

/// Reads networks from files, standard input or bytes.
public enum NetworkReader {
    /// The largest input read whole, in bytes (4 GiB).
    public static let maxInputSize = FileAccess.maxInputSize

    /// Reads the bytes of a file, or of standard input for `-`.
    /// - Throws: `ReadError` naming the file when it cannot be read.
    public static func bytes(atPath path: String) throws(ReadError) -> [UInt8] {
        try FileAccess.bytes(atPath: path)
    }

    /// Reads a network file of the given format (or the one its extension names).
    ///
    /// - Parameters:
    ///   - path: A file path, or `-` for standard input (which needs `format`).
    ///   - format: Overrides the extension.
    ///   - options: How to read (undirected edge lists, a Gephi node table).
    /// - Throws: `ReadError` with one diagnostic per problem (`file:line:col: message`).
    public static func read(path: String, format: NetworkFormat? = nil, options: ReadOptions = .init()) throws(ReadError) -> Network {
        try readWithWarnings(path: path, format: format, options: options).network
    }

    /// Reads a network file and also returns its warnings: valid input that is likely a mistake,
    /// such as a relation that no table defines (see Guides/NetworkFile.md).
    public static func readWithWarnings(path: String, format: NetworkFormat? = nil, options: ReadOptions = .init())
        throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        let data = try bytes(atPath: path)
        guard let format = format ?? NetworkFormat(path: path, bytes: data) else {
            throw .file(path, "cannot tell the format from the extension (expected \(NetworkFormat.extensionList); or give --input-format)")
        }
        return try readWithWarnings(data, path: path, format: format, options: options)
    }

    /// Reads a network from bytes; `path` is used in messages only.
    public static func read(_ data: [UInt8], path: String, format: NetworkFormat, options: ReadOptions = .init()) throws(ReadError) -> Network {
        try readWithWarnings(data, path: path, format: format, options: options).network
    }

    /// Reads a network from bytes, with its warnings. `options.undirected` makes any network undirected.
    public static func readWithWarnings(_ data: [UInt8], path: String, format: NetworkFormat, options: ReadOptions = .init())
        throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        var result: (network: Network, warnings: [Diagnostic])
        switch format {
        case .edgelist:
            let list = try EdgeListFormat.read(data, path: path)
            result = (list.network(directed: true), list.warnings)
        case .dot:
            result = try DOTFormat.read(data, path: path)
        case .graphml:
            result = try GraphMLFormat.read(data, path: path)
        case .gexf:
            result = try GEXFFormat.read(data, path: path)
        case .gml:
            result = try GMLFormat.read(data, path: path)
        case .nodeLink:
            result = try NodeLinkFormat.read(data, path: path)
        case .csv:
            let nodes = try options.nodesPath.map { p throws(ReadError) in try bytes(atPath: p) }
            result = try GephiCSVFormat.read(edges: data, edgesPath: path, nodes: nodes, nodesPath: options.nodesPath)
        case .pajek:
            result = try PajekFormat.read(data, path: path, network: options.network)
        case .adjlist:
            result = try AdjacencyListFormat.read(data, path: path, directed: options.directed)
        case .multilineAdjlist:
            result = try AdjacencyListFormat.readMultiline(data, path: path, directed: options.directed)
        case .ncol:
            result = try NCOLFormat.read(data, path: path)
        case .lgl:
            result = try LGLFormat.read(data, path: path)
        case .json:
            if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                throw .at(path, 1, 1, "the file is empty (expected a network object with \"nodes\" and \"edges\")")
            }
            let root = try JSONDocumentParser.parse(data, path: path)
            result = try decode(root, path: path)
        case .yaml:
            guard let text = String(validating: data, as: UTF8.self) else {
                throw invalidUTF8(data, path: path)
            }
            let root = try YAMLDocumentParser.parse(text, byteCount: data.count, path: path)
            result = try decode(root, path: path)
        }
        if options.undirected { result.network.directed = false }
        // Every reader checks what it reads with positions; this is the net under them, so that no
        // format lets through what the model forbids (a control character in an id, say).
        do {
            try result.network.validate()
        } catch {
            throw .file(path, "\(error)")
        }
        if format != .yaml && format != .json, let note = multigraphNote(result.network, path: path) {
            result.warnings.append(note)
        }
        return result
    }

    /// A file from another program that repeats an edge between the same pair (a multigraph:
    /// NetworkX's `"multigraph": true`, repeated GML edges, GraphML keys) is read with every edge
    /// kept; this one warning says so and how the measures merge them. Native files are left out:
    /// several relations between two actors are how a network file models them.
    static func multigraphNote(_ network: Network, path: String) -> Diagnostic? {
        multigraphNote(repeated: Interchange.repeatedPairs(network), path: path)
    }

    /// The same warning for `repeated` edges that repeat a pair (`nil` for none), for callers that
    /// build a ``Graph`` without a ``Network`` (the command line's edge-list fast path).
    package static func multigraphNote(repeated: Int, path: String) -> Diagnostic? {
        guard repeated > 0 else { return nil }
        let what = repeated == 1 ? "1 edge repeats a pair" : "\(repeated) edges repeat a pair"
        return Diagnostic(path: path, message: "warning: \(what) (a multigraph): every edge is kept; measures merge parallel edges, summing their weights, with the lightest as the distance of shortest paths (as NetworkX treats a MultiGraph)")
    }

    static func decode(_ root: DocNode, path: String) throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        var decoder = NetworkDecoder(path: path)
        guard let network = decoder.decode(root), decoder.diagnostics.isEmpty else {
            throw .invalid(decoder.allDiagnostics)
        }
        return (network, decoder.warnings(for: network))
    }

    /// Locates the first invalid UTF-8 sequence, for the message.
    static func invalidUTF8(_ data: [UInt8], path: String) -> ReadError {
        FileAccess.invalidUTF8(data, path: path)
    }
}

/// Writes networks in any supported format.
public enum NetworkWriter {
    /// The network in `format`, with warnings for what the format cannot hold.
    public static func encode(_ network: Network, format: NetworkFormat) throws(WriteError) -> (bytes: [UInt8], warnings: [String]) {
        switch format {
        case .yaml: return (NetworkFileWriter.yaml(network), [])
        case .json: return (NetworkFileWriter.json(network), [])
        case .edgelist: return try EdgeListFormat.write(network)
        case .dot: return try DOTFormat.write(network)
        case .graphml: return try GraphMLFormat.write(network)
        case .gexf: return try GEXFFormat.write(network)
        case .gml: return try GMLFormat.write(network)
        case .nodeLink: return try NodeLinkFormat.write(network)
        case .csv:
            // The edge table only: ``GephiCSVFormat/write(_:)`` gives both (the CLI writes both).
            let tables = try GephiCSVFormat.write(network)
            return (tables.edges, tables.warnings)
        case .pajek:
            throw .unrepresentable(format: "Pajek", reason: "influence reads Pajek files but does not write them")
        case .adjlist, .multilineAdjlist, .ncol, .lgl:
            throw .unrepresentable(format: format.rawValue, reason: "influence reads \(format.rawValue) files but does not write them")
        }
    }

    /// Writes bytes to a file atomically (a temporary file in the same folder, then a rename),
    /// or to standard output for `-`. On failure no file is left behind.
    public static func write(_ bytes: [UInt8], toPath path: String) throws(WriteError) {
        try FileAccess.write(bytes, toPath: path)
    }
}
