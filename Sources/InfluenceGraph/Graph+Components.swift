extension Graph {
    /// The weakly connected components (connected components when undirected), as a
    /// component number per node: components are numbered 0, 1, … in order of their
    /// smallest node index.
    ///
    /// Equivalent to `networkx.weakly_connected_components` / `connected_components`
    /// (as sets). Iterative breadth-first search over out- and in-neighbours.
    /// - Complexity: O(*n* + *m*) time, O(*n*) extra memory.
    public func weakComponents() -> (count: Int, component: [Int32]) {
        let n = nodeCount
        var component = [Int32](repeating: -1, count: n)
        var queue = [Int32](repeating: 0, count: n)
        var count: Int32 = 0
        for start in 0 ..< n where component[start] < 0 {
            component[start] = count
            var head = 0, tail = 0
            queue[tail] = Int32(start); tail += 1
            while head < tail {
                let v = Int(queue[head]); head += 1
                for w in successors(of: v) where component[Int(w)] < 0 {
                    component[Int(w)] = count; queue[tail] = w; tail += 1
                }
                if isDirected {
                    for w in predecessors(of: v) where component[Int(w)] < 0 {
                        component[Int(w)] = count; queue[tail] = w; tail += 1
                    }
                }
            }
            count += 1
        }
        return (Int(count), component)
    }

    /// The strongly connected components, as a component number per node (for an undirected
    /// graph, the connected components). Numbers are in the order Tarjan's algorithm completes
    /// the components.
    ///
    /// Equivalent to `networkx.strongly_connected_components` (as sets). Tarjan's algorithm
    /// with an explicit stack, so deep graphs cannot overflow the call stack.
    /// - Complexity: O(*n* + *m*) time, O(*n*) extra memory.
    ///
    /// ## References
    /// - R. Tarjan, "Depth-first search and linear graph algorithms", SIAM J. Comput. 1(2):146–160, 1972.
    ///   doi:10.1137/0201010
    public func strongComponents() -> (count: Int, component: [Int32]) {
        guard isDirected else { return weakComponents() }
        let n = nodeCount
        var index = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var component = [Int32](repeating: -1, count: n)
        var stack: [Int32] = []
        var callStack: [(v: Int32, edge: Int)] = []
        var nextIndex: Int32 = 0
        var count: Int32 = 0
        for root in 0 ..< n where index[root] < 0 {
            callStack.append((Int32(root), outOffsets[root]))
            index[root] = nextIndex; low[root] = nextIndex; nextIndex += 1
            stack.append(Int32(root)); onStack[root] = true
            while let (v32, e) = callStack.last {
                let v = Int(v32)
                if e < outOffsets[v + 1] {
                    callStack[callStack.count - 1].edge = e + 1
                    let w = Int(outTargets[e])
                    if index[w] < 0 {
                        index[w] = nextIndex; low[w] = nextIndex; nextIndex += 1
                        stack.append(Int32(w)); onStack[w] = true
                        callStack.append((Int32(w), outOffsets[w]))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                } else {
                    callStack.removeLast()
                    if let parent = callStack.last { low[Int(parent.v)] = min(low[Int(parent.v)], low[v]) }
                    if low[v] == index[v] {
                        while let w = stack.popLast() {
                            onStack[Int(w)] = false
                            component[Int(w)] = count
                            if Int(w) == v { break }
                        }
                        count += 1
                    }
                }
            }
        }
        return (Int(count), component)
    }

    /// Edge density as NetworkX defines it: *m* / (*n*(*n*−1)) when directed,
    /// 2*m* / (*n*(*n*−1)) when undirected, with *m* = ``edgeCount`` of the merged graph
    /// (self-loops included); 0 when *n* ≤ 1.
    public var density: Double {
        let n = Double(nodeCount)
        guard nodeCount > 1 else { return 0 }
        let m = Double(edgeCount)
        return isDirected ? m / (n * (n - 1)) : 2 * m / (n * (n - 1))
    }
}
