import Synchronization

/// How far long work has gone: a counter that the work advances and anyone may read, from any
/// thread — the command line draws its progress bar on standard error from one.
///
/// Work finds its progress in the task-local ``current``, so no function needs a parameter for
/// it: bind one around the call, and the readers and measures that report (the edge-list
/// reader, betweenness, edge betweenness, load, closeness, harmonic) set ``total`` and
/// advance ``completed`` as they go.
///
///     let progress = WorkProgress(label: "betweenness")
///     let values = try WorkProgress.$current.withValue(progress) {
///         try betweennessCentrality(graph)
///     }
///     // meanwhile, another thread may read progress.completed and progress.total
///
/// Reporting is a relaxed atomic add per unit of work (a source, a megabyte), and with no
/// progress bound, one `nil` check per unit: nothing measurable either way.
public final class WorkProgress: Sendable {
    /// What the work is ("betweenness", "reading graph.edgelist").
    public let label: String
    private let totalUnits = Atomic<Int>(0)
    private let completedUnits = Atomic<Int>(0)

    /// The progress of the work running in this task (and in the threads it fans out to, which
    /// read it before they start), or `nil`.
    @TaskLocal public static var current: WorkProgress?

    /// A counter for work named `label`, with nothing done and the total unknown.
    public init(label: String) {
        self.label = label
    }

    /// Units of work in all, or 0 while unknown.
    public var total: Int { totalUnits.load(ordering: .relaxed) }

    /// Units done so far.
    public var completed: Int { completedUnits.load(ordering: .relaxed) }

    /// Starts (or restarts) the count: `total` units, none done.
    public func begin(total: Int) {
        completedUnits.store(0, ordering: .relaxed)
        totalUnits.store(max(0, total), ordering: .relaxed)
    }

    /// Adds `units` done.
    @inline(__always)
    public func advance(by units: Int = 1) {
        completedUnits.add(units, ordering: .relaxed)
    }

    /// Sets the units done (for work that knows its position, such as a byte offset).
    @inline(__always)
    public func update(completed units: Int) {
        completedUnits.store(units, ordering: .relaxed)
    }
}
