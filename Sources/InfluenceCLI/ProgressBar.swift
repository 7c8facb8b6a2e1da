import ArgumentParser
import Dispatch
import Foundation
import InfluenceGraph

/// When to draw progress on standard error.
enum ProgressMode: String, ExpressibleByArgument, CaseIterable {
    /// Only when standard error is a terminal, and only for work that lasts over half a second.
    case auto
    /// Always, from the start, ending each bar with a line of its own (for logs).
    case always
    /// Never.
    case never
}

/// Draws a ``WorkProgress`` as a one-line bar on standard error while work runs:
///
///     betweenness  [##########··········]  50%  5,000/10,000  12 s left
///
/// A timer on a serial queue redraws it ten times a second from the progress counter; the work
/// itself only bumps an atomic. In `auto` mode nothing is drawn unless standard error is a
/// terminal and the work lasts over 0.5 s, and the line is erased when the work ends, so
/// output piped or redirected is never touched.
struct ProgressBar {
    let mode: ProgressMode

    /// Whether anything will be drawn at all.
    var isActive: Bool {
        switch mode {
        case .never: false
        case .always: true
        case .auto: isatty(STDERR_FILENO) == 1
        }
    }

    /// Runs `body` with a fresh ``WorkProgress`` labelled `label` bound as the current one,
    /// drawing it meanwhile.
    func run<R, E: Error>(_ label: String, _ body: () throws(E) -> R) throws(E) -> R {
        guard isActive else { return try body() }
        let progress = WorkProgress(label: label)
        let drawer = _Drawer(progress: progress, delay: mode == .auto ? 0.5 : 0, endsWithLine: mode == .always)
        drawer.start()
        defer { drawer.finish() }
        // `withValue` rethrows untyped errors: carry the typed one across it in a Result.
        let result: Result<R, E> = WorkProgress.$current.withValue(progress) {
            do throws(E) { return .success(try body()) } catch { return .failure(error) }
        }
        return try result.get()
    }
}

/// The timer and the drawing state of one bar.
///
/// `@unchecked Sendable`: `finished` and `drawn` are read and written only on `queue` (a serial
/// queue): by the timer's handler, and by ``finish()`` through `queue.sync`.
private final class _Drawer: @unchecked Sendable {
    let progress: WorkProgress
    let delay: Double
    let endsWithLine: Bool
    let queue = DispatchQueue(label: "influence.progress")
    let started = DispatchTime.now()
    var timer: DispatchSourceTimer?
    var finished = false
    var drawn = false

    init(progress: WorkProgress, delay: Double, endsWithLine: Bool) {
        self.progress = progress
        self.delay = delay
        self.endsWithLine = endsWithLine
    }

    var elapsed: Double { Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9 }

    func start() {
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + max(delay, 0.001), repeating: 0.1)
        timer.setEventHandler { [self] in
            guard !finished else { return }
            draw(final: false)
        }
        self.timer = timer
        timer.resume()
    }

    func finish() {
        queue.sync {
            finished = true
            timer?.cancel()
            if endsWithLine {
                draw(final: true)
                Self.write("\n")
            } else if drawn {
                Self.write("\r\u{1B}[K")
            }
        }
    }

    /// One redraw (on `queue`).
    func draw(final: Bool) {
        let total = progress.total
        let done = final && total > 0 ? total : min(progress.completed, total)
        let seconds = elapsed
        var line = "\r" + progress.label
        if total > 0 {
            let fraction = Double(done) / Double(total)
            let width = 20
            let filled = min(width, Int(fraction * Double(width)))
            line += "  [" + String(repeating: "#", count: filled) + String(repeating: "·", count: width - filled) + "]"
            line += "  " + String(Int(fraction * 100)) + "%  " + Self.grouped(done) + "/" + Self.grouped(total)
            if final {
                line += "  " + Self.duration(seconds)
            } else if done > 0 && seconds >= 1 {
                line += "  " + Self.duration(seconds * Double(total - done) / Double(done)) + " left"
            }
        } else {
            line += "  " + Self.duration(seconds)
        }
        if !endsWithLine { line += "\u{1B}[K" }
        Self.write(line)
        drawn = true
    }

    static func write(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(STDERR_FILENO, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { return }
                offset += n
            }
        }
    }

    /// 1234567 → "1,234,567".
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n).utf8)
        var out: [UInt8] = []
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(UInt8(ascii: ",")) }
            out.append(d)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Seconds as "0.4 s", "12 s" or "3 min 05 s".
    static func duration(_ s: Double) -> String {
        if s < 10 { return String(format: "%.1f s", s) }
        if s < 60 { return "\(Int(s)) s" }
        let whole = Int(s)
        return String(format: "%d min %02d s", whole / 60, whole % 60)
    }
}
